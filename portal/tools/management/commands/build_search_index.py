from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Rebuild the search index of questions and page sections (readings are computed here, not per request)."

    def handle(self, *args, **options):
        from portal.tools.search.indexing import rebuild

        count = rebuild()
        self.stdout.write(f"search index: {count} entries")
