import os
import shutil

# Playwright's sync API runs an event loop in the test thread; Django's ORM refuses that without this.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

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
def _content_for_transactional_tests(request, django_db_blocker):
    """live_server tests flush the database when they end; the next one loads the content again.

    pytest-django runs transactional tests after all others, so only they can find the tables empty.
    """
    if {"transactional_db", "live_server"} & set(request.fixturenames):
        from portal.qa.models import Question

        with django_db_blocker.unblock():
            if not Question.objects.exists():
                call_command("load_content", verbosity=0)
    yield
