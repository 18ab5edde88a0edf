"""Hostile and malformed requests never cause a server error, and never redirect off the site.

The test client raises a view's exception by default (raise_request_exception), so a bug shows its
traceback here; handled failures (400, 403, 404) come back as responses.
"""
import re
from urllib.parse import quote, urljoin, urlsplit

import pytest
from django.conf import settings
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern, RoutePattern
from hypothesis import HealthCheck, given, settings as hypothesis_settings, strategies as st

from portal.languages import CODES

pytestmark = pytest.mark.django_db

HUGE = "a" * 100_000

HOSTILE_PATHS = [
    # Language prefixes that are not ours, or ours spelled differently.
    "/xx/", "/xx/qa/", "/ja-EASY/", "/ja_easy/", "/JA/", "/en-US/", "/ja-x-easy/",
    # NUL bytes and broken percent-encoding, in the path and the query string.
    "/%00", "/en/%00/", "/en/qa/%00/", "/en/?q=%00", "/en/?%00=%00",
    "/%ZZ", "/en/%ZZ/", "/en/?q=%ZZ", "/en/?q=%",
    "/%C3%28", "/en/%C3%28/", "/en/?q=%C3%28", "/en/qa/?q=%FF%FE",
    "/en/qa/%E3%81/", "/en/qa/1/%C3%28/",
    # Numbers and slugs out of range or not what the converter wants.
    "/en/qa/99999999999999999999999999/", "/en/qa/-1/", "/en/qa/0/x/", "/en/qa/topic/%20/",
    # Huge query strings: one huge value, and more fields than Django accepts.
    f"/en/?q={HUGE}", f"/ja/qa/?{HUGE}", "/en/?" + "&".join(f"k{i}=v" for i in range(3000)),
    f"/furigana?next=/{HUGE}",
    # Path traversal, plain and encoded.
    "/static/../settings.py", "/static/..%2f..%2fportal/settings.py", "/..%2f..%2fetc/passwd",
    "/static/%2e%2e/%2e%2e/etc/passwd", "/en/../../etc/passwd", "/static/css/..%5c..%5cportal%5csettings.py",
    # Odd shapes.
    "//", "///en//", "/en//qa//", "/.env", "/en/qa/1/" + "x" * 5000 + "/",
]


@pytest.mark.parametrize("path", HOSTILE_PATHS, ids=lambda p: p[:60])
def test_hostile_paths_never_cause_a_server_error(client, path):
    response = client.get(path)
    assert response.status_code < 500
    assert b"SECRET_KEY" not in response.content
    assert b"root:x:0:0" not in response.content


@pytest.mark.parametrize(
    "header",
    ["@@@", ";;;", "ja;q=abc", "en;q=1e999", "*", "x" * 10_000, "ja-" + "a" * 300, ",,,,", "ja;q=-1,en;q=2",
     "\u00e9\u00e8;q=0.5", "ja-JP;q=0.8;q=0.9", "zh-Hant-TW-u-nu-hanidec"],
)
@pytest.mark.parametrize("path", ["/", "/xx/", "/en/no-such-page/", "/ja/"])
def test_malformed_accept_language_never_causes_a_server_error(client, header, path):
    assert client.get(path, headers={"accept-language": header}).status_code < 500


OPEN_REDIRECTS = [
    "//evil.example", "https:evil.example", "/\\evil.example", "\\\\evil.example", "https://evil.example/",
    "http://evil.example", "///evil.example", "/%2F%2Fevil.example", " //evil.example", "\t//evil.example",
    "javascript:alert(1)", "data:text/html,x", "//evil.example@testserver", "https://testserver.evil.example/",
    "/\t/evil.example", "%2F%2Fevil.example",
]


def _stays_on_site(location: str) -> bool:
    """Whether a browser following this Location stays on the site.

    Browsers drop tabs and newlines anywhere, trim spaces and control characters at both ends and read
    backslashes as slashes in http(s) URLs (WHATWG URL standard); then the reference is resolved
    against the page that redirected.
    """
    c0_and_space = "".join(map(chr, range(0x21)))
    browser_view = re.sub(r"[\t\n\r]", "", location).strip(c0_and_space).replace("\\", "/")
    resolved = urlsplit(urljoin("http://testserver/furigana", browser_view))
    return resolved.scheme == "http" and resolved.netloc == "testserver"


