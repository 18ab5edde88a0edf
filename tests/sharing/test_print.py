"""Printing in a real Chromium: each topic sheet is exactly one A4 page; pages print without controls."""
import io

import pytest
from django.urls import reverse
from django.utils.translation import override
from pypdf import PdfReader

from portal.languages import CODES
from portal.qa.models import Topic
from tests.sharing.helpers import decode_qr_png

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _sheet_paths():
    paths = []
    for code in CODES:
        with override(code):
            paths += [(code, topic, reverse("sharing-topic-sheet", kwargs={"slug": topic.slug}))
                      for topic in Topic.objects.published()]
    return paths


def test_every_topic_sheet_prints_on_exactly_one_a4_page(live_server, page):
    sheets = _sheet_paths()
    assert len(sheets) == 3 * Topic.objects.published().count() >= 3 * 5
    pages = {}
    for _code, _topic, path in sheets:
        page.goto(live_server.url + path)
        pdf = PdfReader(io.BytesIO(page.pdf(format="A4", print_background=True)))
        pages[path] = len(pdf.pages)
        box = pdf.pages[0].mediabox
        # A4 is 595.3 x 841.9 points; Chromium rounds the page box up to whole CSS pixels.
        assert abs(float(box.width) - 595.3) < 2 and abs(float(box.height) - 841.9) < 2
    assert {path: count for path, count in pages.items() if count != 1} == {}


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
