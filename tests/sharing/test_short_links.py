"""Permanent links: short links by number in every language, and old slugs that keep working."""
import pytest
from django.utils.translation import override

from portal.languages import CODES
from portal.qa.models import Question

pytestmark = pytest.mark.django_db


def _page_of(question, code):
    with override(code):
        return question.get_absolute_url()


@pytest.mark.parametrize(("header", "code"), [("ja-JP,ja;q=0.9", "ja"), ("en-GB,en;q=0.8", "en"),
                                              ("vi-VN", "en"), ("", "en"), ("@@;q=x", "en")])
def test_unprefixed_short_link_picks_the_visitors_language(client, header, code):
    questions = list(Question.objects.published())
    assert len(questions) >= 30
    for question in questions:
        response = client.get(f"/q/{question.number}", headers={"accept-language": header})
        assert response.status_code == 302, question.number
        assert response["Location"] == _page_of(question, code)
        assert "Accept-Language" in response["Vary"]
        page = client.get(response["Location"])
        assert page.status_code == 200


@pytest.mark.parametrize("code", CODES)
def test_prefixed_short_link_is_permanent_and_keeps_the_language(client, code):
    for question in Question.objects.published():
        for suffix in ("", "/"):
            response = client.get(f"/{code}/q/{question.number}{suffix}")
            assert response.status_code == 301
            assert response["Location"] == _page_of(question, code)
        followed = client.get(f"/{code}/q/{question.number}", follow=True)
        assert followed.status_code == 200
        assert followed.redirect_chain[-1][0] == _page_of(question, code)


def test_unknown_number_is_not_found_in_a_language(client):
    missing = max(Question.objects.values_list("number", flat=True)) + 1
    assert client.get(f"/q/{missing}", headers={"accept-language": "ja"}, follow=True).status_code == 404
    for code in CODES:
        assert client.get(f"/{code}/q/{missing}").status_code == 404


def test_an_old_slug_redirects_permanently_to_the_current_one(client):
    question = Question.objects.published().get(number=3)
    old_url = _page_of(question, "en")
    question.slug = "a-new-slug-for-question-three"
    question.save()
    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"] == _page_of(question, "en") == "/en/qa/3/a-new-slug-for-question-three/"
    assert client.get(response["Location"]).status_code == 200
    # The short link follows the change without anyone updating it.
    assert client.get("/en/q/3")["Location"] == "/en/qa/3/a-new-slug-for-question-three/"


def test_question_pages_show_their_short_link(client):
    for code in CODES:
        question = Question.objects.published().first()
        page = client.get(_page_of(question, code)).content.decode()
        assert f'href="http://testserver/{code}/q/{question.number}"' in page
