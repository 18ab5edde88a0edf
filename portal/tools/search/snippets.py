"""Matched passages as safe HTML: text escaped, matches in <mark>, furigana kept for Japanese.

A match never cuts a word with a reading in half: it grows to the whole ruby base.
"""
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from portal.furigana.chars import is_hiragana, is_japanese_word_char
from portal.furigana.engine import ruby_html

PASSAGE_BEFORE = 50
PASSAGE_LENGTH = 200


class Spans:
    """Character ranges of a display text to mark."""

    def __init__(self, length: int, ruby_ranges: list[tuple[int, int]]):
        self.length = length
        self.ruby_ranges = ruby_ranges
        self.ranges: list[tuple[int, int]] = []

    @property
    def count(self) -> int:
        return len(self.ranges)

    def add(self, start: int, end: int) -> None:
        start, end = max(0, start), min(self.length, end)
        for ruby_start, ruby_end in self.ruby_ranges:
            if ruby_start < end and start < ruby_end:
                start, end = min(start, ruby_start), max(end, ruby_end)
        if start < end:
            self.ranges.append((start, end))

    def add_matches(self, folded: str, needle: str, origins: list[int]) -> None:
        """Every occurrence of needle in the folded text, mapped back to the display text."""
        if not needle or len(origins) != len(folded):
            return
        pos = folded.find(needle)
        while pos != -1:
            self.add(origins[pos], origins[pos + len(needle) - 1] + 1)
            pos = folded.find(needle, pos + len(needle))

    def marked(self) -> list[bool]:
        flags = [False] * self.length
        for start, end in self.ranges:
            for i in range(start, end):
                flags[i] = True
        return flags


def render(text: str, start: int, end: int, flags: list[bool], ruby: list, with_ruby: bool) -> str:
    readings = {r[0]: (r[1], r[2]) for r in ruby if with_ruby and start <= r[0] and r[1] <= end}
    out, pos, open_mark = [], start, False
    while pos < end:
        if flags[pos] != open_mark:
            out.append("<mark>" if flags[pos] else "</mark>")
            open_mark = flags[pos]
        if pos in readings:
            ruby_end, reading = readings[pos]
            out.append(ruby_html(text[pos:ruby_end], reading))  # the engine's markup: the switch applies
            pos = ruby_end
        else:
            out.append(escape(text[pos]))
            pos += 1
    if open_mark:
        out.append("</mark>")
    return "".join(out)


def highlight_title(text: str, spans: Spans, ruby: list, with_ruby: bool) -> SafeString:
    return mark_safe(render(text, 0, len(text), spans.marked(), ruby, with_ruby))


def _outside_ruby(pos: int, ruby: list, forward: bool) -> int:
    for start, end, _ in ruby:
        if start < pos < end:
            return end if forward else start
    return pos


_SENTENCE_ENDS = set("。．！？!?\n")
_CLOSING = set("」』）)】\"'’”")
_PHRASE_ENDS = set("、，,;；:：")
_OPENING = set("（(「『【")


def _sentence_starts(text: str) -> list[int]:
    """0 and every position just after the end of a sentence (and its closing brackets and spaces)."""
    starts = [0]
    for i, char in enumerate(text):
        full_stop = char == "." and (i + 1 == len(text) or text[i + 1].isspace())
        if char in _SENTENCE_ENDS or full_stop:
            j = i + 1
            while j < len(text) and (text[j] in _CLOSING or text[j].isspace()):
                j += 1
            starts.append(j)
    return sorted(set(starts))


def _word_starts(text: str) -> list[int]:
    """Positions where a word or phrase starts: after a space or a comma, at an opening bracket,
    and in Japanese where kanji or katakana follow hiragana (the particle before a new word)."""
    starts = []
    for i in range(1, len(text)):
        before, char = text[i - 1], text[i]
        if char.isspace():
            continue
        if before.isspace() or before in _PHRASE_ENDS or char in _OPENING:
            starts.append(i)
        elif is_hiragana(before) and is_japanese_word_char(char) and not is_hiragana(char):
            starts.append(i)
    return starts


PASSAGE_SENTENCE_REACH = 90  # go back to the start of the sentence if it is this close to the match


def passage(text: str, spans: Spans, ruby: list, with_ruby: bool) -> SafeString:
    """About PASSAGE_LENGTH characters around the first match (or the start), cut only between
    sentences or words (never inside a word or a ruby base), ellipses where cut."""
    first = min((s for s, _ in spans.ranges), default=0)
    first_end = max((e for s, e in spans.ranges if s == first), default=first)
    sentences = _sentence_starts(text)
    words = _word_starts(text)

    start = max(p for p in sentences if p <= first)
    if first - start > PASSAGE_SENTENCE_REACH:
        nearby = [p for p in words if first - PASSAGE_BEFORE <= p <= first]
        start = nearby[0] if nearby else first
    start = _outside_ruby(start, ruby, forward=False)

    limit = start + PASSAGE_LENGTH
    if limit >= len(text):
        end = len(text)
    else:
        floor = max(first_end, start + PASSAGE_LENGTH // 2)
        cuts = [p for p in sentences if floor <= p <= limit]
        if not cuts:
            cuts = [p for p in words if floor <= p <= limit]
        end = cuts[-1] if cuts else _outside_ruby(limit, ruby, forward=True)
    end = _outside_ruby(end, ruby, forward=True)
    while end > start and text[end - 1].isspace():
        end -= 1

    body = render(text, start, end, spans.marked(), ruby, with_ruby)
    gap = "" if with_ruby else " "  # Japanese runs the ellipsis on; English sets it off by a space
    return mark_safe(("…" + gap if start > 0 else "") + body + (gap + "…" if end < len(text) else ""))
