"""Each tool in a real Chromium on phone-sized screens (390px, and 320px, the narrowest phones still in
use), used the way a reader uses it."""
import pytest
from portal.languages import CODES

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PHONE = {"width": 390, "height": 844}
SMALL_PHONE = {"width": 320, "height": 640}
PHONES = [PHONE, SMALL_PHONE]
MIN_TARGET = 24  # WCAG 2.2 target size (minimum), in CSS pixels


def fits_the_screen(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def text_lines(page, selector: str) -> int:
    """How many lines the visible text of an element takes (furigana readings not counted)."""
    return page.evaluate(
        """(selector) => {
            const element = document.querySelector(selector);
            const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
            const tops = new Set();
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                if (node.parentElement.closest('rt, rp') || !node.textContent.trim()) continue;
                const range = document.createRange();
                range.selectNodeContents(node);
                for (const rect of range.getClientRects()) if (rect.width > 0) tops.add(Math.round(rect.top));
            }
            return tops.size;
        }""",
        selector,
    )


def box(page, selector: str) -> dict:
    return page.locator(selector).first.bounding_box()


@pytest.mark.parametrize("viewport", PHONES, ids=["390px", "320px"])
def test_search_from_the_header(live_server, page, viewport):
    page.set_viewport_size(viewport)
    page.goto(live_server.url + "/ja/")
    page.locator("header [role=search]").get_by_role("searchbox").fill("zairyū")
    page.keyboard.press("Enter")
    page.wait_for_url("**/ja/tools/search/?q=*")
    assert page.locator(".results li").count() > 0
    assert page.locator(".results mark").first.is_visible()
    assert page.locator("#q").input_value() == "zairyū"
    assert fits_the_screen(page)


def fill_date(page, field: str, year: str, month: str, day: str) -> None:
    """Type a date into the year, month and day boxes of "My dates" (field: stay or card)."""
    for part, value in (("year", year), ("month", month), ("day", day)):
        page.locator(f"#id_{field}_{part}").fill(value)


def test_the_header_search_fits_every_phone_in_every_language(live_server, page):
    """The search row never widens the page, its button keeps its word on one line (検索 used to
    break in two at 390px), and the box and the button stay at least 24 by 24 pixels."""
    problems = []
    for viewport in PHONES:
        page.set_viewport_size(viewport)
        for code in CODES:
            for path in ["", "qa/", "cards/", "tools/", "tools/search/?q=kado", "tools/which-option/", "tools/my-dates/"]:
                where = f"{viewport['width']}px /{code}/{path}"
                page.goto(f"{live_server.url}/{code}/{path}")
                if not fits_the_screen(page):
                    problems.append(f"{where}: scrolls sideways")
                if text_lines(page, "header .site-search button") != 1:
                    problems.append(f"{where}: the search button wraps")
                for part in ("header .site-search input[type=search]", "header .site-search button"):
                    rect = box(page, part)
                    if rect["width"] < MIN_TARGET or rect["height"] < MIN_TARGET:
                        problems.append(f"{where}: {part} is {rect['width']}x{rect['height']}")
                    if rect["x"] < 0 or rect["x"] + rect["width"] > viewport["width"]:
                        problems.append(f"{where}: {part} is off the screen")
    assert problems == [], "\n".join(problems)


def test_search_in_english_with_no_results(live_server, page):
    for viewport in PHONES:
        page.set_viewport_size(viewport)
        page.goto(live_server.url + "/en/tools/search/?q=qwertyuiop")
        assert page.get_by_text("Nothing matched your search").is_visible()
        assert page.locator(".topics a").count() > 1
        assert fits_the_screen(page)


@pytest.mark.parametrize("code", CODES)
def test_chooser(live_server, page, code):
    page.set_viewport_size(PHONE)
    page.goto(f"{live_server.url}/{code}/tools/which-option/")
    page.locator("input[name=status][value=mid_long]").check()
    page.locator("input[name=procedure][value=no]").check()
    page.locator("input[name=my_number][value=no]").check()
    page.locator(".tool-form button.primary").click()
    page.wait_for_selector("#outcome")
    first = page.locator(".choice").first
    assert first.inner_text().startswith("(c)") and "suggested" in first.get_attribute("class")
    assert first.locator(".fit:not(.possible)").count() == 1  # "Fits what you told us"
    assert page.locator(".points a[href*='/qa/27/']").count() == 1
    assert "mid_long" not in page.url and "my_number" not in page.url  # the answers stay out of the address
    assert page.locator("input[name=my_number][value=no]").is_checked()
    assert fits_the_screen(page)
    page.set_viewport_size(SMALL_PHONE)
    assert fits_the_screen(page)


def test_chooser_without_javascript(live_server, browser):
    context = browser.new_context(java_script_enabled=False, viewport=SMALL_PHONE)
    try:
        page = context.new_page()
        page.goto(f"{live_server.url}/ja-easy/tools/which-option/")
        page.locator("input[name=status][value=special_permanent]").check()
        page.locator("input[name=procedure][value=unsure]").check()
        page.locator("input[name=my_number][value=yes]").check()
        page.locator(".tool-form button.primary").click()
        page.wait_for_selector("#outcome")
        assert page.locator(".choice").first.inner_text().startswith("(a)")
        assert page.url.split("#")[0].endswith("/ja-easy/tools/which-option/")
        assert fits_the_screen(page)
    finally:
        context.close()


@pytest.mark.parametrize("viewport", PHONES, ids=["390px", "320px"])
def test_my_dates_and_its_calendar_file(live_server, page, viewport):
    page.set_viewport_size(viewport)
    page.goto(live_server.url + "/en/tools/my-dates/")
    fill_date(page, "stay", "2028", "5", "31")
    page.get_by_role("button", name="Show my dates").click()
    assert page.get_by_text("1 March 2028 (Wednesday)").is_visible()
    assert page.get_by_text("31 July 2028 (Monday)").is_visible()
    assert "my-dates" in page.url and "2028" not in page.url  # the dates never go into the address
    with page.expect_download() as download:
        page.get_by_role("button", name="Download these dates for your calendar (.ics)").click()
    assert download.value.suggested_filename == "my-dates.ics"
    assert fits_the_screen(page)


def test_my_dates_from_the_card_expiry_alone(live_server, page):
    page.set_viewport_size(SMALL_PHONE)
    page.goto(live_server.url + "/ja/tools/my-dates/")
    fill_date(page, "card", "2031", "3", "31")
    page.locator("button.primary").click()
    assert page.locator(".error-summary").count() == 0
    assert page.locator("#my-dates time").count() == 1
    assert page.locator("#my-dates time").get_attribute("datetime") == "2031-03-31"
    assert fits_the_screen(page)


def test_my_dates_refuses_an_impossible_date(live_server, page):
    page.set_viewport_size(SMALL_PHONE)
    page.goto(live_server.url + "/ja-easy/tools/my-dates/")
    fill_date(page, "stay", "2027", "2", "31")
    page.locator("button.primary").click()
    assert page.locator(".error-summary").is_visible()
    assert page.locator("#id_stay_day").input_value() == "31"
    assert fits_the_screen(page)
