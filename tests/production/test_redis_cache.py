"""The page cache on a real Redis server (CACHE_URL): hits skip the database, saves show at once, and a
Redis that goes away mid-run costs speed, not errors."""
import os
import shutil
import socket
import subprocess
import time

import pytest
from django.test import override_settings

from portal.qa.models import Question

pytestmark = pytest.mark.django_db


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def redis_url(tmp_path):
    server = shutil.which("redis-server")
    if not server:
        if os.environ.get("CI"):
            pytest.fail("redis-server is missing on CI")
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    port = _free_port()
    process = subprocess.Popen(
        [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", str(tmp_path)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.05)
        yield process, f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)


def redis_caches(url):
    return {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url,
                        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5}}}


def test_pages_are_cached_in_redis_and_fresh_after_a_save(client, redis_url, django_assert_num_queries):
    _process, url = redis_url
    question = Question.objects.published().order_by("number").first()
    path = f"/en/qa/{question.number}/{question.slug}/"
    with override_settings(CACHES=redis_caches(url)):
        assert client.get(path).status_code == 200
        with django_assert_num_queries(0):
            assert client.get(path).status_code == 200
        question.answer_en = "Cached in Redis, then changed."
        question.save()
        assert "Cached in Redis, then changed." in client.get(path).content.decode()


def test_pages_are_served_when_redis_goes_away(client, redis_url):
    process, url = redis_url
    with override_settings(CACHES=redis_caches(url)):
        assert client.get("/en/cards/").status_code == 200
        process.terminate()
        process.wait(timeout=10)
        for path in ("/en/cards/", "/ja-easy/", "/en/qa/"):
            assert client.get(path).status_code == 200
