"""Staff glossary: readings that override the dictionary.

An entry has a surface, a hiragana reading and a scope:
- "anywhere": also inside longer words (在留 in 在留カード, 特定在留カード).
- "standalone": only when no kanji touches it on either side (人 alone is ひと, but 外国人 is
  left to the longer word).
Longest match wins; between equal lengths the later entry wins (staff entries after defaults).

No Django import at module import time: `current_glossary()` imports the model lazily.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .chars import is_japanese_word_char, is_kanji, is_reading_text, to_hiragana

logger = logging.getLogger(__name__)

ANYWHERE = "anywhere"
STANDALONE = "standalone"
SCOPES = (ANYWHERE, STANDALONE)

DEFAULT_GLOSSARY_PATH = Path(__file__).resolve().parents[2] / "content" / "furigana_glossary.yaml"


@dataclass(frozen=True)
class GlossaryEntry:
    surface: str
    reading: str
    scope: str = ANYWHERE
    note: str = ""

    def __post_init__(self):
        if not self.surface:
            raise ValueError("glossary entry with an empty surface")
        if not all(is_japanese_word_char(c) for c in self.surface):
            # The engine looks entries up inside runs of kanji and kana only.
            raise ValueError(f"glossary entry {self.surface!r}: surface must be kanji and kana only")
        if self.scope not in SCOPES:
            raise ValueError(f"glossary entry {self.surface!r}: scope must be one of {SCOPES}")
        if not is_reading_text(self.reading):
            raise ValueError(f"glossary entry {self.surface!r}: reading must be hiragana")

    @classmethod
    def coerce(cls, item) -> GlossaryEntry:
        """From a GlossaryEntry, a dict, or any object with surface/reading/scope attributes."""
        if isinstance(item, cls):
            return item
        get = item.get if isinstance(item, dict) else lambda name, default=None: getattr(item, name, default)
        return cls(
            surface=str(get("surface", "")).strip(),
            reading=to_hiragana(str(get("reading", "")).strip()),
            scope=str(get("scope", ANYWHERE) or ANYWHERE).strip(),
            note=str(get("note", "") or ""),
        )


@dataclass(frozen=True)
class GlossaryMatch:
    start: int
    end: int
    entry: GlossaryEntry


class Glossary:
    def __init__(self, entries: Iterable[GlossaryEntry] = ()):
        self._by_surface: dict[str, GlossaryEntry] = {}
        for entry in entries:
            self._by_surface[entry.surface] = entry
        # First character -> surfaces starting with it, longest first.
        self._index: dict[str, list[str]] = {}
        for surface in sorted(self._by_surface, key=len, reverse=True):
            self._index.setdefault(surface[0], []).append(surface)

    @classmethod
    def from_entries(cls, entries: Iterable) -> Glossary:
        return cls(GlossaryEntry.coerce(item) for item in entries)

    @classmethod
    def from_yaml(cls, path: str | Path) -> Glossary:
        import yaml

        with open(path, encoding="utf-8") as handle:
            data = yaml.safe_load(handle) or []
        if not isinstance(data, list):
            raise ValueError(f"{path}: expected a YAML list of entries")
        return cls.from_entries(data)

    def __len__(self) -> int:
        return len(self._by_surface)

    def __iter__(self) -> Iterator[GlossaryEntry]:
        return iter(self._by_surface.values())

    def __contains__(self, surface: str) -> bool:
        return surface in self._by_surface

    def get(self, surface: str) -> GlossaryEntry | None:
        return self._by_surface.get(surface)

    def merged_with(self, other: Glossary) -> Glossary:
        """Entries of both; `other` wins on the same surface."""
        return Glossary([*self, *other])

    def match_at(self, text: str, pos: int, end: int | None = None) -> GlossaryEntry | None:
        """The longest entry whose surface starts at text[pos], ends by `end`, and whose scope
        allows it there (neighbours are looked at in the whole text)."""
        end = len(text) if end is None else end
        for surface in self._index.get(text[pos], ()):
            if pos + len(surface) <= end and text.startswith(surface, pos):
                entry = self._by_surface[surface]
                if entry.scope == ANYWHERE or _stands_alone(text, pos, pos + len(surface)):
                    return entry
        return None

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[GlossaryMatch]:
        """Non-overlapping matches in text[start:end], left to right, longest first at each
        position; positions index `text`."""
        end = len(text) if end is None else end
        matches = []
        pos = start
        while pos < end:
            entry = self.match_at(text, pos, end)
            if entry is None:
                pos += 1
                continue
            matches.append(GlossaryMatch(pos, pos + len(entry.surface), entry))
            pos += len(entry.surface)
        return matches


def _stands_alone(text: str, start: int, end: int) -> bool:
    return not (start > 0 and is_kanji(text[start - 1])) and not (end < len(text) and is_kanji(text[end]))


@lru_cache(maxsize=1)
def default_glossary() -> Glossary:
    """The shipped domain glossary (content/furigana_glossary.yaml), loaded once."""
    return Glossary.from_yaml(DEFAULT_GLOSSARY_PATH)


# --- Staff glossary from the database -------------------------------------------------------

_lock = threading.Lock()
_local_version = 0
_cached: tuple[object, Glossary] | None = None
_VERSION_CACHE_KEY = "furigana:glossary-version"


def glossary_version():
    """A value that changes whenever a glossary entry is saved or deleted.

    Kept in Django's cache so that every process sees a change (with a shared cache backend);
    the in-process counter covers a local-memory cache.
    """
    from django.core.cache import cache

    return (cache.get(_VERSION_CACHE_KEY, 0), _local_version)


def bump_glossary_version(**_signal_kwargs) -> None:
    """Signal receiver: invalidate `current_glossary()` everywhere."""
    global _local_version
    from django.core.cache import cache

    with _lock:
        _local_version += 1
    try:
        cache.incr(_VERSION_CACHE_KEY)
    except ValueError:
        cache.set(_VERSION_CACHE_KEY, 1, timeout=None)


def _valid_entries(rows) -> Iterator[GlossaryEntry]:
    """Staff rows as entries; a row saved without validation is skipped, not fatal."""
    for row in rows:
        try:
            yield GlossaryEntry.coerce(row)
        except ValueError as error:
            logger.warning("furigana glossary entry skipped: %s", error)


def current_glossary() -> Glossary:
    """The shipped glossary overridden by staff entries from the database, cached per version.

    Staff entries win over shipped ones with the same surface; with an empty table this is
    the shipped glossary. Invalidated by post_save/post_delete of an entry (apps.py);
    queryset.update() sends no signal, so call bump_glossary_version() after one.
    """
    global _cached
    version = glossary_version()
    cached = _cached
    if cached is not None and cached[0] == version:
        return cached[1]
    from .models import GlossaryEntry as GlossaryEntryModel

    staff = Glossary(_valid_entries(GlossaryEntryModel.objects.all().order_by("surface")))
    glossary = default_glossary().merged_with(staff)
    with _lock:
        _cached = (version, glossary)
    return glossary
