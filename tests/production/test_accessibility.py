"""Accessibility in a real browser: axe-core (WCAG 2.2 AA) on every page of the sitemap in every language,
and keyboard use of the skip link, focus, the furigana switch and the language switcher."""
import re
import xml.etree.ElementTree as ET

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils.translation import gettext, override

from portal.languages import CODES, LANGUAGES

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]},
    "resultTypes": ["violations"],
}


def _sitemap_paths(page, base_url: str) -> list[str]:
    response = page.request.get(base_url + "/sitemap.xml")
    assert response.ok
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locations = [loc.text for loc in ET.fromstring(response.body()).findall("s:url/s:loc", namespace)]
    return [re.sub(r"^https?://[^/]+", "", location) for location in locations]


def _describe(path: str, violation: dict) -> list[str]:
    return [
        f"{path}: {violation['id']} ({violation.get('impact')}): {violation['help']} at {node['target']}: {node['html'][:160]}"
        for node in violation["nodes"]
    ]


def test_every_page_in_every_language_has_no_axe_violations(live_server, page):
    """One browser page walks the whole sitemap (and the error pages) to keep the suite fast."""
    paths = _sitemap_paths(page, live_server.url)
    assert len(paths) >= 3 * 8, "the sitemap lists too few pages: is the content loaded?"
    paths += [f"/{code}/no-such-page/" for code in CODES]
    axe = Axe()
    problems = []
    for path in paths:
        page.goto(live_server.url + path)
        results = axe.run(page, options=AXE_OPTIONS)
        for violation in results.response["violations"]:
            problems += _describe(path, violation)
    assert problems == [], "\n".join(problems)


def _focused(page) -> dict:
    return page.evaluate(
        """() => {
            const el = document.activeElement;
            const style = getComputedStyle(el);
            return {tag: el.tagName, id: el.id, cls: el.className, text: el.textContent.trim(),
                    outline: style.outlineStyle, outlineWidth: parseFloat(style.outlineWidth) || 0};
        }"""
    )


def test_keyboard_reaches_the_skip_link_first_and_focus_is_always_visible(live_server, page):
    """Each language: Tab lands on the skip link, Enter moves focus to <main>, every header stop shows focus."""
    for code in CODES:
        page.goto(f"{live_server.url}/{code}/")
        page.keyboard.press("Tab")
        first = _focused(page)
        assert first["tag"] == "A" and "skip" in first["cls"], (code, first)
        assert first["outline"] != "none" and first["outlineWidth"] >= 2, f"{code}: focus not visible on the skip link"
        assert page.locator("a.skip").is_visible()
        page.keyboard.press("Enter")
        assert _focused(page)["id"] == "main", code
    page.goto(f"{live_server.url}/ja/")
    for _stop in range(20):
        page.keyboard.press("Tab")
        focused = _focused(page)
        assert focused["tag"] in {"A", "BUTTON", "INPUT", "SELECT", "TEXTAREA", "SUMMARY"}, focused
        assert focused["outline"] != "none" and focused["outlineWidth"] >= 2, f"no visible focus on {focused}"


def test_the_furigana_switch_and_the_language_switcher_are_named_real_controls(live_server, page):
    page.goto(f"{live_server.url}/ja/")
    with override("ja"):
        name = gettext("Furigana")
    switch = page.get_by_role("button", name=name)
    assert switch.count() == 1
    assert switch.evaluate("element => element.tagName") == "BUTTON"
    assert switch.get_attribute("aria-pressed") == "false"
    for _stop in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.hasAttribute('data-furigana-switch')"):
            break
    else:
        pytest.fail("the furigana switch cannot be reached with Tab")
    page.keyboard.press("Enter")
    assert switch.get_attribute("aria-pressed") == "true"
    assert "furigana-on" in page.evaluate("() => document.documentElement.className")

    for code in CODES:
        page.goto(f"{live_server.url}/{code}/qa/")
        with override(code):
            label = gettext("Language")
        switcher = page.get_by_role("navigation", name=label)
        assert switcher.count() == 1, code
        for other, language_name in LANGUAGES:
            link = switcher.get_by_role("link", name=language_name, exact=True)
            assert link.count() == 1, (code, language_name)
            assert link.get_attribute("href") == f"/{other}/qa/"
        assert switcher.locator("[aria-current=page]").inner_text().strip() == dict(LANGUAGES)[code]
