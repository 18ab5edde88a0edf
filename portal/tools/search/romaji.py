"""Kana and typed romaji to one canonical romaji, so that every way of writing a reading meets.

ざいりゅう, zairyuu, zairyū, ZAIRYU and zairyu all become "zairyu": Hepburn and Kunrei spellings are
merged (shi/si, chi/ti, tsu/tu, fu/hu, ji/zi, sha/sya), long vowels are written once (ou, uu, ū, ー),
and anything that is not a letter or digit goes. Only jaconv is used: no dictionary is loaded.

Stored text also keeps where each mora (kana syllable) starts in its romaji, so that a match can be
required to start and end on mora boundaries: "ikura" must not find に暮ら (ni-ku-ra).
"""
import re
import unicodedata
from dataclasses import dataclass, field

import jaconv

from .folding import Tracked, fold_char

_SMALL = set("ゃゅょぁぃぅぇぉゎ")
_SOKUON = "っ"
_LONG_MARK = "ー"
_VOWELS = set("aiueo")

# Order matters: longer spellings first (tchi before tch before ch).
_SPELLINGS = [(re.compile(pattern), replacement) for pattern, replacement in [
    ("tchi", "tti"), ("tch", "tty"), ("cchi", "tti"), ("cch", "tty"),
    ("shi", "si"), ("sh", "sy"), ("chi", "ti"), ("ch", "ty"), ("tsu", "tu"), ("fu", "hu"),
    ("dzu", "zu"), ("di", "zi"), ("du", "zu"), ("ji", "zi"), ("j", "zy"),
    ("mb", "nb"), ("mp", "np"),
    ("ou", "o"), (r"([aiueo])\1+", r"\1"),
]]
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def _is_hiragana(char: str) -> bool:
    return "\u3041" <= char <= "\u3096" or char == "ゔ"


def _strip_marks(char: str) -> str:
    """ū -> u, â -> a (macrons and circumflexes of typed romaji); kana keep their voicing marks."""
    if "a" <= char <= "z" or not unicodedata.name(char, "").startswith("LATIN"):
        return char
    return "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))


@dataclass
class Latin:
    """Romaji with, for every character, where it comes from in the display text (``origins``: the
    first character, ``ends``: one past the last) and whether a mora starts there (``starts``).
    Characters that are not kana (Latin letters, digits) each count as a mora of their own."""

    text: str = ""
    origins: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    starts: list[bool] = field(default_factory=list)

    def add(self, chars: str, origin: int, end: int) -> None:
        self.text += chars
        self.origins += [origin] * len(chars)
        self.ends += [end] * len(chars)
        self.starts += [True] + [False] * (len(chars) - 1)

    def sub(self, pattern: re.Pattern, replacement: str) -> "Latin":
        """re.sub keeping the origins, ends and mora starts.

        A replacement as long as its match keeps them character by character (sh -> sy). Otherwise
        (ou -> o, shi -> si, aa -> a) it takes the first matched character's origin and mora start
        and the extent of the whole match: a long vowel merged into the mora before it belongs to it.
        """
        out = Latin()
        pos = 0
        for match in pattern.finditer(self.text):
            start, end = match.span()
            out._copy(self, pos, start)
            chars = match.expand(replacement)
            if len(chars) == end - start:
                out.text += chars
                out.origins += self.origins[start:end]
                out.ends += self.ends[start:end]
                out.starts += self.starts[start:end]
            elif chars:
                out.text += chars
                out.origins += [self.origins[start]] * len(chars)
                out.ends += [max(self.ends[start:end])] * len(chars)
                out.starts += [self.starts[start]] + [False] * (len(chars) - 1)
            elif start < len(self.starts) and self.starts[start] and end < len(self.starts):
                self.starts[end] = True  # a dropped mora start passes to what follows
            pos = end
        out._copy(self, pos, len(self.text))
        return out

    def _copy(self, other: "Latin", start: int, end: int) -> None:
        self.text += other.text[start:end]
        self.origins += other.origins[start:end]
        self.ends += other.ends[start:end]
        self.starts += other.starts[start:end]

    def mora_starts(self) -> list[int]:
        return [i for i, start in enumerate(self.starts) if start]


def _kana_to_latin(folded: Tracked, ends: list[int] | None = None) -> Latin:
    """Hepburn romaji of the hiragana in folded text (one mora at a time); other characters kept.

    ``ends`` gives, per folded character, one past its last display character (default: origin + 1).
    The long-vowel mark ー repeats the vowel before it (ばー -> baa, then written once), so that it
    belongs to the mora it lengthens.
    """
    ends = ends if ends is not None else [origin + 1 for origin in folded.origins]
    out = Latin()
    text, i = folded.text, 0
    while i < len(text):
        char = text[i]
        if not _is_hiragana(char):
            if char == _LONG_MARK and out.text[-1:] in _VOWELS and i > 0 and _is_hiragana(text[i - 1]):
                out.add(out.text[-1], folded.origins[i], ends[i])
            else:
                out.add(_strip_marks(char), folded.origins[i], ends[i])
            i += 1
            continue
        start = i
        doubled = char == _SOKUON
        if doubled:
            i += 1
            if i == len(text) or not _is_hiragana(text[i]):
                continue  # a trailing っ has no sound of its own
        mora_end = i + 1
        while mora_end < len(text) and text[mora_end] in _SMALL:
            mora_end += 1
        latin = jaconv.kana2alphabet(text[i:mora_end])
        if doubled and latin[:1].isalpha() and latin[:1] not in "aiueo":
            latin = latin[0] + latin
        out.add(latin, folded.origins[start], max(ends[start:mora_end]))
        i = mora_end
    return out


def canonical(folded: Tracked, ends: list[int] | None = None) -> Latin:
    """Canonical romaji of folded text (hiragana, Latin or both), with origins, ends and mora starts."""
    result = _kana_to_latin(folded, ends)
    result = result.sub(_NOT_ALNUM, "")
    for pattern, replacement in _SPELLINGS:
        result = result.sub(pattern, replacement)
    return result


def canonical_term(term: str) -> str:
    folded = Tracked()
    for index, char in enumerate(term):
        folded.add(fold_char(char), index)
    return canonical(folded).text


def find_aligned(latin: str, needle: str, mora_starts) -> list[int]:
    """Where needle occurs in latin, starting and ending on mora boundaries (None: anywhere).

    Occurrences may not overlap. ``mora_starts`` is a set of positions (the text's end is always one).
    """
    found = []
    if not needle:
        return found
    pos = latin.find(needle)
    while pos != -1:
        end = pos + len(needle)
        if mora_starts is None or (pos in mora_starts and (end == len(latin) or end in mora_starts)):
            found.append(pos)
            pos = latin.find(needle, end)
        else:
            pos = latin.find(needle, pos + 1)
    return found
