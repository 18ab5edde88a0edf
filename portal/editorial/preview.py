"""The furigana preview in the admin: the saved ruby HTML with the readings to check marked in place."""
import re
from html import escape

from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

# What the engine writes around a base: <ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>.
_READING = r"<rp>\(</rp><rt>[^<]*</rt><rp>\)</rp></ruby>"
_BETWEEN = rf"(?:{_READING}|<ruby>)*"


def _pattern(surface: str) -> re.Pattern:
    """The surface as it appears in ruby HTML: its characters, with ruby tags allowed between them and
    the ruby that opens before the first or closes after the last taken in, so that a <mark> around
    the match nests properly."""
    chars = _BETWEEN.join(re.escape(escape(char, quote=False)) for char in surface)
    return re.compile(rf"(?:<ruby>)?{chars}(?:{_READING})?")


def mark_spots(html: str, spots: list[dict]) -> SafeString:
    """Wrap each spot's first occurrence (after the previous spot's) in <mark title="reason">."""
    out, position = [], 0
    for spot in spots:
        match = _pattern(spot["surface"]).search(html, position) if spot.get("surface") else None
        if match is None:
            continue
        out.append(html[position:match.start()])
        out.append(format_html('<mark class="uncertain" title="{}">', spot.get("reason", "")))
        out.append(match.group(0))
        out.append("</mark>")
        position = match.end()
    out.append(html[position:])
    return mark_safe("".join(out))
