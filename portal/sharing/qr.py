"""QR codes of this site's own pages, as SVG (no Pillow needed).

The URL to encode arrives as a path in the query string; it must be a path of this site (it resolves
to one of our views and is not the admin), so the endpoint can never be used to make QR codes that
point elsewhere.
"""
import re

import qrcode
import qrcode.image.svg
from django.conf import settings
from django.urls import Resolver404, resolve
from django.utils.translation import get_language_from_path, override

MAX_PATH_LENGTH = 300
# Only what our own URLs contain: no scheme, no host, no query, no fragment, no backslash.
SAFE_PATH = re.compile(r"^/(?!/)[A-Za-z0-9\-._~/%]*$")


def site_path(candidate: str | None) -> str | None:
    """The candidate if it is a public path of this site, else None."""
    if not candidate or len(candidate) > MAX_PATH_LENGTH or not SAFE_PATH.match(candidate):
        return None
    if ".." in candidate or candidate.lstrip("/").startswith(settings.ADMIN_URL):
        return None
    # Prefixed URLs only resolve while their own language is active (i18n_patterns).
    try:
        with override(get_language_from_path(candidate)):
            resolve(candidate)
    except Resolver404:
        return None
    return candidate


def svg(data: str) -> bytes:
    """A QR code as a standalone SVG document; medium error correction survives a creased printout."""
    code = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_M,
        box_size=10,
        border=4,  # the quiet zone the QR standard requires around the symbol
        image_factory=qrcode.image.svg.SvgPathFillImage,
    )
    code.add_data(data)
    code.make(fit=True)
    return code.make_image().to_string(encoding="unicode").encode()
