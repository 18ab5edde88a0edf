"""Helpers to read pages the way a person (or a screen reader) gets them."""
import html
import re
from html.parser import HTMLParser

from django.urls import reverse
from django.utils.translation import override

from portal.languages import CODES
from portal.qa.models import Question, Topic

FIXED_PAGES = ["pages:home", "pages:eligibility", "qa:index", "cards:comparison", "schedule:schedule",
               "procedures:apply", "sources:list", "words:list", "editorial:updates",
               "tools:index", "tools:chooser", "tools:dates"]


def every_page_path() -> list[tuple[str, str]]:
    """(language, path) of every public page in every language."""
    paths = []
    for code in CODES:
        with override(code):
            paths += [(code, reverse(name)) for name in FIXED_PAGES]
            paths += [(code, topic.get_absolute_url()) for topic in Topic.objects.published()]
            paths += [(code, question.get_absolute_url()) for question in Question.objects.published()]
    return paths


def visible_text(page: str) -> str:
    """The text of a page without its furigana readings, tags, scripts or styles."""
    page = re.sub(r"<(rt|rp|script|style|title)\b[^>]*>.*?</\1>", "", page, flags=re.S | re.I)
    return html.unescape(re.sub(r"<[^>]+>", "", page))


class Elements(HTMLParser):
    """Collects start tags with their attributes."""

    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def elements(page: str, tag: str) -> list[dict]:
    parser = Elements()
    parser.feed(page)
    return [attrs for name, attrs in parser.tags if name == tag]
