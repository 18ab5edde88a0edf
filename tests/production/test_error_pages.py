"""Error pages: friendly, in the visitor's language, and the 500 page without the database."""
import re

import pytest
from django.test import Client, RequestFactory
from django.utils.translation import gettext, override

import portal.test_settings
from portal.core import errors
from portal.languages import bcp47
from tests.pages import elements, visible_text
from tests.production.wiring import CSRF_FAILURE_VIEW, unwired_handlers


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _shows(page: str, msgid: str, code: str) -> bool:
    """The page's visible text carries msgid as translated into code (ruby readings left out)."""
    with override(code):
        wanted = gettext(msgid)
    return _squeeze(wanted) in _squeeze(visible_text(page))


def test_error_handlers_are_wired():
    """portal/urls.py names our handlers and settings our CSRF failure view (the lead wires them)."""
    assert unwired_handlers() == []
    assert getattr(portal.test_settings, "CSRF_FAILURE_VIEW", None) == CSRF_FAILURE_VIEW


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "accept_language", "code"),
    [
        ("/en/no-such-page/", "ja", "en"),
        ("/ja/no-such-page/", "en", "ja"),
        ("/ja-easy/no-such-page/", "en", "ja-easy"),
        ("/en/qa/9999/", "", "en"),
        ("/no-such-page", "ja-JP,ja;q=0.9", "ja"),
        ("/xx/", "", "en"),
        ("/ja-EASY/", "ja", "ja"),
    ],
)
def test_404_speaks_the_language_of_the_prefix_or_the_browser(client, path, accept_language, code):
    response = client.get(path, headers={"accept-language": accept_language})
    assert response.status_code == 404
    page = response.content.decode()
    assert f'<html lang="{bcp47(code)}"' in page
    assert len(re.findall(r"<h1[\s>]", page)) == 1
    assert _shows(page, "Page not found", code)
    with override(code):
        from django.urls import reverse

        links = {a.get("href") for a in elements(page, "a")}
        assert {reverse("pages:home"), reverse("qa:index")} <= links
    assert response["Cache-Control"] == "no-store"


@pytest.mark.django_db
def test_error_pages_name_each_other_language_in_itself(client):
    page = client.get("/ja/no-such-page/").content.decode()
    names = {visible_text(match).strip() for match in re.findall(r'lang="(?:en|ja-x-easy)">(.*?)</a>', page)}
    assert names == {"English", "やさしい日本語"}


def test_500_renders_without_the_database_or_context_processors():
    """No django_db mark: any query would raise, and the fallback text would show instead of the template."""
    request = RequestFactory().get("/ja-easy/anything/")
    response = errors.server_error(request)
    page = response.content.decode()
    assert response.status_code == 500
    assert '<html lang="ja-x-easy"' in page
    assert 'class="skip"' in page, "the template failed and the last-resort text was served"
    assert _shows(page, "Server error", "ja-easy")


def test_500_falls_back_to_a_fixed_page_when_its_template_fails(monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("template engine down")

    monkeypatch.setattr(errors.loader, "render_to_string", broken)
    response = errors.server_error(RequestFactory().get("/en/"))
    assert response.status_code == 500
    assert response.content.decode() == errors.LAST_RESORT_500


@pytest.mark.django_db
def test_an_exception_in_a_view_gives_the_friendly_500(settings):
    settings.ROOT_URLCONF = "tests.production.urls_failing"
    client = Client(raise_request_exception=False)
    response = client.get("/en/boom/")
    assert response.status_code == 500
    assert _shows(response.content.decode(), "Server error", "en")


@pytest.mark.django_db
def test_400_on_a_foreign_host_header_is_friendly(client):
    response = client.get("/en/", headers={"host": "evil.example"})
    assert response.status_code == 400
    assert _shows(response.content.decode(), "Bad request", "en")


def test_403_page_is_friendly():
    request = RequestFactory().get("/ja/private/")
    response = errors.permission_denied(request, PermissionError())
    assert response.status_code == 403
    page = response.content.decode()
    assert '<html lang="ja"' in page
    assert _shows(page, "Access denied", "ja")


@pytest.mark.django_db
@pytest.mark.parametrize(("path", "code"), [("/en/", "en"), ("/ja-easy/qa/", "ja-easy")])
def test_post_without_csrf_token_gets_the_friendly_403(path, code):
    client = Client(enforce_csrf_checks=True)
    response = client.post(path, {"anything": "1"})
    assert response.status_code == 403
    page = response.content.decode()
    assert f'<html lang="{bcp47(code)}"' in page
    assert _shows(page, "The form could not be sent", code)


def test_error_language_prefers_our_prefix_then_accept_language():
    factory = RequestFactory()
    assert errors.error_language(factory.get("/ja-easy/x")) == "ja-easy"
    assert errors.error_language(factory.get("/en")) == "en"
    assert errors.error_language(factory.get("/fr/", headers={"accept-language": "ja"})) == "ja"
    assert errors.error_language(factory.get("/", headers={"accept-language": ";;;q=zz"})) == "en"
