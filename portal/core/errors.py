"""Error pages in the visitor's language (handler400/403/404/500 and the CSRF failure view).

The language comes from the URL prefix when it is one of ours (a reader on /en/... gets English), else
from Accept-Language, the way "/" chooses. Pages are rendered from a plain context, without the request,
so that no context processor (and nothing that could query the database or the session) runs: an error
page must not fail for the reason the request failed. The 500 page goes further and falls back to a
fixed trilingual text if even its template cannot be rendered.
"""
import logging

from django.http import HttpResponse
from django.template import loader
from django.utils import translation

from portal.core.furigana_choice import furigana_shown
from portal.languages import CODES, JAPANESE_CODES, LANGUAGES, bcp47, negotiate

logger = logging.getLogger(__name__)

# Shown only when the 500 template itself cannot be rendered; no template, no translation, no files.
LAST_RESORT_500 = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Server error</title></head><body><main>
<h1>Server error</h1>
<p>Something went wrong on our side. Please try again in a few minutes.</p>
<p lang="ja">サーバーで問題が起きました。しばらくしてから、もう一度お試しください。</p>
<p><a href="/">Home / ホーム</a></p>
</main></body></html>
"""


def error_language(request) -> str:
    """Our language code for this request: its URL prefix if it is one of ours, else Accept-Language."""
    first_segment = request.path_info.lstrip("/").split("/", 1)[0]
    if first_segment in CODES:
        return first_segment
    return negotiate(request.headers.get("Accept-Language", ""))


def _language_context(request, code: str) -> dict:
    # The same three values portal.core.context_processors.portal gives ordinary pages.
    return {"html_lang": bcp47(code), "is_japanese": code in JAPANESE_CODES, "furigana_on": furigana_shown(request, code),
            # Each language named in itself (English, not 英語), as the switcher on ordinary pages does.
            "other_languages": [(other, name) for other, name in LANGUAGES if other != code]}


def render_error(request, template_name: str, status: int, **extra) -> HttpResponse:
    code = error_language(request)
    with translation.override(code):
        body = loader.render_to_string(template_name, {**_language_context(request, code), **extra})
    response = HttpResponse(body, status=status)
    response["Content-Language"] = bcp47(code)
    # An error is about this one request: shared caches must not keep it.
    response["Cache-Control"] = "no-store"
    return response


def bad_request(request, exception=None):
    return render_error(request, "errors/400.html", 400)


def permission_denied(request, exception=None):
    return render_error(request, "errors/403.html", 403)


def page_not_found(request, exception=None):
    return render_error(request, "errors/404.html", 404)


def server_error(request):
    try:
        return render_error(request, "errors/500.html", 500)
    except Exception:  # noqa: BLE001 - the error page must answer whatever broke
        logger.exception("the 500 page could not be rendered; answering with the fixed text")
        response = HttpResponse(LAST_RESORT_500, status=500)
        response["Cache-Control"] = "no-store"
        return response


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: a form sent without a valid token (expired page, cookies off, another site)."""
    return render_error(request, "errors/csrf_failure.html", 403)
