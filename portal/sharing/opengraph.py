"""OpenGraph and Twitter card values, so a link pasted into LINE, social apps or chat previews well."""
from django.templatetags.static import static

from portal.languages import CODES, EN

# og:locale wants language_TERRITORY; easy Japanese is Japanese for every previewer.
OG_LOCALES = {"ja": "ja_JP", EN: "en_US", "ja-easy": "ja_JP"}
IMAGE = "sharing/share-image.png"
IMAGE_SIZE = (1200, 630)


def og_locale(code: str) -> str:
    return OG_LOCALES.get(code, "ja_JP")


def alternate_locales(code: str) -> list[str]:
    mine = og_locale(code)
    return sorted({og_locale(other) for other in CODES} - {mine})


def image_url(request) -> str:
    return request.build_absolute_uri(static(IMAGE))
