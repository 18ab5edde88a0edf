"""A server-side cache of public pages, invalidated whenever content changes.

Public pages are the same for every anonymous reader except for the furigana switch, so the cache key is
the URL, the reader's furigana choice and the content version. Saving or deleting any content bumps the
version, so a published change shows at once. Browsers revalidate every time (ETag from
ConditionalGetMiddleware makes that a cheap 304). If the cache server is down, pages are served uncached.

Every worker must see the same version, or a save reaches only the worker that made it. With a shared
cache (Redis) the version lives in the cache with the pages. With the local-memory cache each worker
process has its own pages, so the version is the modification time of a stamp file that every worker on
the machine reads (one stat per request, no database); several machines need a shared cache (CACHE_URL).
"""
import hashlib
import logging
import os
import time
from pathlib import Path

from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.locmem import LocMemCache
from django.db import transaction
from django.http import HttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers, set_response_etag
from django.utils.http import urlencode

from portal.core.furigana_choice import COOKIE as FURIGANA_COOKIE

logger = logging.getLogger(__name__)

VERSION_KEY = "pagecache:content-version"
# Query parameters that change what a public page shows. The views ignore every other one (fbclid and
# utm_* from shared links, junk), so a page is cached, and links back to itself, as if they were absent:
# they can neither fill the cache nor cost a render. A view that reads a new parameter must add it here.
PAGE_QUERY_PARAMS = ("q", "path", "preview")
TIMEOUT = 60 * 60 * 24
# Pages cached by an older deployment (other templates, other code) must not be served by this one.
DEPLOYMENT = time.time_ns()


def _cache_is_per_process() -> bool:
    return isinstance(caches["default"], LocMemCache)


def _stamp() -> Path:
    return Path(settings.PAGECACHE_STAMP)


def content_version():
    try:
        if _cache_is_per_process():
            try:
                return _stamp().stat().st_mtime_ns
            except FileNotFoundError:
                _write_stamp()
                return _stamp().stat().st_mtime_ns
        version = cache.get(VERSION_KEY)
        if version is None:
            version = time.time_ns()
            cache.add(VERSION_KEY, version, timeout=None)
        return version
    except Exception:  # noqa: BLE001 - any cache failure must only cost speed
        logger.warning("page cache unavailable; serving uncached", exc_info=True)
        return None


def _write_stamp():
    path = _stamp()
    try:
        previous = path.stat().st_mtime_ns
    except FileNotFoundError:
        previous = 0
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch()
    # Set explicitly, and always forward: two saves within the clock's resolution still differ.
    stamp = max(time.time_ns(), previous + 1000)
    os.utime(path, ns=(stamp, stamp))


def _bump_now():
    try:
        if _cache_is_per_process():
            _write_stamp()
        else:
            cache.set(VERSION_KEY, time.time_ns(), timeout=None)
    except Exception:  # noqa: BLE001
        logger.error("could not invalidate the page cache", exc_info=True)


def bump_content_version(**_signal_kwargs):
    """Invalidate every cached page, now and again once the saving transaction commits.

    The first bump covers readers in this transaction; the second covers a reader in another worker who
    rendered the old content just before the commit and cached it under the first bump's version.
    """
    _bump_now()
    transaction.on_commit(_bump_now)


def page_query(request) -> str:
    """The part of the query string that matters to the page, in a fixed order ('' if none)."""
    kept = [(name, value) for name in PAGE_QUERY_PARAMS for value in request.GET.getlist(name)[:1]]
    return urlencode(kept)


def page_address(request) -> str:
    """This page's path with only the query parameters that matter to it."""
    query = page_query(request)
    return f"{request.path}?{query}" if query else request.path


def _is_public_request(request) -> bool:
    return (
        not settings.DEBUG
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path_info.startswith("/" + settings.ADMIN_URL)
        and "preview" not in request.GET
    )


def _is_cacheable_response(response) -> bool:
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "private" not in cache_control
        and "no-store" not in cache_control
    )


class PublicPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _is_public_request(request):
            return self.get_response(request)
        version = content_version()
        key = None
        if version is not None:
            # Pages carry absolute URLs (canonical, og:url, QR codes): one copy per scheme and host.
            address = f"{request.scheme}://{request.get_host()}{page_address(request)}"
            digest = hashlib.sha256(address.encode("utf-8", "surrogateescape")).hexdigest()
            furigana = request.COOKIES.get(FURIGANA_COOKIE, "-")[:1]
            encoding = "gz" if "gzip" in request.headers.get("Accept-Encoding", "") else "id"
            key = f"pagecache:{DEPLOYMENT}:{version}:{furigana}:{encoding}:{digest}"
            try:
                cached = cache.get(key)
            except Exception:  # noqa: BLE001
                cached = None
            if cached is not None:
                return self._rebuild(cached)
        response = self.get_response(request)
        if not _is_cacheable_response(response):
            return response
        patch_vary_headers(response, ("Cookie", "Accept-Encoding"))
        if "max-age" not in response.get("Cache-Control", ""):
            # Pages change whenever staff publish: browsers revalidate (a cheap 304 thanks to the ETag).
            patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
        if key is not None:
            stored = (response.status_code, list(response.items()), response.content)
            try:
                cache.set(key, stored, timeout=TIMEOUT)
            except Exception:  # noqa: BLE001
                logger.warning("could not store a page in the cache", exc_info=True)
        return response

    @staticmethod
    def _rebuild(stored):
        status, headers, content = stored
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        return response


class ContentETagMiddleware:
    """An ETag from the uncompressed page, set before GZipMiddleware compresses it.

    GZip adds random padding, so an ETag taken from the compressed bytes would differ between workers
    (each caches its own copy) and a revalidation landing on another worker would miss its 304. GZip
    turns this ETag into a weak one; ConditionalGetMiddleware, outside, compares it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method in ("GET", "HEAD") and not response.streaming and not response.has_header("ETag"):
            if "no-store" not in response.get("Cache-Control", ""):
                set_response_etag(response)
        return response
