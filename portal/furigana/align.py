"""Split one word's reading over its kanji runs, anchored on the word's own kana.

Alignment is per token (a dictionary word), never per sentence: a sentence-wide match can
slide a reading across words when the same kana occurs twice.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from .chars import is_kanji, to_hiragana


@dataclass(frozen=True)
class Piece:
    """A slice of a surface; `reading` is set for kanji runs (ruby) and None for the rest."""

    text: str
    reading: str | None = None


def split_runs(surface: str) -> list[tuple[str, bool]]:
    """Maximal runs of the surface as (text, is_kanji_run)."""
    runs: list[tuple[str, bool]] = []
    for char in surface:
        kanji = is_kanji(char)
        if runs and runs[-1][1] == kanji:
            runs[-1] = (runs[-1][0] + char, kanji)
        else:
            runs.append((char, kanji))
    return runs


@lru_cache(maxsize=8192)
def align(surface: str, reading: str) -> tuple[Piece, ...] | None:
    """Pieces of `surface` with each kanji run's reading, or None if the kana do not line up.

    >>> align("申し込み", "もうしこみ")
    (Piece(text='申', reading='もう'), Piece(text='し', reading=None), Piece(text='込', reading='こ'), Piece(text='み', reading=None))
    """
    runs = split_runs(surface)
    if not any(kanji for _, kanji in runs):
        return tuple(Piece(text) for text, _ in runs)
    pattern = "".join("(.+?)" if kanji else re.escape(to_hiragana(text)) for text, kanji in runs)
    match = re.fullmatch(pattern, reading, flags=re.DOTALL)
    if match is None:
        return None
    groups = iter(match.groups())
    return tuple(Piece(text, next(groups)) if kanji else Piece(text) for text, kanji in runs)


def whole_word(surface: str, reading: str) -> tuple[Piece, ...]:
    """Fallback when alignment fails: one ruby over the whole word, so nothing is lost."""
    return (Piece(surface, reading),)
