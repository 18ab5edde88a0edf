"""export_content writes the database back to files that load into the same content."""
import pytest
from django.core.management import call_command

from portal.content.entries import from_database
from portal.content.models import LoadRecord
from portal.content.specs import SPECS
from portal.qa.models import Question

pytestmark = pytest.mark.django_db


def snapshot():
    return {spec.model + (spec.section or ""): [from_database(spec, item) for item in spec.model_class.objects.all()]
            for spec in SPECS}


def test_export_then_load_into_an_empty_database_gives_the_same_content(tmp_path):
    question = Question.objects.get(number=1)
    question.answer_en = "Edited in the admin,\nover two lines."
    question.save()
    before = snapshot()
    call_command("export_content", "--dir", str(tmp_path), verbosity=0)
    for spec in reversed(SPECS):
        spec.model_class.objects.all().delete()
    LoadRecord.objects.all().delete()
    assert Question.objects.count() == 0
    call_command("load_content", "--dir", str(tmp_path), verbosity=0)
    assert snapshot() == before


def test_exported_files_keep_multi_line_texts_readable(tmp_path):
    call_command("export_content", "--dir", str(tmp_path), verbosity=0)
    text = (tmp_path / "questions.yaml").read_text(encoding="utf-8")
    assert "ja: |" in text or "ja: |-" in text
    assert "\\u" not in text
