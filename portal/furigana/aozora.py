"""Aozora Bunko ruby notation typed by staff: ｜行《おこな》って, or 行《おこな》って.

`｜` marks where the base starts; without it the base is the kanji run just before `《`.
The markers never reach the output: the base gets the given reading as one ruby.
"""

import re
from collections.abc import Iterator

from .chars import is_kanji, to_hiragana
from .align import Piece
from .tokens import Token

_EXPLICIT = re.compile(r"｜([^｜《》\n]+)《([^｜《》\n]+)》")
_IMPLICIT = re.compile(r"《([^｜《》\n]+)》")


def split_aozora(text: str) -> Iterator[tuple[int, str] | Token]:
    """Yield (offset, plain text) parts and ruby Tokens for the notation, in order."""
    pos = 0
    for start, end, base_start, base, reading in _find_notations(text):
        if base_start > pos:
            yield (pos, text[pos:base_start])
        # The token spans the markers in the original text but shows only the base, with the
        # staff's reading over all of it (they chose that base on purpose).
        yield Token(start, end, base, (Piece(base, to_hiragana(reading)),), "aozora")
        pos = end
    if pos < len(text):
        yield (pos, text[pos:])


def _find_notations(text: str):
    """(start, end, base_start, base, reading) for each notation, left to right."""
    found = []
    taken_until = 0
    for match in _EXPLICIT.finditer(text):
        found.append((match.start(), match.end(), match.start(), match.group(1), match.group(2)))
    explicit_spans = [(f[0], f[1]) for f in found]
    for match in _IMPLICIT.finditer(text):
        if any(s <= match.start() < e for s, e in explicit_spans):
            continue
        base_start = match.start()
        while base_start > 0 and is_kanji(text[base_start - 1]):
            base_start -= 1
        if base_start == match.start():
            continue  # 《 with no kanji before it is ordinary punctuation
        found.append((base_start, match.end(), base_start, text[base_start:match.start()], match.group(1)))
    found.sort()
    for notation in found:
        if notation[0] >= taken_until:
            taken_until = notation[1]
            yield notation


def has_aozora(text: str) -> bool:
    return "《" in text
