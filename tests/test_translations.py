"""Interface translations: complete, up to date with the templates and code, compiled, with furigana."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings

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
        if not entry.msgid_plural:  # plural forms appear only in the admin, which shows no furigana
            assert entry.msgstr in table, entry.msgid


def test_catalogues_are_up_to_date_with_the_code(tmp_path):
    """makemessages on a copy of the project finds exactly the msgids the catalogues have."""
    if not shutil.which("xgettext"):
        if os.environ.get("CI"):
            pytest.fail("GNU gettext is missing on CI")
        pytest.skip("GNU gettext is not installed (apt-get install gettext)")
    project = tmp_path / "project"
    ignore = shutil.ignore_patterns(".venv", ".git", "staticfiles", "node_modules", "__pycache__", "*.sqlite3")
    shutil.copytree(settings.BASE_DIR, project, ignore=ignore)
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "--no-location", "--no-obsolete", "-l", "ja", "-l", "ja_Easy",
         "--ignore=tests", "--verbosity=0"],
        cwd=project, check=True, env={**os.environ, "DJANGO_SETTINGS_MODULE": "portal.test_settings"},
    )
    for code, path in CATALOGUES.items():
        regenerated = {e.msgid for e in polib.pofile(str(project / path.relative_to(settings.BASE_DIR)))}
        committed = {e.msgid for e in polib.pofile(str(path))}
        assert (regenerated - committed, committed - regenerated) == (set(), set()), (
            f"run `make messages` and translate ({code})"
        )
