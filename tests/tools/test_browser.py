"""Each tool in a real Chromium on a phone-sized screen, used the way a reader uses it."""
import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PHONE = {"width": 390, "height": 844}


def fits_the_screen(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_search_from_the_header(live_server, page):
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/ja/")
    page.locator("header [role=search]").get_by_role("searchbox").fill("zairyū")
    page.keyboard.press("Enter")
    page.wait_for_url("**/ja/tools/search/?q=*")
    assert page.locator(".results li").count() > 0
    assert page.locator(".results mark").first.is_visible()
    assert page.locator("#q").input_value() == "zairyū"
    assert fits_the_screen(page)


def test_search_in_english_with_no_results(live_server, page):
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/en/tools/search/?q=qwertyuiop")
    assert page.get_by_text("Nothing matched your search").is_visible()
    assert page.locator(".topics a").count() > 1


def test_chooser(live_server, page):
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/en/tools/which-option/")
    page.get_by_label("I have a residence card (I am a mid- to long-term resident)").check()
    page.get_by_role("group", name="Is a procedure at immigration coming up for you?").get_by_label("No", exact=True).check()
    page.get_by_label("No, and I do not want to").check()
    page.get_by_role("button", name="Show my options").click()
    first = page.locator(".choice").first
    assert "(c)" in first.inner_text() and "Fits what you told us" in first.inner_text()
    assert page.locator(".points a[href*='/qa/27/']").count() == 1
    assert fits_the_screen(page)


def test_my_dates_and_its_calendar_file(live_server, page):
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/en/tools/my-dates/")
    page.locator("#id_stay_year").fill("2028")
    page.locator("#id_stay_month").fill("5")
    page.locator("#id_stay_day").fill("31")
    page.get_by_role("button", name="Show my dates").click()
    assert page.get_by_text("29 February 2028 (Tuesday)").is_visible()
    assert "my-dates" in page.url and "2028" not in page.url  # the dates never go into the address
    with page.expect_download() as download:
        page.get_by_role("button", name="Download these dates for your calendar (.ics)").click()
    assert download.value.suggested_filename == "my-dates.ics"
    assert fits_the_screen(page)


def test_my_dates_refuses_an_impossible_date(live_server, page):
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/ja-easy/tools/my-dates/")
    page.locator("#id_stay_year").fill("2027")
    page.locator("#id_stay_month").fill("2")
    page.locator("#id_stay_day").fill("31")
    page.locator("button.primary").click()
    assert page.locator(".error-summary").is_visible()
    assert page.locator("#id_stay_day").input_value() == "31"
    assert fits_the_screen(page)
