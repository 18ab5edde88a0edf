"""Printing in a real Chromium: each topic sheet is exactly one A4 page; pages print without controls."""
import io
import re
import unicodedata

import pytest
from django.urls import reverse
from django.utils.translation import override
from pypdf import PdfReader

from portal.languages import CODES
from portal.qa.models import Question, Topic
from tests.sharing.helpers import decode_qr_png

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _sheet_paths():
    paths = []
    for code in CODES:
        with override(code):
            paths += [(code, topic, reverse("sharing-topic-sheet", kwargs={"slug": topic.slug}))
                      for topic in Topic.objects.published()]
    return paths


def _text_positions(pdf_page) -> list[tuple[float, float, str]]:
    """(x, y, text) of each run of text on a PDF page; y grows upwards."""
    runs = []

    def visit(text, cm, tm, _font, _size):
        if text.strip():
            runs.append((cm[0] * tm[4] + cm[2] * tm[5] + cm[4], cm[1] * tm[4] + cm[3] * tm[5] + cm[5], text))

    pdf_page.extract_text(visitor_text=visit)
    return runs


def _misplaced_short_links(pdf_page, numbers) -> list[str]:
    """Questions whose short link is not in the same column as, and below, the question's heading."""
    runs = _text_positions(pdf_page)
    middle = float(pdf_page.mediabox.width) / 2
    column = lambda x: int(x > middle)  # noqa: E731
    headings = {int(m.group(1)): (x, y) for x, y, text in runs if (m := re.fullmatch(r"\s*Q(\d+)\.\s*", text))}
    links = {int(m.group(1)): (x, y) for x, y, text in runs if (m := re.search(r"/q/(\d+)\s*$", text))}
    problems = []
    for number in numbers:
        if number not in headings or number not in links:
            problems.append(f"Q{number}: heading or short link not found in the PDF")
            continue
        (hx, hy), (lx, ly) = headings[number], links[number]
        if column(hx) != column(lx) or ly >= hy:
            problems.append(f"Q{number}: heading at {hx:.0f},{hy:.0f} but its short link at {lx:.0f},{ly:.0f}")
    return problems


def test_every_topic_sheet_prints_on_exactly_one_a4_page(live_server, page):
    sheets = _sheet_paths()
    assert len(sheets) == 3 * Topic.objects.published().count() >= 3 * 5
    pages = {}
    misplaced = {}
    for _code, topic, path in sheets:
        page.goto(live_server.url + path)
        pdf = PdfReader(io.BytesIO(page.pdf(format="A4", print_background=True)))
        pages[path] = len(pdf.pages)
        box = pdf.pages[0].mediabox
        # A4 is 595.3 x 841.9 points; Chromium rounds the page box up to whole CSS pixels.
        assert abs(float(box.width) - 595.3) < 2 and abs(float(box.height) - 841.9) < 2
        # Each question stays in one column: its short link is printed under it, never in the next column.
        numbers = [question.number for question in Question.objects.published().filter(topic=topic)]
        problems = _misplaced_short_links(pdf.pages[0], numbers)
        if problems:
            misplaced[path] = problems
    assert {path: count for path, count in pages.items() if count != 1} == {}
    assert misplaced == {}


def test_question_blocks_on_a_sheet_are_never_split_across_columns(live_server, page):
    page.emulate_media(media="print")
    page.goto(live_server.url + _sheet_paths()[0][2])
    styles = page.evaluate("() => [...document.querySelectorAll('.sheet-question')].map("
                           "s => getComputedStyle(s).breakInside)")
    assert styles and set(styles) == {"avoid"}


def test_printed_sheet_shows_its_qr_code_short_links_and_review_date(live_server, page):
    code, topic, path = next(entry for entry in _sheet_paths() if entry[0] == "ja-easy")
    page.emulate_media(media="print")
    page.goto(live_server.url + path)
    qr = page.locator(".sheet-qr img")
    assert qr.is_visible()
    with override(code):
        topic_url = live_server.url + topic.get_absolute_url()
    assert decode_qr_png(qr.screenshot()) == [topic_url]
    assert page.locator(".sheet-short").first.is_visible()
    assert "/ja-easy/q/" in page.locator(".sheet-short").first.inner_text()
    assert page.locator(".sheet-reviewed time").is_visible()
    # Easy Japanese keeps its furigana on paper.
    assert page.locator(".sheet rt").first.is_visible()
    for hidden in (".top", ".switchers", ".sheet-screen"):
        assert not page.locator(hidden).first.is_visible(), hidden


