import pytest
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
CSS = open("static/css/site.css").read() + open("static/css/tools.css").read()

def test_shots(live_server, page):
    page.route("**/static/css/site.css", lambda route: route.fulfill(body=CSS, content_type="text/css"))
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + "/ja-easy/tools/which-option/?status=mid_long&procedure=no&my_number=no#outcome")
    page.screenshot(path="/tmp/tools_shots/chooser_easy.png")
    page.goto(live_server.url + "/ja-easy/tools/my-dates/")
    page.locator("#id_stay_year").fill("2027"); page.locator("#id_stay_month").fill("5"); page.locator("#id_stay_day").fill("31")
    page.locator("button.primary").click()
    page.locator("#my-dates").scroll_into_view_if_needed()
    page.screenshot(path="/tmp/tools_shots/dates_easy.png")
