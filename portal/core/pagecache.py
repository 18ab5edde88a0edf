"""A server-side cache of public pages, invalidated whenever content changes.

Public pages are the same for every anonymous reader except for the furigana switch, so the cache key is
the URL, the reader's furigana choice and the content version. Saving or deleting any content bumps the
version, so a published change shows at once. Browsers revalidate every time (ETag from
ConditionalGetMiddleware makes that a cheap 304). If the cache server is down, pages are served uncached.
"""
import hashlib
import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers

from portal.core.furigana_choice import COOKIE as FURIGANA_COOKIE

logger = logging.getLogger(__name__)

VERSION_KEY = "pagecache:content-version"
TIMEOUT = 60 * 60 * 24
# Pages cached by an older deployment (other templates, other code) must not be served by this one.
DEPLOYMENT = time.time_ns()


def content_version():
    try:
        version = cache.get(VERSION_KEY)
        if version is None:
            version = time.time_ns()
            cache.add(VERSION_KEY, version, timeout=None)
        return version
    except Exception:  # noqa: BLE001 - any cache failure must only cost speed
        logger.warning("page cache unavailable; serving uncached", exc_info=True)
        return None


def bump_content_version(**_signal_kwargs):
    try:
        cache.set(VERSION_KEY, time.time_ns(), timeout=None)
    except Exception:  # noqa: BLE001
        logger.error("could not invalidate the page cache", exc_info=True)


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
            address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
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
