"""The portal's language rules, stated once.

Three languages, each under its own URL prefix:

- ``ja``: standard Japanese, the language content is written in first;
- ``en``: English;
- ``ja-easy``: easy Japanese (やさしい日本語) with furigana on by default.

``ja-easy`` is a Django language code (URL prefix ``/ja-easy/``, catalogue ``locale/ja_Easy``) but not a
valid BCP 47 tag, so pages declare it as ``ja-x-easy`` (a private-use subtag of Japanese) in ``lang`` and
``hreflang``. Browsers and screen readers treat it as Japanese; search engines see a distinct version.
"""

JA = "ja"
EN = "en"
EASY = "ja-easy"

LANGUAGES = [
    (JA, "日本語"),
    (EN, "English"),
    (EASY, "やさしい日本語"),
]
CODES = [code for code, _ in LANGUAGES]
JAPANESE_CODES = (JA, EASY)

# What goes into lang="" and hreflang="" for each Django language code.
BCP47 = {JA: "ja", EN: "en", EASY: "ja-x-easy"}

# Entry for django.conf.locale.LANG_INFO, which otherwise reports ja-easy as plain Japanese.
EASY_LANG_INFO = {"bidi": False, "code": EASY, "name": "Easy Japanese", "name_local": "やさしい日本語"}

# Where a visitor arriving at "/" without a usable Accept-Language is sent.
ROOT_FALLBACK = EN

# Languages a browser can ask for in Accept-Language; easy Japanese is chosen by the reader, never
# guessed from a header (no browser sends it).
NEGOTIABLE = (JA, EN)


def bcp47(code: str) -> str:
    return BCP47.get(code, code)


def furigana_default(code: str) -> bool:
    """Whether readings show before the reader chooses: on for easy Japanese only."""
    return code == EASY


def column_suffix(code: str) -> str:
    """modeltranslation's column suffix for a language (ja-easy -> ja_easy)."""
    return code.replace("-", "_")


def negotiate(accept_language: str) -> str:
    """The best language for an Accept-Language header; malformed headers get the fallback."""
    from django.utils.translation.trans_real import parse_accept_lang_header

    try:
        preferences = parse_accept_lang_header(accept_language[:500])
    except ValueError:
        return ROOT_FALLBACK
    for tag, _quality in preferences:
        primary = tag.lower().split("-")[0]
        if primary in NEGOTIABLE:
            return primary
    return ROOT_FALLBACK
