"""QR codes: decoded from pixels, they give each page's own absolute address; bad input is refused."""
import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils.translation import override
from hypothesis import HealthCheck, given, settings, strategies as st

from portal.qa.models import Topic
from tests.pages import elements, every_page_path
from tests.sharing.helpers import decode_qr_svg

pytestmark = pytest.mark.django_db


def _qr_src(page: str) -> str:
    sources = [img["src"] for img in elements(page, "img") if img.get("src", "").startswith("/qr.svg?")]
    assert len(sources) == 1, sources
    return sources[0]


def test_every_page_shows_a_qr_code_that_decodes_to_its_own_address(client):
    pages = every_page_path()
    assert len(pages) >= 100
    for _code, path in pages:
        page = client.get(path).content.decode()
        response = client.get(_qr_src(page).replace("&amp;", "&"))
        assert response.status_code == 200
        assert response["Content-Type"] == "image/svg+xml"
        assert decode_qr_svg(response.content) == [f"http://testserver{path}"], path


def test_topic_sheet_qr_decodes_to_the_topic_page_in_the_sheets_language(client):
    topic = Topic.objects.published().first()
    for code in ("ja", "en", "ja-easy"):
        with override(code):
            sheet, topic_path = reverse("sharing-topic-sheet", kwargs={"slug": topic.slug}), topic.get_absolute_url()
        page = client.get(sheet).content.decode()
        svg = client.get(_qr_src(page)).content
        assert decode_qr_svg(svg) == [f"http://testserver{topic_path}"]
        assert f"http://testserver{topic_path}" in page


def test_qr_uses_the_host_the_page_was_served_from(client, settings):
    settings.ALLOWED_HOSTS = ["card.example.jp"]
    cache.clear()  # the page cache keys on the path only (one host in production)
    response = client.get("/qr.svg", {"path": "/en/qa/"}, HTTP_HOST="card.example.jp", secure=True)
    assert decode_qr_svg(response.content) == ["https://card.example.jp/en/qa/"]


def test_qr_is_cache_friendly(client):
    response = client.get("/qr.svg", {"path": "/ja/"})
    assert "public" in response["Cache-Control"]
    again = client.get("/qr.svg", {"path": "/ja/"}, headers={"if-none-match": response["ETag"]})
    assert again.status_code == 304


@pytest.mark.parametrize("bad", [
    None, "", "en/qa/", "//evil.example/", "http://evil.example/", "/\\evil.example", "/nope/", "/en/nope/",
    "/admin/", "/admin/login/", "/en/../admin/", "/en/qa/?x=1", "/en/qa/#x", "/" + "a" * 400, "/\x00", "/日本/",
    "/q/1\n", "javascript:alert(1)",
])
def test_bad_paths_get_a_plain_400_in_three_languages(client, bad):
    response = client.get("/qr.svg", {} if bad is None else {"path": bad})
    assert response.status_code == 400
    text = response.content.decode()
    assert "This is not a page of this site." in text and "ページではありません" in text and "ページでは ありません" in text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=120))
def test_no_input_makes_the_qr_endpoint_fail(client, text):
    assert client.get("/qr.svg", {"path": text}).status_code in (200, 400)
    assert client.get("/qr.svg", {"path": "/" + text}).status_code in (200, 400)
