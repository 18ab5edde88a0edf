"""Text to Tokens: Aozora notation, numbers with counters, glossary, then pykakasi.

pykakasi only ever sees short runs of kanji and kana (see kakasi.py); everything else is
copied through as plain tokens, so the text can never change. Work is linear in the length
of the text: each run is bounded and converted once (and cached).
"""

from .aozora import split_aozora
from .chars import is_digit, is_japanese_word_char
from .counters import read_number_and_counters, weekday_tokens
from .glossary import STANDALONE, Glossary
from .rules import apply_rules
from .tokens import Token, plain, word


def analyse(text: str, glossary: Glossary) -> list[Token]:
    tokens: list[Token] = []
    for part in split_aozora(text):
        if isinstance(part, Token):
            tokens.append(part)
        else:
            offset, chunk = part
            tokens.extend(_shift(t, offset) for t in _analyse_plain(chunk, glossary))
    return apply_rules(tokens, text)


def _shift(token: Token, offset: int) -> Token:
    if not offset:
        return token
    return Token(token.start + offset, token.end + offset, token.surface, token.pieces, token.source,
                 token.doubt, token.kakasi_reading)


def _analyse_plain(text: str, glossary: Glossary) -> list[Token]:
    forced = {t.start: t for t in weekday_tokens(text)}
    tokens: list[Token] = []
    pos = 0
    other_start = None  # start of pending characters pykakasi must not see

    def flush_other(end: int):
        nonlocal other_start
        if other_start is not None and other_start < end:
            tokens.append(plain(other_start, text[other_start:end]))
        other_start = None

    while pos < len(text):
        char = text[pos]
        if pos in forced:
            flush_other(pos)
            tokens.append(forced[pos])
            pos = forced[pos].end
        elif is_digit(char) and (pos == 0 or not is_digit(text[pos - 1])):
            number_tokens = read_number_and_counters(text, pos)
            if number_tokens:
                flush_other(pos)
                tokens.extend(number_tokens)
                pos = number_tokens[-1].end
            else:
                other_start = pos if other_start is None else other_start
                pos += 1
        elif is_japanese_word_char(char):
            flush_other(pos)
            end = pos
            while end < len(text) and is_japanese_word_char(text[end]) and end not in forced:
                end += 1
            tokens.extend(_analyse_run(text, pos, end, glossary))
            pos = end
        else:
            other_start = pos if other_start is None else other_start
            pos += 1
    flush_other(len(text))
    return tokens


def _analyse_run(text: str, start: int, end: int, glossary: Glossary) -> list[Token]:
    """A run of kanji and kana: pykakasi for the whole run, then glossary entries on top.

    pykakasi sees the whole run so its word boundaries keep their context. A glossary match
    replaces the dictionary words it overlaps; the parts of those words outside the match are
    converted again on their own. A match inside a longer dictionary word that already reads
    the same way (日本 inside 日本人 にほんじん) leaves that word alone.
    """
    from . import kakasi

    words = _with_offsets(kakasi.convert(text[start:end]), start)
    matches = [m for m in glossary.find(text, start, end) if not _agrees(m, words)]
    tokens: list[Token] = []
    pos = start
    for match in matches:
        tokens.extend(_dictionary_tokens(kakasi, text, pos, match.start, words))
        tokens.append(word(match.start, match.entry.surface, match.entry.reading, "glossary"))
        pos = match.end
    tokens.extend(_dictionary_tokens(kakasi, text, pos, end, words))
    return tokens


def _with_offsets(converted, offset: int) -> list[tuple[int, int, str, str]]:
    words = []
    for surface, reading in converted:
        words.append((offset, offset + len(surface), surface, reading))
        offset += len(surface)
    return words


def _agrees(match, words) -> bool:
    """True if one longer dictionary word holds the match and already reads it that way,
    or holds a standalone entry (which then is not a word of its own)."""
    for w_start, w_end, _surface, reading in words:
        if w_start <= match.start and match.end <= w_end and (w_end - w_start) > (match.end - match.start):
            if match.entry.scope == STANDALONE:
                return True  # part of a longer word (訳 in 言い訳): not a word of its own
            if w_start == match.start and reading.startswith(match.entry.reading):
                return True
            if w_end == match.end and reading.endswith(match.entry.reading):
                return True
            return False
    return False


def _dictionary_tokens(kakasi, text: str, start: int, end: int, words) -> list[Token]:
    """Tokens for text[start:end]: whole pykakasi words where they fit, edges converted anew."""
    tokens: list[Token] = []
    pos = start
    for w_start, w_end, surface, reading in words:
        if w_start >= start and w_end <= end:
            if w_start > pos:
                tokens.extend(_kakasi_tokens(kakasi.convert(text[pos:w_start]), pos))
            tokens.extend(_kakasi_tokens(((surface, reading),), w_start))
            pos = w_end
    if pos < end:
        tokens.extend(_kakasi_tokens(kakasi.convert(text[pos:end]), pos))
    return tokens


def _kakasi_tokens(converted, offset: int) -> list[Token]:
    tokens = []
    for surface, reading in converted:
        token = word(offset, surface, reading, "kakasi")
        tokens.append(Token(token.start, token.end, surface, token.pieces, "kakasi", None, reading))
        offset += len(surface)
    return tokens
