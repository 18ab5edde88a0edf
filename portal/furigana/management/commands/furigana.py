"""`python manage.py furigana`: ruby HTML (or readings) for lines of text on stdin.

    echo "在留カードを 受け取ります。" | python manage.py furigana
    python manage.py furigana --reading < lines.txt

One output line per input line; empty lines stay empty lines.
"""

import sys

from django.core.management.base import BaseCommand
from django.db import DatabaseError

from portal.furigana.engine import to_reading, to_ruby
from portal.furigana.glossary import current_glossary, default_glossary


class Command(BaseCommand):
    help = "Read lines on stdin; write one line of ruby HTML (or, with --reading, hiragana) per line."
    stealth_options = ("stdin",)

    def add_arguments(self, parser):
        parser.add_argument("--reading", action="store_true", help="write each line's whole reading instead")

    def handle(self, *args, **options):
        stdin = options.get("stdin") or sys.stdin
        glossary = self._glossary()
        convert = to_reading if options["reading"] else to_ruby
        for line in stdin:
            text = line.rstrip("\r\n")
            self.stdout.write(convert(text, glossary) if text else "")

    def _glossary(self):
        try:
            return current_glossary()
        except DatabaseError:  # no table yet (before migrate): the shipped glossary still applies
            return default_glossary()