def test_any_page_prints_without_controls_but_with_its_qr_and_link_addresses(live_server, page):
    page.emulate_media(media="print")
    page.goto(live_server.url + "/en/qa/topic/basics/")
    assert not page.locator("header.top").is_visible()
    assert not page.locator("[data-copy-link]").is_visible()
    assert page.locator(".share .qr img").is_visible()
    assert decode_qr_png(page.locator(".share .qr img").screenshot()) == [live_server.url + "/en/qa/topic/basics/"]
    after = page.evaluate(
        "() => { const a = document.querySelector('main .meta a[href^=\"http\"], main .prose a[href^=\"http\"]');"
        " return a ? [a.href, getComputedStyle(a, '::after').content] : null; }"
    )
    assert after is not None, "the topic page cites sources with web addresses"
    assert after[0] in after[1]


def test_share_buttons_appear_only_with_javascript_support(live_server, page):
    page.goto(live_server.url + "/en/qa/")
    assert page.locator("[data-copy-link]").is_visible()
    assert page.locator("[data-print]").first.is_visible()
    # Headless Chromium has no Web Share API: the button stays hidden rather than failing.
    has_share = page.evaluate("() => !!navigator.share")
    assert page.locator("[data-web-share]").is_visible() == has_share


def _set_furigana_cookie(page, live_server, value):
    page.context.add_cookies([{"name": "furigana", "value": value, "url": live_server.url}])


def test_easy_japanese_sheets_print_with_furigana_even_when_the_reader_switched_it_off(live_server, page):
    _set_furigana_cookie(page, live_server, "0")
    page.emulate_media(media="print")
    for code, _topic, path in _sheet_paths():
        if code != "ja-easy":
            continue
        page.goto(live_server.url + path)
        assert page.locator(".sheet h1 rt, .sheet .prose rt").first.is_visible(), path
    # Even if the switch is used on the sheet's screen just before printing.
    page.evaluate("() => { document.documentElement.classList.replace('furigana-on', 'furigana-off'); }")
    assert page.locator(".sheet .prose rt").first.is_visible()


def test_ordinary_pages_print_with_the_readers_furigana_choice(live_server, page):
    page.emulate_media(media="print")
    _set_furigana_cookie(page, live_server, "0")
    for path in ("/ja-easy/qa/topic/basics/", "/ja/print/topic/basics/", "/ja-easy/qa/"):
        page.goto(live_server.url + path)
        assert page.locator("main h1 rt, main h2 rt").count() > 0, path
        assert not page.locator("main h1 rt, main h2 rt").first.is_visible(), path
    _set_furigana_cookie(page, live_server, "1")
    for path in ("/ja/qa/topic/basics/", "/ja/print/topic/basics/"):
        page.goto(live_server.url + path)
        assert page.locator("main h1 rt, main h2 rt").first.is_visible(), path


def _source_titles(question, code="en"):
    return [source.source_text("title", code) for source in question.sources.all()]


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def test_printed_pages_show_their_sources_without_javascript(live_server, browser):
    """print.css alone opens the sources' <details> on paper (::details-content)."""
    question = Question.objects.published().get(number=1)
    with override("en"):
        path = question.get_absolute_url()
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(live_server.url + path)
        assert not page.locator("details.sources li").first.is_visible(), "closed on screen"
        text = _flat("".join(p.extract_text() for p in PdfReader(io.BytesIO(page.pdf(format="A4"))).pages))
        titles = _source_titles(question)
        assert titles
        for title in titles:
            assert _flat(title) in text, title
        assert _flat("https://www.moj.go.jp/isa/11_00051.html") in text  # and the source's address
        page.emulate_media(media="print")
        assert page.locator("details.sources li").first.is_visible()
    finally:
        context.close()


def test_topic_pages_print_every_questions_sources(live_server, page):
    page.emulate_media(media="print")
    page.goto(live_server.url + "/en/qa/topic/basics/")
    items = page.locator("details.sources li")
    assert items.count() > 3
    for index in range(items.count()):
        assert items.nth(index).is_visible(), index


def test_the_site_script_opens_details_before_printing_and_closes_them_after(live_server, page):
    """For browsers without ::details-content: a beforeprint handler (no inline script: CSP)."""
    page.goto(live_server.url + "/en/qa/topic/basics/")
    page.wait_for_load_state("load")
    count = page.locator("details.sources").count()
    assert count > 1
    page.evaluate("() => { document.querySelector('details.sources').open = true; }")  # one the reader opened
    opened = "() => [...document.querySelectorAll('details.sources')].map(d => d.open)"
    assert page.evaluate(opened) == [True] + [False] * (count - 1)
    page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
    assert page.evaluate(opened) == [True] * count
    page.evaluate("() => window.dispatchEvent(new Event('afterprint'))")
    assert page.evaluate(opened) == [True] + [False] * (count - 1)
