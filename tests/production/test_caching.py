"""The public page cache: validators for browsers, no database on a hit, fresh after a save, and pages
still served when the cache server fails."""
import os
import subprocess
import sys

import pytest
from django.core.cache import cache
from django.core.cache.backends.base import BaseCache
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils.translation import override

from portal.core import pagecache
from portal.qa.models import Question

pytestmark = pytest.mark.django_db


class RaisingCache(BaseCache):
    """A cache server that is down: every call raises, as a lost Redis connection would."""

    def __init__(self, location, params):
        super().__init__(params)

    def _down(self, *args, **kwargs):
        raise ConnectionError("cache server unreachable")

    add = get = set = touch = delete = clear = get_many = set_many = delete_many = has_key = _down
    incr = decr = get_or_set = _down


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


def _question():
    return Question.objects.published().order_by("number").first()


def test_public_page_has_validators_and_revalidates(client):
    response = client.get("/en/qa/")
    assert response.status_code == 200
    assert response["ETag"]
    assert "Cookie" in [part.strip() for part in response["Vary"].split(",")]
    cache_control = response["Cache-Control"]
    assert "max-age=0" in cache_control and "must-revalidate" in cache_control and "public" in cache_control
    again = client.get("/en/qa/", headers={"if-none-match": response["ETag"]})
    assert again.status_code == 304
    assert again.content == b""


def test_second_request_is_served_without_the_database(client, django_assert_num_queries):
    path = _question().get_absolute_url()
    first = client.get(path)
    assert first.status_code == 200
    with django_assert_num_queries(0):
        second = client.get(path)
    assert second.status_code == 200
    assert second.content == first.content


def test_each_language_and_furigana_choice_is_cached_apart(client):
    english = client.get("/en/").content
    japanese = client.get("/ja/").content
    assert english != japanese
    client.cookies["furigana"] = "1"
    with_readings = client.get("/ja/").content
    assert 'furigana-on' in with_readings.decode() and with_readings != japanese


def test_saving_a_published_question_shows_at_once(client):
    question = _question()
    with override("en"):
        path = question.get_absolute_url()
    before = client.get(path)
    assert before.status_code == 200
    marker = "Freshly edited question wording 4711"
    question.question_en = marker
    question.save()
    after = client.get(path)
    assert marker in after.content.decode()
    assert after["ETag"] != before["ETag"]


def test_unpublishing_a_question_removes_it_at_once(client):
    question = _question()
    with override("en"):
        path = question.get_absolute_url()
    assert client.get(path).status_code == 200
    question.state = "draft"
    question.save()
    assert client.get(path).status_code == 404


def test_pages_answer_when_the_cache_server_is_down(client):
    paths = ["/en/", "/ja/qa/", "/ja-easy/cards/", _question().get_absolute_url(), "/healthz"]
    with override_settings(CACHES={"default": {"BACKEND": f"{__name__}.RaisingCache"}}):
        for path in paths:
            assert client.get(path).status_code == 200, path


def test_signed_in_editors_are_never_served_the_public_copy(client, admin_user):
    client.get("/en/")
    client.force_login(admin_user)
    response = client.get("/en/")
    assert response.status_code == 200
    assert "public" not in response.get("Cache-Control", "")


def test_a_save_in_another_worker_process_reaches_this_workers_cached_pages(client, settings):
    """gunicorn runs several workers, each with its own local-memory cache: a save made in one of them
    must not leave the others serving their old copies."""
    path = _question().get_absolute_url()
    first = client.get(path)
    assert client.get(path)["ETag"] == first["ETag"]  # cached here
    cached_version = pagecache.content_version()
    # Another worker saves content: it bumps the version the way every save does.
    subprocess.run(
        [sys.executable, "manage.py", "shell", "-c",
         "from portal.core.pagecache import bump_content_version; bump_content_version()"],
        cwd=settings.BASE_DIR, check=True, capture_output=True,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "portal.test_settings",
             "PAGECACHE_STAMP": settings.PAGECACHE_STAMP},
    )
    assert pagecache.content_version() != cached_version
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    assert len(queries) > 0, "served the copy cached before the other worker's save"


def test_a_save_bumps_the_version_again_when_its_transaction_commits(django_capture_on_commit_callbacks):
    question = _question()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        question.save()
        during = pagecache.content_version()
    for callback in callbacks:
        callback()
    assert pagecache.content_version() != during


def test_the_etag_of_a_compressed_page_is_the_same_in_every_worker(client):
    """gzip pads each compression at random; the ETag must come from the page, not from those bytes."""
    path = "/en/qa/"
    first = client.get(path, headers={"accept-encoding": "gzip"})
    assert first["Content-Encoding"] == "gzip"
    cache.clear()  # another worker: renders and compresses the page again
    second = client.get(path, headers={"accept-encoding": "gzip"})
    assert first.content != second.content  # different padding
    assert first["ETag"] == second["ETag"]
    assert client.get(path, headers={"accept-encoding": "gzip", "if-none-match": first["ETag"]}).status_code == 304


def test_unknown_query_parameters_neither_fill_the_cache_nor_change_the_page(client):
    with override("ja"):  # Japanese pages carry the furigana switch, whose form returns to the page
        path = _question().get_absolute_url()
    plain = client.get(path)
    with CaptureQueriesContext(connection) as queries:
        shared = client.get(path + "?fbclid=IwAR0abc&utm_source=line")
    assert len(queries) == 0, "a tracking parameter made the page render again"
    assert shared.content == plain.content
    assert 'name="next" value="%s"' % path in shared.content.decode()