@pytest.mark.parametrize("target", OPEN_REDIRECTS)
def test_furigana_switch_never_redirects_off_the_site(client, target):
    response = client.get("/furigana", {"show": "1", "next": target})
    assert response.status_code < 500
    if response.status_code in (301, 302, 303, 307, 308):
        assert _stays_on_site(response["Location"]), response["Location"]


@pytest.mark.parametrize("method", ["head", "options", "put", "patch", "delete", "trace"])
@pytest.mark.parametrize("path", ["/", "/en/", "/ja-easy/qa/", "/furigana", "/healthz", "/sitemap.xml", "/en/no-such-page/"])
def test_other_methods_on_pages_never_cause_a_server_error(method, path):
    client = Client(enforce_csrf_checks=True)
    response = client.generic(method.upper(), path)
    assert response.status_code < 500
    if method in ("put", "patch", "delete"):
        # Nothing public accepts writes: refused by CSRF (403), the method check (405) or not found.
        assert response.status_code in (403, 404, 405)


# --- Fuzzing every URL pattern -----------------------------------------------------------------

def _percent_bytes(data: bytes) -> str:
    return "".join(f"%{byte:02X}" for byte in data)


# A path segment a browser or a robot might send: text, numbers, raw bytes (invalid UTF-8, NUL).
segment = st.one_of(
    st.text(max_size=40).map(lambda text: quote(text, safe="")),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.binary(max_size=20).map(_percent_bytes),
    st.sampled_from(["..", ".", "%2e%2e", "%2F", "%5C", "%", "%Z", "~", "-", "_"]),
    st.from_regex(r"[a-z0-9-]{1,30}", fullmatch=True),
)

query_key = st.one_of(st.sampled_from(["next", "show", "q", "page", "preview", "lang", "format"]), segment)
query_string = st.lists(st.tuples(query_key, segment), max_size=6).map(
    lambda pairs: "&".join(f"{key}={value}" for key, value in pairs)
)


def _routes(resolver=None, prefix=()):
    """Every route as a tuple of parts: literal strings, LocalePrefixPattern, or a converter placeholder."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        pattern = entry.pattern
        if isinstance(pattern, LocalePrefixPattern):
            parts = prefix + (pattern,)
        elif isinstance(pattern, RoutePattern):
            parts = prefix + (str(pattern),)
        else:
            # Regex routes (some of the admin's) get fuzzed text in their place.
            parts = prefix + (None,)
        if isinstance(entry, URLResolver):
            yield from _routes(entry, parts)
        elif isinstance(entry, URLPattern):
            yield parts


ROUTES = sorted({parts for parts in _routes()}, key=repr)
ADMIN_ROUTES = [parts for parts in ROUTES if parts and parts[0] == settings.ADMIN_URL]
PUBLIC_ROUTES = [parts for parts in ROUTES if parts not in ADMIN_ROUTES]


@st.composite
def fuzzed_url(draw, routes=PUBLIC_ROUTES):
    parts = draw(st.sampled_from(routes))
    path = ""
    for part in parts:
        if isinstance(part, LocalePrefixPattern):
            # Mostly our languages, so that the views behind the prefix get the fuzzed input.
            prefix = draw(st.sampled_from([*CODES, *CODES, *CODES, None]))
            path += (prefix or draw(segment)) + "/"
        elif part is None:
            path += draw(segment) + "/"
        else:
            # Fill each <converter:name> of the route with a generated value.
            pieces = part.replace(">", "<").split("<")
            for index, piece in enumerate(pieces):
                path += draw(segment) if index % 2 else piece
    query = draw(query_string)
    return "/" + path + (f"?{query}" if query else "")


@hypothesis_settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(url=fuzzed_url())
def test_fuzzed_paths_and_queries_on_every_public_url_pattern_never_cause_a_server_error(client, url):
    response = client.get(url)
    assert response.status_code < 500, url


@hypothesis_settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(url=fuzzed_url(routes=ADMIN_ROUTES))
def test_fuzzed_admin_urls_never_cause_a_server_error_even_signed_in(admin_client, url):
    """Signed in as a superuser, so the admin's own views (not only its login redirect) get the input."""
    response = admin_client.get(url)
    assert response.status_code < 500, url


def test_every_route_is_fuzzed():
    """The enumeration found the site's routes (a broken walk would make the fuzz test vacuous)."""
    flat = ["/".join(part if isinstance(part, str) else "*" for part in parts) for parts in ROUTES]
    assert len(PUBLIC_ROUTES) >= 15 and ADMIN_ROUTES
    assert any("qa/" in route and "<int:number>" in route for route in flat), flat
