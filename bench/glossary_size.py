"""Does a page's response time depend on the furigana glossary's size? (It should not.)

Readings are made when content is saved, so serving a page never consults the glossary. This loads the
content into a scratch SQLite database, times a question page and the card page in easy Japanese (page
cache off, straight through Django's handler), then adds 5,000 glossary entries and times them again.

    .venv/bin/python bench/glossary_size.py [--requests 300]
"""
import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def setup(database: str):
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.test_settings"
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ["DJANGO_ALLOWED_HOSTS"] = "testserver"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("load_content", verbosity=0)


def timings(client, path: str, count: int) -> list[float]:
    client.get(path)
    result = []
    for _ in range(count):
        start = time.perf_counter()
        response = client.get(path)
        result.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200
    return result


def report(label, values):
    values = sorted(values)
    p95 = values[int(len(values) * 0.95) - 1]
    print(f"  {label:<34} median {statistics.median(values):6.2f} ms   p95 {p95:6.2f} ms")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        setup(str(Path(folder) / "bench.sqlite3"))
        from django.test import Client, override_settings

        from portal.furigana.models import GlossaryEntry
        from portal.qa.models import Question

        question = Question.objects.get(number=1)
        paths = {"question page (ja-easy)": f"/ja-easy/qa/1/{question.slug}/", "card page (ja-easy)": "/ja-easy/cards/"}
        with override_settings(DEBUG=True):  # DEBUG turns the page cache off; we time Django itself
            client = Client()
            before = {label: timings(client, path, args.requests) for label, path in paths.items()}
            shipped = GlossaryEntry.objects.count()
            GlossaryEntry.objects.bulk_create(
                GlossaryEntry(surface="語" * 3 + chr(0x4E00 + index), reading="ご", scope="anywhere") for index in range(5000)
            )
            after = {label: timings(client, path, args.requests) for label, path in paths.items()}
        print(f"glossary with {shipped} entries:")
        for label, values in before.items():
            report(label, values)
        print(f"glossary with {GlossaryEntry.objects.count()} entries:")
        for label, values in after.items():
            report(label, values)


if __name__ == "__main__":
    main()
