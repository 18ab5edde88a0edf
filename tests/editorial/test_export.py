"""export_content writes the database back to files that load into the same content and editorial state."""
import pytest
import yaml
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command

from portal.cards.models import CardItem
from portal.content.entries import from_database
from portal.content.models import LoadRecord
from portal.content.specs import SPECS
from portal.core.models import Publishable
from portal.editorial.models import Update
from portal.languages import CODES
from portal.qa.models import Question

pytestmark = pytest.mark.django_db


def snapshot():
    """Content and editorial state: translation marks, change notes, what each page shows of them."""
    state = {}
    for spec in SPECS:
        for item in spec.model_class.objects.all():
            entry = from_database(spec, item)
            if hasattr(item, "translation_state"):
                entry["_states"] = [item.translation_state(code) for code in CODES]
            if isinstance(item, Publishable):
                entry["_last_major_change"] = item.last_major_change
            state.setdefault(spec.model + (spec.section or ""), []).append(entry)
    return state


def empty_the_database():
    for spec in reversed(SPECS):
        spec.model_class.objects.all().delete()
    Update.objects.all().delete()
    LoadRecord.objects.all().delete()
    assert Question.objects.count() == 0


def add_update(item, notes, when):
    update = Update(content_type=ContentType.objects.get_for_model(item), object_id=item.pk)
    for code, text in notes.items():
        setattr(update, f"note_{code.replace('-', '_')}", text)
    update.save()
    Update.objects.filter(pk=update.pk).update(created_at=when)
    update.refresh_from_db()
    update.save()  # copies the newest note and its date onto the item again


@pytest.fixture
def edited():
    """Editorial state staff leave behind: changed Japanese, a confirmed translation, two major changes."""
    import datetime

    question = Question.objects.get(number=1)
    question.answer_en = "Edited in the admin,\nover two lines."
    question.save()
    question.answer_ja += "（追記）"
    question.save()  # English and easy Japanese now out of date
    question.mark_translation_current("ja-easy")
    question.save()
    tokyo = datetime.timezone(datetime.timedelta(hours=9))
    add_update(question, {"ja": "最初の変更。", "en": "The first change.", "ja-easy": "はじめの 変更。"},
               datetime.datetime(2026, 6, 1, 9, 0, tzinfo=tokyo))
    add_update(question, {"ja": "回答を直しました。", "en": "The answer was corrected.", "ja-easy": "答えを 直しました。"},
               datetime.datetime(2026, 6, 15, 0, 30, tzinfo=tokyo))  # 14 June in UTC, 15 June in Japan
    cell = CardItem.objects.get(key="address").cells.first()
    cell.note_ja = (cell.note_ja or "") + "（変更）"
    cell.save()  # the cell's translations are out of date too
    return question


def test_export_then_load_into_an_empty_database_gives_the_same_content_and_editorial_state(tmp_path, edited):
    before = snapshot()
    question = before["qa.Question"][[entry["number"] for entry in before["qa.Question"]].index(1)]
    assert question["outdated"] == ["en"]
    assert [change["note"]["en"] for change in question["changes"]] == ["The answer was corrected.", "The first change."]
    assert question["_last_major_change"]["date"] == "2026-06-15"
    call_command("export_content", "--dir", str(tmp_path), verbosity=0)
    empty_the_database()
    call_command("load_content", "--dir", str(tmp_path), verbosity=0)
    assert snapshot() == before
    # And loading the same files again changes nothing.
    call_command("load_content", "--dir", str(tmp_path), verbosity=0)
    assert snapshot() == before


def test_editorial_state_is_written_readably_and_only_where_there_is_some(tmp_path, edited):
    call_command("export_content", "--dir", str(tmp_path), verbosity=0)
    text = (tmp_path / "questions.yaml").read_text(encoding="utf-8")
    entries = {entry["number"]: entry for entry in yaml.safe_load(text)}
    assert entries[1]["outdated"] == ["en"]
    assert entries[1]["changes"][0] == {"date": "2026-06-15T00:30:00+09:00", "note": {
        "ja": "回答を直しました。", "en": "The answer was corrected.", "ja-easy": "答えを 直しました。"}}
    assert "outdated" not in entries[2] and "changes" not in entries[2]
    cells = yaml.safe_load((tmp_path / "cards.yaml").read_text(encoding="utf-8"))["items"]
    address = next(item for item in cells if item["key"] == "address")
    assert any(cell.get("outdated") == ["en", "ja-easy"] for cell in address["cells"].values())
    assert "\\u" not in text


def test_editorial_state_in_a_file_never_overrides_staff_marks_on_existing_items(tmp_path, edited):
    """Marks and notes are applied to rows the loader creates; an existing row keeps what staff did."""
    call_command("export_content", "--dir", str(tmp_path), verbosity=0)
    path = tmp_path / "questions.yaml"
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    for entry in entries:
        if entry["number"] == 2:
            entry["outdated"] = ["en", "ja-easy"]
    path.write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False), encoding="utf-8")
    call_command("load_content", "--dir", str(tmp_path), verbosity=0)
    assert Question.objects.get(number=2).translation_state("en") == "current"


def test_exported_files_keep_multi_line_texts_readable(tmp_path):
    call_command("export_content", "--dir", str(tmp_path), verbosity=0)
    text = (tmp_path / "questions.yaml").read_text(encoding="utf-8")
    assert "ja: |" in text or "ja: |-" in text
    assert "\\u" not in text
