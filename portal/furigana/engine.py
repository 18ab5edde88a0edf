"""Public API of the furigana engine: ruby HTML, whole readings, and spots to review.

    from portal.furigana.engine import to_ruby, annotate_html, to_reading, uncertain_spots, annotate_numbers

No Django here; pykakasi is loaded on first need (never by annotate_numbers).
"""

from html import escape
from typing import NamedTuple

from .analysis import analyse
from .chars import has_kanji, is_digit, is_kanji
from .counters import read_number_and_counters, weekday_tokens
from .glossary import Glossary, default_glossary
from .tokens import Token, plain


class Spot(NamedTuple):
    """A reading staff should check: text[start:end] is `surface`, read as `reading`."""

    start: int
    end: int
    surface: str
    reading: str
    reason: str


def _glossary(glossary: Glossary | None) -> Glossary:
    return default_glossary() if glossary is None else glossary


def ruby_html(base: str, reading: str) -> str:
    return f"<ruby>{escape(base)}<rp>(</rp><rt>{escape(reading)}</rt><rp>)</rp></ruby>"


def render(tokens: list[Token]) -> str:
    out = []
    for token in tokens:
        for piece in token.pieces:
            if piece.reading is not None and piece.reading != piece.text:
                out.append(ruby_html(piece.text, piece.reading))
            else:
                out.append(escape(piece.text))
    return "".join(out)


def to_ruby(text: str, glossary: Glossary | None = None) -> str:
    """Plain text in, HTML out: escaped text with a <ruby> over each kanji run."""
    return render(analyse(text, _glossary(glossary)))


def to_reading(text: str, glossary: Glossary | None = None) -> str:
    """The whole text in hiragana; digits, Latin, punctuation and spaces copied."""
    return "".join(token.reading for token in analyse(text, _glossary(glossary)))


def annotate_html(html: str, glossary: Glossary | None = None) -> str:
    """Ruby added to the text nodes of an HTML fragment (see htmltext.py for what is skipped)."""
    from .htmltext import map_text_nodes

    chosen = _glossary(glossary)
    return map_text_nodes(html, lambda text: to_ruby(text, chosen))


def uncertain_spots(text: str, glossary: Glossary | None = None) -> list[Spot]:
    spots = []
    for token in analyse(text, _glossary(glossary)):
        reason = token.doubt or _automatic_doubt(token)
        if reason:
            spots.append(Spot(token.start, token.end, token.surface, token.reading, reason))
    return spots


def _automatic_doubt(token: Token) -> str | None:
    if token.source in ("glossary", "aozora"):
        return None
    if token.source == "text":
        if any(0x20000 <= ord(c) <= 0x3FFFF for c in token.surface):
            return "rare kanji (outside the basic set): no reading given"
        return None
    if not has_kanji(token.surface):
        return None
    reading = token.reading
    if any(is_kanji(c) for c in reading):
        return "no dictionary reading for this kanji"
    if "っっ" in reading:
        return "dictionary reading looks broken"
    if len(token.pieces) == 1 and token.pieces[0].reading is not None and not all(
        is_kanji(c) or is_digit(c) for c in token.surface
    ):
        return "reading could not be split over the kanji"
    return None


def annotate_numbers(text: str) -> str:
    """Ruby only for digit+counter sequences and weekday marks; the rest is escaped text.

    For text built at request time (dates like 2026年6月14日(日), 3か月, 16歳): never loads
    pykakasi.
    """
    return render(number_tokens(text))


def number_tokens(text: str) -> list[Token]:
    forced = {t.start: t for t in weekday_tokens(text)}
    tokens: list[Token] = []
    pos = 0
    pending = 0
    while pos < len(text):
        found = None
        if pos in forced:
            found = [forced[pos]]
        elif is_digit(text[pos]) and (pos == 0 or not is_digit(text[pos - 1])):
            found = read_number_and_counters(text, pos)
        if found:
            if pending < pos:
                tokens.append(plain(pending, text[pending:pos]))
            tokens.extend(found)
            pos = pending = found[-1].end
        else:
            pos += 1
    if pending < len(text):
        tokens.append(plain(pending, text[pending:]))
    return tokens
