"""What a reader sees before doing anything: nothing of the hidden skip link, on phones and in every
language (ruby makes it taller on Japanese pages), until the keyboard reaches it."""
import pytest

from portal.languages import CODES

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("width", [320, 390])
def test_the_skip_link_is_wholly_off_screen_until_focused(live_server, page, width):
    page.set_viewport_size({"width": width, "height": 700})
    for code in CODES:
        page.goto(f"{live_server.url}/{code}/")
        box = page.locator("a.skip").bounding_box()
        assert box["y"] + box["height"] <= 0, (code, box)
        page.keyboard.press("Tab")
        focused = page.locator("a.skip").bounding_box()
        assert focused["y"] >= 0, (code, focused)
