import json
from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils.translation import to_locale

from portal.core import catalogue_ruby
from portal.languages import EASY, JA, JAPANESE_CODES


class Command(BaseCommand):
    help = "Compile the gettext catalogues (.mo) and the furigana of their Japanese texts (ruby.json)."

    def handle(self, *args, **options):
        from portal.furigana.engine import to_ruby
        from portal.furigana.glossary import default_glossary

        locale_dir = Path(settings.LOCALE_PATHS[0])
        catalogues = {}
        for po_path in sorted(locale_dir.glob("*/LC_MESSAGES/*.po")):
            catalogue = polib.pofile(str(po_path))
            catalogue.save_as_mofile(str(po_path.with_suffix(".mo")))
            catalogues[po_path.parent.parent.name] = catalogue
            self.stdout.write(f"compiled {po_path.relative_to(locale_dir)}")

        glossary = default_glossary()
        # Easy Japanese falls back to the Japanese catalogue for strings it lacks, so it needs both.
        sources = {JA: [JA], EASY: [JA, EASY]}
        for code in JAPANESE_CODES:
            texts = set()
            for source_code in sources[code]:
                catalogue = catalogues.get(to_locale(source_code))
                if catalogue:
                    texts.update(entry.msgstr for entry in catalogue if entry.msgstr and not entry.obsolete)
            table = {text: to_ruby(text, glossary) for text in sorted(texts)}
            path = catalogue_ruby.path_for(code)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(table, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")
            self.stdout.write(f"furigana for {len(table)} {code} interface texts")
