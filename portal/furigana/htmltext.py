"""Apply a text transformation to the text nodes of an HTML fragment, and nowhere else.

Tags, comments, attribute values and the content of elements where ruby would be wrong or
harmful (existing ruby, code, scripts...) are copied byte for byte. Text nodes are unescaped
before the transformation (which escapes again), so `&lt;漢字&gt;` stays escaped text.
Text nodes with nothing to annotate are copied unchanged.
"""

import re
from collections.abc import Callable
from html import unescape

from .chars import is_digit, is_kanji

# Elements whose text is never annotated.
SKIPPED_ELEMENTS = frozenset({"ruby", "rt", "rp", "rb", "rtc", "script", "style", "code", "pre",
                              "title", "textarea", "kbd", "samp", "svg", "math", "template"})
# Elements whose content is raw text in HTML: no tags inside until their end tag.
RAW_TEXT_ELEMENTS = frozenset({"script", "style", "textarea", "title", "xmp", "iframe", "noembed",
                               "noframes", "noscript", "plaintext"})
VOID_ELEMENTS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                           "meta", "source", "track", "wbr"})

_MARKUP = re.compile(
    r"<!--.*?(?:-->|$)"                        # comment (unterminated: to the end)
    r"|<!\[CDATA\[.*?(?:\]\]>|$)"               # CDATA section
    r"|<![^>]*>?"                               # doctype and other declarations
    r"|<\?[^>]*>?"                              # processing instruction (bogus comment)
    r"|</?[A-Za-z][^\s/>]*"                     # tag name ...
    r"(?:[^>\"']|\"[^\"]*\"|'[^']*')*>",        # ... attributes, quoted values may hold '>'
    re.DOTALL,
)
_TAG_NAME = re.compile(r"</?([A-Za-z][^\s/>]*)")


def map_text_nodes(html: str, transform: Callable[[str], str]) -> str:
    out: list[str] = []
    skip_stack: list[str] = []  # open skipped elements, innermost last
    pos = 0
    while pos < len(html):
        match = _MARKUP.search(html, pos)
        end = match.start() if match else len(html)
        if end > pos:
            out.append(_text_node(html[pos:end], transform, annotate=not skip_stack))
        if match is None:
            break
        tag = match.group()
        out.append(tag)
        pos = match.end()
        name_match = _TAG_NAME.match(tag)
        if name_match is None:
            continue
        name = name_match.group(1).lower()
        closing = tag.startswith("</")
        if closing:
            if name in skip_stack:
                # Close it and anything left open inside it.
                del skip_stack[len(skip_stack) - 1 - skip_stack[::-1].index(name):]
        elif name in RAW_TEXT_ELEMENTS:
            close = re.compile(rf"</{re.escape(name)}[\s/>]", re.IGNORECASE).search(html, pos)
            raw_end = close.start() if close else len(html)
            out.append(html[pos:raw_end])
            pos = raw_end
        elif name in SKIPPED_ELEMENTS and not tag.endswith("/>") and name not in VOID_ELEMENTS:
            skip_stack.append(name)
    return "".join(out)


def _text_node(raw: str, transform: Callable[[str], str], annotate: bool) -> str:
    if not annotate or not any(is_kanji(c) or is_digit(c) for c in raw):
        return raw
    return transform(unescape(raw))
