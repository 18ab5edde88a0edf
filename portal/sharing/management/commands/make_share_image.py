"""Render the share preview image (og:image) from its SVG source, once, when the design changes.

Needs resvg-py (a development dependency, in requirements-dev.txt): the site itself only serves the
committed PNG, so production needs no imaging library.
"""
from pathlib import Path

from django.core.management.base import BaseCommand

from portal.sharing.opengraph import IMAGE_SIZE

HERE = Path(__file__).resolve().parents[2]
SOURCE = HERE / "share_image.svg"
TARGET = HERE / "static" / "sharing" / "share-image.png"


class Command(BaseCommand):
    help = "Render portal/sharing/share_image.svg to the 1200x630 PNG used as og:image."

    def handle(self, *args, **options):
        import resvg_py

        width, height = IMAGE_SIZE
        png = resvg_py.svg_to_bytes(svg_path=str(SOURCE), width=width, height=height)
        TARGET.write_bytes(bytes(png))
        self.stdout.write(f"wrote {TARGET} ({len(png)} bytes)")
