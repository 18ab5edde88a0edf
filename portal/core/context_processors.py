from django.utils.translation import get_language

from portal.core.furigana_choice import furigana_shown
from portal.core.models import is_preview
from portal.languages import JAPANESE_CODES, bcp47


def portal(request):
    code = get_language()
    return {
        "html_lang": bcp47(code),
        "is_japanese": code in JAPANESE_CODES,
        "furigana_on": furigana_shown(request, code),
        "previewing": is_preview(request),
    }
