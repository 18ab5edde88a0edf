"""Interface translations: complete, up to date with the templates and code, compiled, with furigana."""
import os
import shutil
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command

from portal.core import catalogue_ruby
from portal.languages import EASY, JA

LOCALE = Path(settings.LOCALE_PATHS[0])
CATALOGUES = {JA: LOCALE / "ja/LC_MESSAGES/django.po", EASY: LOCALE / "ja_Easy/LC_MESSAGES/django.po"}


@pytest.mark.parametrize("code", CATALOGUES)
def test_no_translation_is_missing_or_fuzzy(code):
    catalogue = polib.pofile(str(CATALOGUES[code]))
    assert catalogue.untranslated_entries() == []
    assert catalogue.fuzzy_entries() == []
    assert len(catalogue.translated_entries()) > 100


@pytest.mark.parametrize("code", CATALOGUES)
def test_catalogues_carry_no_source_locations(code):
    assert "#: " not in CATALOGUES[code].read_text(encoding="utf-8")


@pytest.mark.parametrize("code", CATALOGUES)
def test_every_japanese_interface_text_has_its_furigana_built(code):
    table = catalogue_ruby.table(code)
    for entry in polib.pofile(str(CATALOGUES[code])).translated_entries():
        assert entry.msgstr in table, entry.msgid


def test_catalogues_are_up_to_date_with_the_code(tmp_path, settings):
    if not shutil.which("xgettext"):
        if os.environ.get("CI"):
            pytest.fail("GNU gettext is missing on CI")
        pytest.skip("GNU gettext is not installed (apt-get install gettext)")
    fresh = tmp_path / "locale"
    shutil.copytree(LOCALE, fresh)
    settings.LOCALE_PATHS = [fresh]
    call_command("makemessages", "--no-location", "--no-obsolete", "-l", "ja", "-l", "ja_Easy",
                 "--ignore=.venv", "--ignore=staticfiles", "--ignore=tests", verbosity=0)
    for code, path in CATALOGUES.items():
        regenerated = polib.pofile(str(fresh / path.relative_to(LOCALE)))
        committed = polib.pofile(str(path))
        new = {e.msgid for e in regenerated if not e.obsolete} - {e.msgid for e in committed}
        gone = {e.msgid for e in committed} - {e.msgid for e in regenerated if not e.obsolete}
        assert (new, gone) == (set(), set()), f"run `make messages` and translate ({code})"
