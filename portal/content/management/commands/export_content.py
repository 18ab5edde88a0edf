from django.conf import settings
from django.core.management.base import BaseCommand

from portal.content.export import export_all


class Command(BaseCommand):
    help = "Write the database back to the content files (content/*.yaml), e.g. to commit staff edits."

    def add_arguments(self, parser):
        parser.add_argument("--dir", default=str(settings.CONTENT_DIR), help="folder to write the files to")

    def handle(self, *args, dir, **options):
        for label, count in export_all(dir).items():
            self.stdout.write(f"{label}: {count} entries")
