"""Kana and typed romaji to one canonical romaji, so that every way of writing a reading meets.

ざいりゅう, zairyuu, zairyū, ZAIRYU and zairyu all become "zairyu": Hepburn and Kunrei spellings are
merged (shi/si, chi/ti, tsu/tu, fu/hu, ji/zi, sha/sya), long vowels are written once (ou, uu, ū, ー),
and anything that is not a letter or digit goes. Only jaconv is used: no dictionary is loaded.
"""
import re
import unicodedata

import jaconv

from .folding import Tracked, fold_char

_SMALL = set("ゃゅょぁぃぅぇぉゎ")
_SOKUON = "っ"

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


def _kana_to_latin(folded: Tracked) -> Tracked:
    """Hepburn romaji of the hiragana in folded text (one mora at a time); other characters kept."""
    out = Tracked()
    text, i = folded.text, 0
    while i < len(text):
        char = text[i]
        if not _is_hiragana(char):
            out.add(_strip_marks(char), folded.origins[i])
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
        out.add(latin, folded.origins[start])
        i = mora_end
    return out


def canonical(folded: Tracked) -> Tracked:
    """Canonical romaji of folded text (hiragana, Latin or both), with origins."""
    result = _kana_to_latin(folded)
    result = result.sub(_NOT_ALNUM, "")
    for pattern, replacement in _SPELLINGS:
        result = result.sub(pattern, replacement)
    return result


def canonical_term(term: str) -> str:
    folded = Tracked()
    for index, char in enumerate(term):
        folded.add(fold_char(char), index)
    return canonical(folded).text
