"""Whole-site checks: every page in every language, its language markup and its links."""
import re
import xml.etree.ElementTree as ET

import pytest
from django.core.management import call_command
from django.utils.translation import get_language_info, gettext, override

from portal.languages import BCP47, CODES, EASY, bcp47
from tests.pages import elements, every_page_path, visible_text

pytestmark = pytest.mark.django_db

SITE_NAME = "Specified Residence Card guide"


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_every_page_in_every_language_has_its_lang_one_h1_and_translated_interface(client):
    pages = every_page_path()
    assert len(pages) >= 3 * 8, "the walk found too few pages: is the content loaded?"
    problems = []
    for code, path in pages:
        response = client.get(path)
        if response.status_code != 200:
            problems.append(f"{path}: status {response.status_code}")
            continue
        page = response.content.decode()
        if f'<html lang="{bcp47(code)}"' not in page:
            problems.append(f"{path}: lang is not {bcp47(code)}")
        headings = len(re.findall(r"<h1[\s>]", page))
        if headings != 1:
            problems.append(f"{path}: {headings} <h1> elements")
        with override(code):
            site_name = gettext(SITE_NAME)
        if code != "en" and site_name == SITE_NAME:
            problems.append(f"{path}: interface not translated into {code}")
        if _squeeze(site_name) not in _squeeze(visible_text(page)):
            problems.append(f"{path}: interface text {site_name!r} missing")
    assert problems == []


def test_switcher_and_hreflang_links_lead_to_the_same_page_in_existing_languages(client):
    problems = []
    for code, path in every_page_path():
        page = client.get(path).content.decode()
        alternates = [link for link in elements(page, "link") if link.get("rel") == "alternate" and link.get("hreflang")]
        if {link["hreflang"] for link in alternates} != set(BCP47.values()):
            problems.append(f"{path}: hreflang {sorted(link['hreflang'] for link in alternates)}")
        canonical = [link["href"] for link in elements(page, "link") if link.get("rel") == "canonical"]
        if canonical != [f"http://testserver{path}"]:
            problems.append(f"{path}: canonical {canonical}")
        switcher = [a for a in elements(page, "a") if a.get("hreflang")]
        for link in alternates:
            target = link["href"].removeprefix("http://testserver")
            response = client.get(target)
            if response.status_code != 200 or f'<html lang="{link["hreflang"]}"' not in response.content.decode():
                problems.append(f"{path}: alternate {target} answers {response.status_code} in the wrong language")
            if target not in [a["href"] for a in switcher]:
                problems.append(f"{path}: switcher lacks {target}")
    assert problems == []


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("ja-JP,ja;q=0.9,en;q=0.8", "/ja/"),
        ("en-US,en;q=0.9", "/en/"),
        ("vi-VN,vi;q=0.9", "/en/"),
        ("zh-CN,ja;q=0.5", "/ja/"),
        ("ja;q=0.1,en;q=0.9", "/en/"),
        ("", "/en/"),
        ("@@@;q=abc,,,", "/en/"),
    ],
)
def test_root_sends_the_visitor_to_the_best_language(client, header, expected):
    response = client.get("/", headers={"accept-language": header})
    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Accept-Language" in response["Vary"]


def test_link_checkers_may_ask_for_the_root_with_head(client):
    response = client.head("/", headers={"accept-language": "ja"})
    assert response.status_code == 302 and response["Location"] == "/ja/"


def test_easy_japanese_is_a_language_of_its_own():
    info = get_language_info(EASY)
    assert info["name_local"] == "やさしい日本語"
    assert bcp47(EASY) == "ja-x-easy"


def test_sitemap_lists_every_page_in_every_language_with_alternates(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    urls = {url.find("s:loc", ns).text: url for url in root.findall("s:url", ns)}
    for code, path in every_page_path():
        location = f"http://testserver{path}"
        assert location in urls, f"{location} is not in the sitemap"
        hreflangs = {link.get("hreflang") for link in urls[location].findall("x:link", ns)}
        assert hreflangs == set(BCP47.values())


def test_no_pending_migrations():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_furigana_switch_remembers_the_choice_and_refuses_foreign_redirects(client):
    response = client.get("/furigana", {"show": "0", "next": "/ja-easy/"})
    assert response.status_code == 303
    assert response["Location"] == "/ja-easy/"
    assert response.cookies["furigana"].value == "0"
    page = client.get("/ja-easy/").content.decode()
    assert 'class="ja furigana-off"' in page
    assert client.get("/furigana", {"show": "1", "next": "https://evil.example/"})["Location"] == "/"


def test_easy_japanese_shows_furigana_by_default_and_japanese_offers_them(client):
    assert 'class="ja furigana-on"' in client.get("/ja-easy/").content.decode()
    standard = client.get("/ja/").content.decode()
    assert 'class="ja furigana-off"' in standard
    assert "<rt>" in standard and "data-furigana-switch" in standard
    assert "data-furigana-switch" not in client.get("/en/").content.decode()


def test_health_check_does_not_touch_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert client.get("/healthz").status_code == 200


def test_staff_previewing_drafts_are_told_so_and_keep_previewing_in_other_languages(client, admin_user):
    client.force_login(admin_user)
    page = client.get("/en/qa/?preview=1").content.decode()
    assert 'class="preview-banner"' in page
    hrefs = {a.get("href") for a in elements(page, "a")}
    assert {"/ja/qa/?preview=1", "/ja-easy/qa/?preview=1"} <= hrefs
    assert 'class="preview-banner"' not in client.get("/en/qa/").content.decode()
    client.logout()
    assert 'class="preview-banner"' not in client.get("/en/qa/?preview=1").content.decode()
