"""The reader's furigana switch in a real Chromium: hides and shows readings, remembered across reloads."""
import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def readings_visible(page) -> bool:
    return page.locator("main rt").first.is_visible()


def switch(page):
    return page.locator("[data-furigana-switch]")


def test_the_switch_hides_and_shows_readings_and_the_choice_survives_a_reload(live_server, page):
    page.goto(f"{live_server.url}/ja-easy/qa/")
    assert readings_visible(page), "easy Japanese shows readings by default"
    assert switch(page).get_attribute("aria-pressed") == "true"
    switch(page).click()
    assert not readings_visible(page)
    assert switch(page).get_attribute("aria-pressed") == "false"
    page.reload()
    assert not readings_visible(page)
    switch(page).click()
    assert readings_visible(page)
    page.goto(f"{live_server.url}/ja/qa/")
    assert readings_visible(page), "the choice carries over to standard Japanese pages"


def test_the_switch_works_without_javascript(live_server, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/ja/")
    assert not readings_visible(page), "standard Japanese hides readings by default"
    switch(page).click()
    page.wait_for_load_state()
    assert page.url.endswith("/ja/")
    assert readings_visible(page)
    page.goto(f"{live_server.url}/ja/cards/")
    assert readings_visible(page)
    context.close()


def test_the_switch_stays_within_reach_while_scrolling(live_server, page):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/ja-easy/cards/")
    page.mouse.wheel(0, 4000)
    page.wait_for_timeout(100)
    box = switch(page).bounding_box()
    assert box is not None and 0 <= box["y"] < 844
