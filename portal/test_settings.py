"""Settings for the test suite (chosen by DJANGO_SETTINGS_MODULE in pytest.ini)."""
import os
import tempfile

os.environ.setdefault("DJANGO_SECRET_KEY", "tests-only-not-secret")
os.environ.setdefault("DJANGO_SECURE_SSL_REDIRECT", "0")
os.environ.setdefault("DJANGO_SECURE_COOKIES", "0")

from portal.settings import *  # noqa: E402,F403

# The manifest storage's hashed names 404 under live_server (shared/ENVIRONMENT.md).
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
SECURE_HSTS_SECONDS = 0
# Each test run has its own page-cache stamp, apart from any server running from this checkout.
PAGECACHE_STAMP = os.environ.get("PAGECACHE_STAMP") or os.path.join(
    tempfile.gettempdir(), f"portal-test-pagecache-stamp-{os.getpid()}"
)
