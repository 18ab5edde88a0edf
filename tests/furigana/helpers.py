"""Shared helpers for the furigana tests."""

import re
from html import unescape

RUBY_ANNOTATION = re.compile(r"<(rt|rp)>.*?</\1>", re.DOTALL)
TAG = re.compile(r"<[^>]*>")


def strip_ruby(html: str) -> str:
    """The text a reader sees without furigana: <rt>/<rp> removed, tags removed, unescaped."""
    return unescape(TAG.sub("", RUBY_ANNOTATION.sub("", html)))


def rubies(html: str) -> list[tuple[str, str]]:
    """(base, reading) of every <ruby> in the HTML."""
    return [
        (unescape(base), unescape(reading))
        for base, reading in re.findall(r"<ruby>(.*?)<rp>\(</rp><rt>(.*?)</rt><rp>\)</rp></ruby>", html)
    ]
