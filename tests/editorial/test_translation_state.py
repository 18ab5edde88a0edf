import pytest

from portal.qa.models import Question

pytestmark = pytest.mark.django_db


def test_loaded_content_is_current_in_every_language():
    question = Question.objects.get(number=1)
    assert [question.translation_state(code) for code in ("ja", "en", "ja-easy")] == ["current"] * 3


def test_changing_the_japanese_marks_the_translations_out_of_date():
    question = Question.objects.get(number=1)
    question.answer_ja += "（追記）"
    question.save()
    assert question.translation_state("en") == "outdated"
    assert question.translation_state("ja-easy") == "outdated"
    assert Question.objects.get(number=1).translation_state("en") == "outdated"


def test_updating_a_translation_makes_it_current_again():
    question = Question.objects.get(number=1)
    question.answer_ja += "（追記）"
    question.save()
    question = Question.objects.get(number=1)
    question.answer_en += " (Added.)"
    question.save()
    question = Question.objects.get(number=1)
    assert question.translation_state("en") == "current"
    assert question.translation_state("ja-easy") == "outdated"


def test_staff_can_confirm_a_translation_still_matches():
    question = Question.objects.get(number=1)
    question.answer_ja += "。"
    question.save()
    question.mark_translation_current("ja-easy")
    question.save()
    assert question.translation_state("ja-easy") == "current"


def test_an_empty_translation_is_missing():
    question = Question.objects.get(number=1)
    question.answer_en = ""
    question.save()
    assert question.translation_state("en") == "missing"
