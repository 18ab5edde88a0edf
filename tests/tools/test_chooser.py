"""“Which option is for me?”: outcomes for each kind of reader, every statement sourced."""
import itertools

import pytest
from django.test import Client

from portal.qa.models import Question
from portal.tools import chooser
from portal.tools.chooser import MID_LONG, NO, OTHER, POSSIBLE, SPECIAL, SUGGESTED, UNSURE, YES, advise
from tests.pages import elements, visible_text

ALL_ANSWERS = list(itertools.product([MID_LONG, SPECIAL, OTHER], [YES, NO, UNSURE], [YES, NO, UNSURE]))


def fits(outcome):
    return {choice.letter: choice.fit for choice in outcome.choices}


def test_my_number_users_are_pointed_to_the_integrated_card():
    outcome = advise(MID_LONG, YES, YES)
    assert outcome.choices[0].letter == "a" and fits(outcome) == {"a": SUGGESTED, "b": POSSIBLE, "c": POSSIBLE}
    assert chooser.WITH_PROCEDURE in outcome.points and chooser.PERIOD_OF_STAY in outcome.points


def test_no_procedure_due_points_to_a_reissue():
    assert chooser.NO_PROCEDURE in advise(MID_LONG, NO, YES).points


def test_not_using_the_my_number_card_points_to_the_residence_card_only():
    outcome = advise(MID_LONG, NO, NO)
    assert outcome.choices[0].letter == "c" and fits(outcome)["c"] == SUGGESTED
    assert chooser.HEALTH_INSURANCE in outcome.points and chooser.PERIOD_OF_STAY not in outcome.points


def test_undecided_readers_see_all_three_choices_equally():
    outcome = advise(MID_LONG, UNSURE, UNSURE)
    assert [c.letter for c in outcome.choices] == ["a", "b", "c"] and set(fits(outcome).values()) == {POSSIBLE}
    assert chooser.WHICH_PROCEDURES in outcome.points


def test_special_permanent_residents_get_their_certificate():
    outcome = advise(SPECIAL, YES, YES)
    assert outcome.summary == chooser.SUMMARY_SPECIAL and chooser.SPECIAL_PLACE in outcome.points
    assert all(10 in choice.statement.questions for choice in outcome.choices)
    assert chooser.PERIOD_OF_STAY not in outcome.points  # special permanent residents have no period of stay


def test_others_are_told_they_probably_cannot_apply():
    outcome = advise(OTHER, YES, YES)
    assert not outcome.eligible and not outcome.choices and outcome.summary == chooser.NOT_ELIGIBLE


@pytest.mark.django_db
@pytest.mark.parametrize("answers", ALL_ANSWERS)
def test_every_statement_links_to_a_published_question(answers):
    outcome = advise(*answers)
    statements = [outcome.summary, *outcome.points, *(c.statement for c in outcome.choices)]
    assert all(s.questions for s in statements)
    published = set(Question.objects.published().values_list("number", flat=True))
    assert chooser.question_numbers(outcome) <= published


ANSWERS = {"status": MID_LONG, "procedure": NO, "my_number": YES}


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["en", "ja", "ja-easy"])
def test_the_page_shows_the_outcome_with_links(client, code):
    page = client.post(f"/{code}/tools/which-option/", ANSWERS).content.decode()
    links = [a["href"] for a in elements(page, "a") if "/qa/" in a.get("href", "")]
    assert f"/{code}/qa/3/no-immigration-procedure-due/" in links
    for href in set(links):
        assert client.get(href).status_code == 200
    checked = [i for i in elements(page, "input") if "checked" in i]
    assert {(i["name"], i["value"]) for i in checked} == {("status", MID_LONG), ("procedure", NO), ("my_number", YES)}


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["en", "ja", "ja-easy"])
def test_the_answers_are_posted_never_put_in_the_address(client, code):
    """The page says the answers are not stored: they must not reach a URL, the access log or a cache."""
    path = f"/{code}/tools/which-option/"
    form = [f for f in elements(client.get(path).content.decode(), "form") if "tool-form" in f.get("class", "")][0]
    assert form["method"] == "post" and form["action"].split("#")[0] == path
    response = Client(enforce_csrf_checks=True).post(path, ANSWERS)  # no token, no cookie: it still works
    assert response.status_code == 200 and not response.cookies
    assert "no-store" in response["Cache-Control"]
    assert 'id="outcome"' in response.content.decode()
    # Answers in a query string (an old link) are ignored: they would be logged and cached by URL.
    page = client.get(path, ANSWERS).content.decode()
    assert 'id="outcome"' not in page and not [i for i in elements(page, "input") if "checked" in i]


@pytest.mark.django_db
def test_missing_or_bad_answers_are_asked_again(client):
    for answers in [{"status": MID_LONG}, {"status": "hacker", "procedure": YES, "my_number": YES}]:
        page = client.post("/en/tools/which-option/", answers).content.decode()
        text = visible_text(page)
        assert "Please answer every question." in text and "Your options" not in text


@pytest.mark.django_db
def test_the_first_visit_shows_only_the_questions(client):
    text = visible_text(client.get("/en/tools/which-option/").content.decode())
    assert "Which describes you?" in text and "Please answer" not in text and "Your options" not in text
