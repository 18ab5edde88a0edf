"""Turning staff text into display HTML: Markdown, sanitised, with furigana for Japanese.

Runs when content is saved (and when the furigana glossary changes), never while serving a page.
"""
import markdown
import nh3
from django.utils.html import escape

from portal.languages import JAPANESE_CODES

ALLOWED_TAGS = {"p", "ul", "ol", "li", "strong", "em", "a", "br", "code", "blockquote"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
URL_SCHEMES = {"https", "http", "mailto", "tel"}


def sanitise(html: str) -> str:
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
    )


def markdown_to_html(text: str) -> str:
    # Raw HTML in the Markdown is escaped by the sanitiser's allow-list, whatever the editor types.
    return sanitise(markdown.markdown(text, output_format="html"))


def _glossary():
    from portal.furigana.glossary import current_glossary

    return current_glossary()


def uncertain_readings(text: str) -> list[dict]:
    """Readings in a Japanese text that staff should check (context-dependent kanji and the like)."""
    if not text.strip():
        return []
    from portal.furigana.engine import uncertain_spots

    return [
        {"surface": spot.surface, "reading": spot.reading, "reason": spot.reason}
        for spot in uncertain_spots(text, _glossary())
    ]


def render_inline(text: str, code: str) -> str:
    text = text.strip()
    if not text:
        return ""
    if code in JAPANESE_CODES:
        from portal.furigana.engine import to_ruby

        return to_ruby(text, _glossary())
    return escape(text)


def render_markdown(text: str, code: str) -> str:
    text = text.strip()
    if not text:
        return ""
    html = markdown_to_html(text)
    if code in JAPANESE_CODES:
        from portal.furigana.engine import annotate_html

        return annotate_html(html, _glossary())
    return html
