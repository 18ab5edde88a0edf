"""Furigana for interface text (gettext catalogues), made at build time, looked up per request.

`python manage.py build_catalogues` writes locale/<locale>/LC_MESSAGES/ruby.json mapping each
Japanese msgstr to its ruby HTML; serving a page only reads that file, never the dictionary.
"""
import json
from functools import cache
from pathlib import Path

from django.conf import settings
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import to_locale

from portal.languages import JAPANESE_CODES

FILENAME = "ruby.json"


def path_for(code: str) -> Path:
    return Path(settings.LOCALE_PATHS[0]) / to_locale(code) / "LC_MESSAGES" / FILENAME


@cache
def table(code: str) -> dict[str, str]:
    try:
        return json.loads(path_for(code).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}


def ruby(text: str, code: str) -> SafeString:
    if code in JAPANESE_CODES:
        found = table(code).get(text)
        if found is not None:
            return mark_safe(found)
    return escape(text)
