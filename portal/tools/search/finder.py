"""Answering a query from the index: plain ORM lookups (SQLite and PostgreSQL alike), no pykakasi."""
import re
from dataclasses import dataclass

from django.db.models import Q
from django.urls import NoReverseMatch, reverse
from django.utils.safestring import SafeString

from portal.languages import JAPANESE_CODES

from . import english, romaji
from .folding import clean_query, fold_term, terms
from .snippets import Spans, highlight_title, passage

MAX_RESULTS = 30
# Entries the database may return for one query; matches are then checked in Python (mora boundaries).
MAX_CANDIDATES = 2000
# Romaji this short matches nearly everything ("a", "ka"): only longer romaji is looked for.
MIN_ROMAJI = 2
_ENGLISH_WORDS = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")


@dataclass(frozen=True)
class Term:
    folded: str
    romaji: str
    stems: tuple[str, ...]
    # Plain English words are matched by stem only: as a substring "lose" would also find "close".
    stems_only: bool = False


class Results(list):
    """The results shown (at most MAX_RESULTS), with how many were found in all."""

    def __init__(self, results=(), total: int = 0):
        super().__init__(results)
        self.total = total

    @property
    def capped(self) -> bool:
        return self.total > len(self)


@dataclass
class Result:
    url: str
    label: str
    kind: str
    title: SafeString
    passage: SafeString
    score: int


def _has_kanji(text: str) -> bool:
    return any("\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" or c == "々" for c in text)


def parse(query: str, code: str) -> list[Term]:
    parsed = []
    for raw in terms(query):
        folded = fold_term(raw)
        if not folded:
            continue
        latin = ""
        if code in JAPANESE_CODES and not _has_kanji(folded):
            latin = romaji.canonical_term(raw)
            latin = latin if len(latin) >= MIN_ROMAJI else ""
        stems = tuple(s for _, _, s in english.words(raw)) if code not in JAPANESE_CODES else ()
        stems_only = bool(stems) and _ENGLISH_WORDS.fullmatch(raw) is not None
        parsed.append(Term(folded, latin, stems, stems_only))
    return parsed


def _term_filter(term: Term) -> Q:
    """Entries where the term occurs as written, as romaji of the readings, or as English word stems."""
    alternatives = []
    if not term.stems_only:
        alternatives.append(Q(title_folded__contains=term.folded) | Q(body_folded__contains=term.folded))
    if term.romaji:
        alternatives.append(Q(title_romaji__contains=term.romaji) | Q(body_romaji__contains=term.romaji))
    if term.stems:
        # Every word of the term must start a stored word: "applying" finds "applied".
        stems_match = Q()
        for stem in term.stems:
            stems_match &= Q(title_stems__contains=f" {stem}") | Q(body_stems__contains=f" {stem}")
        alternatives.append(stems_match)
    condition = alternatives[0]
    for alternative in alternatives[1:]:
        condition |= alternative
    return condition


def _romaji_matches(entry, field: str, needle: str) -> list[int]:
    """Where the romaji term occurs in a field, on mora boundaries of the reading only (ikura is not
    に暮ら, ni-ku-ra). Entries indexed before mora starts were stored match anywhere."""
    moras = entry.layout.get(field, {}).get("romaji_moras")
    return romaji.find_aligned(getattr(entry, f"{field}_romaji"), needle, None if moras is None else set(moras))


def _has_term(entry, term: Term) -> bool:
    """The database's match (a plain substring), checked again with the mora rule."""
    fields = ("title", "body")
    if not term.stems_only and any(term.folded in getattr(entry, f"{f}_folded") for f in fields):
        return True
    if term.romaji and any(_romaji_matches(entry, f, term.romaji) for f in fields):
        return True
    return bool(term.stems) and all(any(f" {stem}" in getattr(entry, f"{f}_stems") for f in fields)
                                    for stem in term.stems)


def _spans(entry, field: str, parsed: list[Term]) -> Spans:
    """Where the terms are, in the field's display text."""
    layout = entry.layout.get(field, {})
    folded = getattr(entry, f"{field}_folded")
    latin = getattr(entry, f"{field}_romaji")
    text_length = len(getattr(entry, f"{field}_text"))
    spans = Spans(text_length, [tuple(r[:2]) for r in layout.get("ruby", [])])
    for term in parsed:
        if not term.stems_only:
            spans.add_matches(folded, term.folded, layout.get("folded", []))
        if term.romaji:
            origins = layout.get("romaji", [])
            ends = layout.get("romaji_ends") or [origin + 1 for origin in origins]
            if len(origins) == len(ends) == len(latin):
                for pos in _romaji_matches(entry, field, term.romaji):
                    spans.add(origins[pos], ends[pos + len(term.romaji) - 1])
        for stem in term.stems:
            for start, end, word_stem in layout.get("words", []):
                if word_stem.startswith(stem):
                    spans.add(start, end)
    return spans


def _url(entry) -> str:
    try:
        url = reverse(entry.url_name, kwargs=entry.url_kwargs or None)
    except NoReverseMatch:
        return ""
    return f"{url}#{entry.anchor}" if entry.anchor else url


def search(raw_query: str, code: str) -> tuple[str, Results]:
    """The query as searched (cleaned, capped) and its results, best first (the first MAX_RESULTS,
    with the number found in all)."""
    from portal.tools.models import SearchEntry

    query = clean_query(raw_query)
    parsed = parse(query, code)
    if not parsed:
        return query, Results()
    condition = Q()
    for term in parsed:
        condition &= _term_filter(term)
    results = []
    for entry in SearchEntry.objects.filter(condition, language=code).order_by("kind", "order")[:MAX_CANDIDATES]:
        if not all(_has_term(entry, term) for term in parsed):
            continue
        title_spans = _spans(entry, "title", parsed)
        body_spans = _spans(entry, "body", parsed)
        url = _url(entry)
        if not url:
            continue
        ruby = code in JAPANESE_CODES
        results.append(Result(
            url=url, label=entry.label, kind=entry.kind,
            title=highlight_title(entry.title_text, title_spans, entry.layout["title"]["ruby"], ruby),
            passage=passage(entry.body_text, body_spans, entry.layout["body"]["ruby"], ruby),
            score=3 * title_spans.count + body_spans.count,
        ))
    results.sort(key=lambda r: (-r.score, r.kind != "question"))
    return query, Results(results[:MAX_RESULTS], total=len(results))
