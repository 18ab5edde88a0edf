"""The reader's furigana choice: a cookie shared by the server (no-JS) and the script (instant)."""
from portal.languages import JAPANESE_CODES, furigana_default

COOKIE = "furigana"
COOKIE_MAX_AGE = 60 * 60 * 24 * 365


def furigana_shown(request, code: str) -> bool:
    if code not in JAPANESE_CODES:
        return False
    choice = request.COOKIES.get(COOKIE)
    if choice in ("0", "1"):
        return choice == "1"
    return furigana_default(code)
