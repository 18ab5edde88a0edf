""""Show at the counter" pages, robots.txt and the sitemap entries of the new pages."""
import re

import pytest
from django.urls import reverse
from django.utils.translation import override

from portal.cards.models import CardItem
from portal.languages import CODES, JA, bcp47
from portal.procedures.models import Procedure
from tests.pages import elements, visible_text

pytestmark = pytest.mark.django_db


def _url(name, code, **kwargs):
    with override(code):
        return reverse(name, kwargs=kwargs)


@pytest.mark.parametrize("code", CODES)
def test_counter_pages_show_the_official_term_large_with_its_reading(client, code):
    cards = [("sharing-counter-procedure", p) for p in Procedure.objects.published()]
    cards += [("sharing-counter-item", i) for i in CardItem.objects.published()]
    assert len(cards) >= 20
    for name, obj in cards:
        response = client.get(_url(name, code, key=obj.key))
        assert response.status_code == 200, obj.key
        page = response.content.decode()
        assert f'<html lang="{bcp47(code)}"' in page
        assert len(re.findall(r"<h1[\s>]", page)) == 1
        field = "name" if isinstance(obj, Procedure) else "label"
        term = re.search(r'<div class="counter-card" lang="ja">(.*?)</div>', page, re.S).group(1)
        assert f'<p class="counter-term">{obj.source_text(field, JA)}</p>' in term
        assert obj.reading and f'<p class="counter-reading">{obj.reading}</p>' in term
        if code == "en":
            assert obj.source_text(field, "en") in visible_text(page)


def test_counter_index_links_every_procedure_and_item_and_is_linked_from_apply_and_cards(client):
    for code in CODES:
        index = _url("sharing-counter-index", code)
        page = client.get(index).content.decode()
        hrefs = {a.get("href") for a in elements(page, "a")}
        for procedure in Procedure.objects.published():
            assert _url("sharing-counter-procedure", code, key=procedure.key) in hrefs
        for item in CardItem.objects.published():
            assert _url("sharing-counter-item", code, key=item.key) in hrefs
        for source in ("procedures:apply", "cards:comparison"):
            linking = client.get(_url(source, code)).content.decode()
            assert index in {a.get("href") for a in elements(linking, "a")}


def test_unknown_counter_keys_are_not_found(client):
    assert client.get("/en/counter/procedure/no-such-thing/").status_code == 404
    assert client.get("/ja-easy/counter/item/no-such-thing/").status_code == 404


def test_robots_allows_all_points_to_the_sitemap_and_does_not_reveal_the_admin(client, settings):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Allow: /" in lines
    # The admin's address is configurable so that it need not be public: robots.txt must not name it.
    assert settings.ADMIN_URL.strip("/") not in response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_sitemap_lists_the_topic_sheets_and_counter_pages(client):
    """Needs the entries proposed for portal/core/sitemaps.py (see the report)."""
    sitemap = client.get("/sitemap.xml").content.decode()
    for code in CODES:
        for path in (_url("sharing-counter-index", code), _url("sharing-topic-sheet", code, slug="basics"),
                     _url("sharing-counter-item", code, key="name"),
                     _url("sharing-counter-procedure", code, key="permanent-residence")):
            assert f"http://testserver{path}</loc>" in sitemap, path
