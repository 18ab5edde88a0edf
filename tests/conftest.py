import os
import shutil

import pytest
from django.core.management import call_command

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test database starts with the real content, loaded the way `make run` loads it."""
    with django_db_blocker.unblock():
        call_command("load_content", verbosity=0)


@pytest.fixture(scope="session")
def browser_type_launch_args():
    if not shutil.which(CHROMIUM) and not os.environ.get("REQUIRE_BROWSER"):
        pytest.skip("Chromium is not installed (apt-get install chromium); CI sets REQUIRE_BROWSER=1")
    return {
        "executable_path": CHROMIUM,
        "args": ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"],
    }


@pytest.fixture(autouse=True)
def _allow_live_server_with_sync_playwright(monkeypatch):
    # Playwright's sync API runs an event loop in the test thread; Django's ORM refuses that without this.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(autouse=True)
def _content_survives_transactional_tests(request, django_db_blocker):
    """A live_server test flushes the database when it ends; load the content again for the tests after it.

    Autouse fixtures are set up first and torn down last, so this runs after the flush.
    """
    yield
    if {"transactional_db", "live_server"} & set(request.fixturenames):
        with django_db_blocker.unblock():
            call_command("load_content", verbosity=0)
