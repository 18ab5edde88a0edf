"""Matched passages as safe HTML: text escaped, matches in <mark>, furigana kept for Japanese.

A match never cuts a word with a reading in half: it grows to the whole ruby base.
"""
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

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


def _ruby(base: str, reading: str) -> str:
    # The same markup as the furigana engine's, so the reader's furigana switch applies.
    return f"<ruby>{escape(base)}<rp>(</rp><rt>{escape(reading)}</rt><rp>)</rp></ruby>"


def render(text: str, start: int, end: int, flags: list[bool], ruby: list, with_ruby: bool) -> str:
    readings = {r[0]: (r[1], r[2]) for r in ruby if with_ruby and start <= r[0] and r[1] <= end}
    out, pos, open_mark = [], start, False
    while pos < end:
        if flags[pos] != open_mark:
            out.append("<mark>" if flags[pos] else "</mark>")
            open_mark = flags[pos]
        if pos in readings:
            ruby_end, reading = readings[pos]
            out.append(_ruby(text[pos:ruby_end], reading))
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


def passage(text: str, spans: Spans, ruby: list, with_ruby: bool) -> SafeString:
    """About PASSAGE_LENGTH characters around the first match (or the start), ellipses where cut."""
    first = min((s for s, _ in spans.ranges), default=0)
    start = _outside_ruby(max(0, first - PASSAGE_BEFORE), ruby, forward=False)
    end = _outside_ruby(min(len(text), start + PASSAGE_LENGTH), ruby, forward=True)
    body = render(text, start, end, spans.marked(), ruby, with_ruby)
    return mark_safe(("… " if start > 0 else "") + body + (" …" if end < len(text) else ""))
