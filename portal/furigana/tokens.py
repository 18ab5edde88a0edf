"""The token stream every stage of the engine reads and writes."""

from dataclasses import dataclass, field, replace

from .align import Piece, align, whole_word
from .chars import to_hiragana


@dataclass(frozen=True)
class Token:
    """One slice of the input, with how to show it.

    `start`/`end` index the caller's original string (Aozora markers included), so review
    spots can point back at what staff typed. `pieces` is the ruby layout: a piece with a
    reading becomes one <ruby>, a piece without is plain text.
    """

    start: int
    end: int
    surface: str
    pieces: tuple[Piece, ...]
    source: str = "text"  # text | kakasi | glossary | counter | rule | aozora
    doubt: str | None = None  # why staff should review this reading, if they should
    kakasi_reading: str | None = field(default=None, compare=False)

    @property
    def reading(self) -> str:
        """Whole reading in hiragana; non-Japanese characters are copied."""
        return "".join(p.reading if p.reading is not None else to_hiragana(p.text) for p in self.pieces)

    @property
    def has_ruby(self) -> bool:
        return any(p.reading is not None for p in self.pieces)

    def with_reading(self, reading: str, source: str, doubt: str | None = None) -> "Token":
        return replace(self, pieces=layout(self.surface, reading), source=source, doubt=doubt)


def plain(start: int, surface: str) -> Token:
    return Token(start, start + len(surface), surface, (Piece(surface),))


def layout(surface: str, reading: str) -> tuple[Piece, ...]:
    """Ruby pieces for a word: aligned on its kana, or one ruby over the word if they disagree."""
    return align(surface, reading) or whole_word(surface, reading)


def word(start: int, surface: str, reading: str, source: str, doubt: str | None = None) -> Token:
    return Token(start, start + len(surface), surface, layout(surface, reading), source, doubt)
