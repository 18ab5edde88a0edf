"""load_content: idempotent, never overwrites an admin edit, refuses bad files with a clear message."""
import shutil
from io import StringIO

import pytest
import yaml
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError

from reversion.models import Version

from portal.cards.models import CardItem
from portal.content.models import LoadRecord
from portal.qa.models import Question, Topic
from tests.pages import visible_text

pytestmark = pytest.mark.django_db


def load(content_dir=None) -> str:
    out, err = StringIO(), StringIO()
    args = ["--dir", str(content_dir)] if content_dir else []
    call_command("load_content", *args, stdout=out, stderr=err)
    return out.getvalue() + err.getvalue()


@pytest.fixture
def content_copy(tmp_path):
    target = tmp_path / "content"
    shutil.copytree(settings.CONTENT_DIR, target)
    return target


def edit_question(content_dir, number, **changes):
    path = content_dir / "questions.yaml"
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    for entry in entries:
        if entry["number"] == number:
            for field, value in changes.items():
                entry[field] = value
    path.write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_loading_again_changes_nothing():
    before = {q.number: (q.answer_en, q.rendered, q.updated_at) for q in Question.objects.all()}
    output = load()
    assert " created" in output
    counts = [line.split(": ")[1] for line in output.splitlines() if " created, " in line]
    assert len(counts) == 10 and all(count.startswith("0 created, 0 updated") for count in counts)
    after = {q.number: (q.answer_en, q.rendered, q.updated_at) for q in Question.objects.all()}
    assert after == before


def test_an_admin_edit_survives_loading_again():
    question = Question.objects.get(number=1)
    question.answer_en = "Edited by staff."
    question.save()
    load()
    assert Question.objects.get(number=1).answer_en == "Edited by staff."


def test_a_topic_renamed_in_the_admin_is_still_found_by_the_files_old_slug():
    """Until staff export, content/ still names the old slug: loading must neither fail on the questions
    that refer to it nor create a second topic that takes over the old address."""
    topics = Topic.objects.count()
    topic = Topic.objects.get(slug="myths")
    topic.slug = "myths-and-facts"
    topic.save()
    load()
    assert Topic.objects.count() == topics
    assert not Topic.objects.filter(slug="myths").exists()
    assert Topic.objects.get(slug="myths-and-facts").questions.exists()


def test_a_file_change_updates_an_item_nobody_edited(content_copy):
    question = Question.objects.get(number=2)
    answer = {"ja": "新しい回答です。", "en": "A new answer.", "ja-easy": "新しい 答えです。"}
    edit_question(content_copy, 2, answer=answer)
    output = load(content_copy)
    assert "1 updated" in output
    question.refresh_from_db()
    assert question.answer_en == "A new answer."
    assert visible_text(question.rendered["answer:ja"]) == "新しい回答です。"


def test_a_file_change_over_an_admin_edit_is_reported_and_the_edit_kept(content_copy):
    question = Question.objects.get(number=3)
    question.answer_en = "Staff's newer text."
    question.save()
    edit_question(content_copy, 3, answer={"ja": "ファイルの回答", "en": "File text.", "ja-easy": "ファイルの 答え"})
    output = load(content_copy)
    assert "conflict" in output and "number 3" in output
    assert Question.objects.get(number=3).answer_en == "Staff's newer text."


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"topic": "no-such-topic"}, "no topic with slug 'no-such-topic'"),
        ({"sources": ["no-such-source"]}, "no source with key 'no-such-source'"),
        ({"answer": "only one language"}, "give one text per language"),
        ({"last_reviewed": "yesterday"}, "not a date"),
        ({"colour": "red"}, "unknown field colour"),
        ({"outdated": ["fr"]}, "outdated: unknown language fr"),
        ({"changes": [{"date": "last week", "note": {"ja": "変更", "en": "Changed", "ja-easy": "変更"}}]},
         "is not a date and time"),
    ],
)
def test_a_bad_file_is_refused_whole_with_a_clear_message(content_copy, change, message):
    edit_question(content_copy, 1, answer={"ja": "変更", "en": "Changed.", "ja-easy": "変更"})
    edit_question(content_copy, 2, **change)
    records_before = LoadRecord.objects.count()
    with pytest.raises(CommandError) as error:
        load(content_copy)
    assert message in str(error.value)
    assert "Nothing was loaded" in str(error.value)
    assert Question.objects.get(number=1).answer_en != "Changed."
    assert LoadRecord.objects.count() == records_before


def test_invalid_yaml_is_reported_with_the_file_name(content_copy):
    (content_copy / "topics.yaml").write_text("- slug: [unclosed\n", encoding="utf-8")
    with pytest.raises(CommandError, match="topics.yaml: not valid YAML"):
        load(content_copy)


def loaded_version(item):
    return Version.objects.get_for_object(item).order_by("pk").first()


def test_loading_saves_a_version_of_every_item_it_creates():
    for question in Question.objects.all():
        version = loaded_version(question)
        assert version is not None, question
        assert version.revision.get_comment() == "Loaded from content/questions.yaml"
        assert version.revision.user is None
        assert version.field_dict["answer_en"] == question.answer_en
    topic = Topic.objects.first()
    assert loaded_version(topic).revision.get_comment() == "Loaded from content/topics.yaml"
    item = CardItem.objects.first()
    revision = loaded_version(item).revision
    assert revision.get_comment() == "Loaded from content/cards.yaml"
    # One revision per entry, holding the entry's own rows only (a card item with its cells).
    assert {version.content_type.model for version in revision.version_set.all()} == {"carditem", "cardcell"}
    assert revision.version_set.filter(content_type__model="cardcell").count() == item.cells.count()


def test_loading_an_unchanged_file_saves_no_version():
    before = Version.objects.count()
    load()
    assert Version.objects.count() == before


def test_loading_a_changed_entry_saves_a_version_of_it_only(content_copy):
    question = Question.objects.get(number=2)
    before = Version.objects.count()
    edit_question(content_copy, 2, answer={"ja": "新しい回答です。", "en": "A new answer.", "ja-easy": "新しい 答えです。"})
    load(content_copy)
    assert Version.objects.count() == before + 1
    newest = Version.objects.get_for_object(question).first()
    assert newest.revision.get_comment() == "Loaded from content/questions.yaml"
    assert newest.field_dict["answer_en"] == "A new answer."


def test_the_loaded_text_can_be_restored_after_an_admin_edit():
    question = Question.objects.get(number=5)
    loaded = question.answer_en
    question.answer_en = "Edited by staff."
    question.save()
    loaded_version(question).revision.revert()
    question.refresh_from_db()
    assert question.answer_en == loaded
