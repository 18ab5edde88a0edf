"""Security headers, the production settings (`check --deploy`) and the admin's brute-force lockout."""
import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.utils.translation import gettext, override

from portal.languages import bcp47

ROOT = Path(__file__).resolve().parents[2]
PUBLIC_PAGES = ["/en/", "/ja/qa/", "/ja-easy/cards/", "/en/no-such-page/"]


def _directives(policy: str) -> dict[str, list[str]]:
    directives = {}
    for part in policy.split(";"):
        words = part.split()
        if words:
            directives[words[0]] = words[1:]
    return directives


def production_environment(**extra) -> dict[str, str]:
    """The environment `make serve`/Docker run with, without the test suite's relaxations."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "AXES_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(64),
        DJANGO_ALLOWED_HOSTS="portal.example",
        DJANGO_DEBUG="0",
        **extra,
    )
    return env


@pytest.mark.django_db
@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_pages_send_the_security_headers(client, path):
    response = client.get(path)
    policy = _directives(response["Content-Security-Policy"])
    for directive in ("script-src", "style-src"):
        assert policy[directive] == ["'self'"], (directive, policy.get(directive))
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


@pytest.mark.django_db
def test_hsts_is_sent_over_https_with_the_production_values(client, settings):
    values = _production_settings()
    settings.SECURE_HSTS_SECONDS = values["SECURE_HSTS_SECONDS"]
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = values["SECURE_HSTS_INCLUDE_SUBDOMAINS"]
    settings.SECURE_HSTS_PRELOAD = values["SECURE_HSTS_PRELOAD"]
    response = client.get("/en/", secure=True)
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"


def _production_settings() -> dict:
    script = (
        "import django, json; django.setup(); from django.conf import settings as s; print(json.dumps({k: getattr(s, k) "
        "for k in ['DEBUG', 'SECURE_HSTS_SECONDS', 'SECURE_HSTS_INCLUDE_SUBDOMAINS', 'SECURE_HSTS_PRELOAD', "
        "'SECURE_SSL_REDIRECT', 'SESSION_COOKIE_SECURE', 'SESSION_COOKIE_HTTPONLY', 'CSRF_COOKIE_SECURE', 'CSRF_COOKIE_HTTPONLY', "
        "'X_FRAME_OPTIONS', 'SECURE_CONTENT_TYPE_NOSNIFF']}))"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=production_environment(),
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_settings_are_secure_by_default():
    values = _production_settings()
    assert values["DEBUG"] is False
    assert values["SECURE_HSTS_SECONDS"] >= 31536000
    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["SESSION_COOKIE_SECURE"] is True and values["CSRF_COOKIE_SECURE"] is True
    assert values["SESSION_COOKIE_HTTPONLY"] is True and values["CSRF_COOKIE_HTTPONLY"] is True


def test_check_deploy_reports_nothing():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT, env=production_environment(), capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout, result.stdout + result.stderr


@pytest.mark.django_db
def test_cookies_are_secure_over_https_and_http_only_where_scripts_need_not_read_them(client, admin_user, settings):
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = True
    login_page = client.get("/" + settings.ADMIN_URL + "login/", secure=True)
    csrf = login_page.cookies[settings.CSRF_COOKIE_NAME]
    assert csrf["secure"] and csrf["samesite"] == "Lax"
    response = client.post(
        "/" + settings.ADMIN_URL + "login/",
        {"username": admin_user.username, "password": "password", "next": "/" + settings.ADMIN_URL},
        secure=True,
    )
    assert response.status_code == 302
    session = response.cookies[settings.SESSION_COOKIE_NAME]
    assert session["secure"] and session["httponly"] and session["samesite"] == "Lax"
    # The furigana choice is read by site.js on purpose (so it is not HttpOnly), but is Secure over HTTPS.
    furigana = client.get("/furigana", {"show": "1", "next": "/ja/"}, secure=True).cookies["furigana"]
    assert furigana["secure"] and furigana["samesite"] == "Lax"


@pytest.mark.django_db
def test_admin_login_locks_out_after_repeated_failures_with_a_friendly_page(client, admin_user):
    login = "/" + django_settings.ADMIN_URL + "login/"
    statuses = []
    for _attempt in range(django_settings.AXES_FAILURE_LIMIT):
        response = client.post(login, {"username": admin_user.username, "password": "wrong-password"},
                               headers={"accept-language": "en"})
        statuses.append(response.status_code)
    assert statuses[:-1] == [200] * (django_settings.AXES_FAILURE_LIMIT - 1)
    # Even the right password is refused now.
    locked = client.post(login, {"username": admin_user.username, "password": "password"},
                         headers={"accept-language": "en"})
    assert locked.status_code in (403, 429)
    page = locked.content.decode()
    assert '<html lang="en"' in page
    with override("en"):
        assert gettext("Sign-in blocked for now") in page
    assert locked["Content-Security-Policy"]


@pytest.mark.django_db
def test_the_lockout_page_speaks_japanese_to_a_japanese_browser(client, admin_user):
    login = "/" + django_settings.ADMIN_URL + "login/"
    for _attempt in range(django_settings.AXES_FAILURE_LIMIT + 1):
        locked = client.post(login, {"username": admin_user.username, "password": "wrong"},
                             headers={"accept-language": "ja"})
    assert locked.status_code in (403, 429)
    assert f'<html lang="{bcp47("ja")}"' in locked.content.decode()
