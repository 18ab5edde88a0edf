from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from portal.content.loader import LoadError, load_all


class Command(BaseCommand):
    help = "Load the content files (content/*.yaml) into the database. Safe to run again."

    def add_arguments(self, parser):
        parser.add_argument("--dir", default=str(settings.CONTENT_DIR), help="folder of the content files")

    def handle(self, *args, dir, **options):
        try:
            outcomes = load_all(dir)
        except LoadError as error:
            raise CommandError(f"Nothing was loaded: {error}") from None
        for outcome in outcomes:
            self.stdout.write(
                f"{outcome.label}: {outcome.created} created, {outcome.updated} updated, "
                f"{outcome.unchanged} unchanged, {len(outcome.conflicts)} conflicts"
            )
            for conflict in outcome.conflicts:
                self.stderr.write(self.style.WARNING(f"  conflict: {conflict}"))
        # Rows the loader skipped as unchanged may predate the search index: rebuild it whole (under a second).
        call_command("build_search_index", stdout=self.stdout, verbosity=options["verbosity"])
