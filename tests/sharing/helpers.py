"""Helpers for the sharing tests: read QR codes the way a phone does, from pixels."""
import io

import resvg_py
import zxingcpp
from PIL import Image

from tests.pages import elements


def decode_qr_png(png: bytes) -> list[str]:
    image = Image.open(io.BytesIO(png)).convert("L")
    return [result.text for result in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]


def decode_qr_svg(svg: bytes, size: int = 400) -> list[str]:
    """Rasterise the SVG (as a browser would draw it) and decode whatever QR codes the pixels hold."""
    # qrcode sizes its SVG in mm; resvg needs a DPI to turn that into pixels (0 would mean no size).
    png = resvg_py.svg_to_bytes(svg_string=svg.decode(), width=size, height=size, dpi=96, background="#ffffff")
    return decode_qr_png(bytes(png))


def meta(page: str) -> dict[str, list[str]]:
    """<meta property/name=... content=...> values of a page, by property or name."""
    found: dict[str, list[str]] = {}
    for tag in elements(page, "meta"):
        key = tag.get("property") or tag.get("name")
        if key and "content" in tag:
            found.setdefault(key, []).append(tag["content"])
    return found
