"""Turning a question or page section into search entries. Runs when content is saved (it loads the
furigana engine, hence pykakasi, for readings); never while serving a page."""
from html.parser import HTMLParser

import markdown

from portal.languages import CODES, JAPANESE_CODES

from . import english, romaji
from .folding import Tracked, fold

# Where each page's sections are shown (portal.pages.models.Section.Page values -> URL names).
SECTION_PAGES = {
    "home": "pages:home",
    "eligibility": "pages:eligibility",
    "apply": "procedures:apply",
    "cards": "cards:comparison",
    "schedule": "schedule:schedule",
    "sources": "sources:list",
}
_BLOCKS = {"p", "li", "br", "h1", "h2", "h3", "h4", "blockquote", "tr"}


class _TextOf(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)

    def handle_endtag(self, tag):
        if tag in _BLOCKS:
            self.parts.append("\n")


def plain_text(markdown_text: str) -> str:
    """What a reader sees of Markdown, as plain text (no markup, entities decoded)."""
    parser = _TextOf()
    parser.feed(markdown.markdown(markdown_text or ""))
    parser.close()
    return "\n".join(line.strip() for line in "".join(parser.parts).splitlines() if line.strip())


def _japanese_field(text: str) -> tuple[str, dict, str, str]:
    """Display text, layout, folded surface and canonical romaji of Japanese text."""
    from portal.furigana.analysis import analyse
    from portal.furigana.glossary import current_glossary

    display, ruby = "", []
    readings = Tracked()
    reading_ends = []  # per reading character: one past the display characters it reads
    for token in analyse(text, current_glossary()):
        for piece in token.pieces:
            start = len(display)
            display += piece.text
            if piece.reading is not None and piece.reading != piece.text:
                ruby.append([start, len(display), piece.reading])
                reading = "".join(fold(piece.reading, keep_spaces=False).text)
                readings.add(reading, start)
                reading_ends += [len(display)] * len(reading)
            else:
                folded_piece = fold(piece.text, keep_spaces=False)
                readings.text += folded_piece.text
                readings.origins += [start + o for o in folded_piece.origins]
                reading_ends += [start + o + 1 for o in folded_piece.origins]
    folded = fold(display, keep_spaces=False)
    latin = romaji.canonical(readings, reading_ends)
    layout = {"folded": folded.origins, "romaji": latin.origins, "romaji_ends": latin.ends,
              "romaji_moras": latin.mora_starts(), "ruby": ruby, "words": []}
    return display, layout, folded.text, latin.text


def _english_field(text: str) -> tuple[str, dict, str, str]:
    folded = fold(text, keep_spaces=True)
    words = english.words(text)
    layout = {"folded": folded.origins, "romaji": [], "ruby": [], "words": [list(w) for w in words]}
    return text, layout, folded.text, "".join(f" {s}" for _, _, s in words) + " "


def field_values(prefix: str, text: str, code: str, layout: dict) -> dict:
    if code in JAPANESE_CODES:
        display, field_layout, folded, latin = _japanese_field(text)
        stems = ""
    else:
        display, field_layout, folded, stems = _english_field(text)
        latin = ""
    layout[prefix] = field_layout
    return {f"{prefix}_text": display, f"{prefix}_folded": folded, f"{prefix}_romaji": latin,
            f"{prefix}_stems": stems}


def entry_values(title: str, body_markdown: str, code: str) -> dict:
    layout = {}
    values = field_values("title", " ".join(title.split()), code, layout)
    values |= field_values("body", plain_text(body_markdown), code, layout)
    values["layout"] = layout
    return values


def describe(obj) -> dict | None:
    """Kind, order, link and fields of a content object, or None if it is not searchable."""
    from portal.pages.models import Section
    from portal.qa.models import Question

    if isinstance(obj, Question):
        return {"kind": "question", "fields": ("question", "answer"), "label": f"Q{obj.number}",
                "order": obj.topic.order * 1000 + obj.order, "url_name": "qa:question",
                "url_kwargs": {"number": obj.number, "slug": obj.slug}, "anchor": ""}
    if isinstance(obj, Section) and obj.page in SECTION_PAGES:
        return {"kind": "section", "fields": ("heading", "body"), "label": "",
                "order": list(SECTION_PAGES).index(obj.page) * 1000 + obj.order,
                "url_name": SECTION_PAGES[obj.page], "url_kwargs": {}, "anchor": f"s-{obj.key}"}
    return None


def index_object(obj) -> int:
    """(Re)write the entries of one object; unpublished or untranslated languages get none."""
    from portal.core.models import State
    from portal.tools.models import SearchEntry

    description = describe(obj)
    if description is None:
        return 0
    kind = description["kind"]
    SearchEntry.objects.filter(kind=kind, object_id=obj.pk).delete()
    if obj.state != State.PUBLISHED:
        return 0
    title_field, body_field = description["fields"]
    entries = []
    for code in CODES:
        if not (obj.has_translation(title_field, code) and obj.has_translation(body_field, code)):
            continue
        values = entry_values(obj.source_text(title_field, code), obj.source_text(body_field, code), code)
        entries.append(SearchEntry(
            kind=kind, object_id=obj.pk, language=code, order=description["order"],
            url_name=description["url_name"], url_kwargs=description["url_kwargs"],
            anchor=description["anchor"], label=description["label"], **values,
        ))
    SearchEntry.objects.bulk_create(entries)
    return len(entries)


def remove_object(obj) -> None:
    from portal.tools.models import SearchEntry

    description = describe(obj)
    if description is not None:
        SearchEntry.objects.filter(kind=description["kind"], object_id=obj.pk).delete()


def rebuild() -> int:
    from portal.pages.models import Section
    from portal.qa.models import Question
    from portal.tools.models import SearchEntry

    SearchEntry.objects.all().delete()
    count = 0
    for obj in Question.objects.select_related("topic"):
        count += index_object(obj)
    for obj in Section.objects.all():
        count += index_object(obj)
    return count
