"""Renamed topics keep their old addresses: the topic page and its printed sheet redirect (301), in every language.

Printed sheets carry QR codes of the topic page; a sheet on a notice board outlives any renaming.
"""
import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils.translation import override

from portal.languages import CODES
from portal.qa.models import OldTopicSlug, Question, Topic
from tests.editorial.forms import form_values

pytestmark = pytest.mark.django_db


def _topic_path(slug, code):
    with override(code):
        return reverse("qa:topic", kwargs={"slug": slug})


def _sheet_path(slug, code):
    with override(code):
        return reverse("sharing-topic-sheet", kwargs={"slug": slug})


def _rename(topic, slug):
    topic.slug = slug
    topic.save()
    topic.refresh_from_db()
    return topic


def _assert_redirects(client, old, new):
    for code in CODES:
        for path, target in ((_topic_path(old, code), _topic_path(new, code)),
                             (_sheet_path(old, code), _sheet_path(new, code))):
            response = client.get(path)
            assert response.status_code == 301, path
            assert response["Location"] == target, path
            # Not cached forever: a slug renamed back must not become a redirect loop in browsers.
            assert "max-age=86400" in response["Cache-Control"], path
            assert client.get(target).status_code == 200, target


def test_a_renamed_topic_redirects_from_its_old_slug_in_every_language(client):
    topic = Topic.objects.published().get(slug="basics")
    _rename(topic, "the-basics")
    assert list(topic.old_slugs.values_list("slug", flat=True)) == ["basics"]
    _assert_redirects(client, "basics", "the-basics")


def test_every_earlier_slug_redirects_straight_to_the_current_one(client):
    topic = Topic.objects.published().get(slug="choosing")
    _rename(topic, "choosing-2")
    _rename(topic, "choosing-3")
    assert set(topic.old_slugs.values_list("slug", flat=True)) == {"choosing", "choosing-2"}
    _assert_redirects(client, "choosing", "choosing-3")
    _assert_redirects(client, "choosing-2", "choosing-3")


def test_going_back_to_an_old_slug_serves_the_page_again(client):
    topic = Topic.objects.published().get(slug="applying")
    _rename(topic, "how-to-apply")
    _rename(topic, "applying")
    assert list(topic.old_slugs.values_list("slug", flat=True)) == ["how-to-apply"]
    assert client.get(_topic_path("applying", "en")).status_code == 200
    _assert_redirects(client, "how-to-apply", "applying")


def test_a_current_slug_wins_over_an_old_one(client):
    """A slug given up by one topic and taken by another belongs to the new topic."""
    first = Topic.objects.published().get(slug="myths")
    second = Topic.objects.published().get(slug="not-yet-clear")
    _rename(first, "common-myths")
    _rename(second, "myths")
    assert not OldTopicSlug.objects.filter(slug="myths").exists()
    response = client.get(_topic_path("myths", "en"))
    assert response.status_code == 200
    assert second.title_en in response.content.decode()
    _assert_redirects(client, "not-yet-clear", "myths")


def test_unknown_and_draft_topics_are_not_found(client):
    assert client.get(_topic_path("no-such-topic", "en")).status_code == 404
    assert client.get(_sheet_path("no-such-topic", "ja-easy")).status_code == 404
    topic = Topic.objects.published().get(slug="the-card")
    _rename(topic, "the-new-card")
    topic.state = "draft"
    topic.save()
    for code in CODES:
        assert client.get(_topic_path("the-card", code)).status_code == 404
        assert client.get(_sheet_path("the-card", code)).status_code == 404


def test_question_slugs_still_redirect_by_number(client):
    question = Question.objects.published().get(number=3)
    with override("ja-easy"):
        old = question.get_absolute_url()
    question.slug = "renamed-question-three"
    question.save()
    response = client.get(old)
    assert response.status_code == 301
    assert response["Location"] == "/ja-easy/qa/3/renamed-question-three/"


def test_a_rename_in_the_admin_is_recorded_and_shown_there(admin_client, client):
    topic = Topic.objects.get(slug="living-with-it")
    url = reverse("admin:qa_topic_change", args=[topic.pk])
    values = form_values(admin_client.get(url).content.decode(), "topic_form")
    values.pop("_continue", None)
    values["slug"] = "daily-life"
    response = admin_client.post(url, {key: value for key, value in values.items() if value is not None})
    assert response.status_code == 302, response.content.decode()[:3000]
    topic.refresh_from_db()
    assert topic.slug == "daily-life"
    assert list(topic.old_slugs.values_list("slug", flat=True)) == ["living-with-it"]
    assert "<code>living-with-it</code>" in admin_client.get(url).content.decode()
    _assert_redirects(client, "living-with-it", "daily-life")


def test_restoring_an_old_version_records_the_slug_it_leaves(admin_client, client):
    """django-reversion saves without Model.save(); the signal still records the slug."""
    from reversion.models import Version

    topic = Topic.objects.get(slug="basics")
    url = reverse("admin:qa_topic_change", args=[topic.pk])
    for slug in ("basics-first", "basics-second"):
        values = form_values(admin_client.get(url).content.decode(), "topic_form")
        values.pop("_continue", None)
        values["slug"] = slug
        assert admin_client.post(url, {k: v for k, v in values.items() if v is not None}).status_code == 302
    older = Version.objects.get_for_object(topic)[1]
    restore_url = reverse("admin:qa_topic_revision", args=[topic.pk, older.pk])
    values = form_values(admin_client.get(restore_url).content.decode(), "topic_form")
    values.pop("_continue", None)
    assert admin_client.post(restore_url, {k: v for k, v in values.items() if v is not None}).status_code == 302
    topic.refresh_from_db()
    assert topic.slug == "basics-first"
    assert set(topic.old_slugs.values_list("slug", flat=True)) == {"basics", "basics-second"}
    _assert_redirects(client, "basics-second", "basics-first")
    _assert_redirects(client, "basics", "basics-first")


def test_load_content_runs_again_unchanged_with_the_old_slugs_table(client):
    before = Topic.objects.count()
    call_command("load_content", verbosity=0)
    assert Topic.objects.count() == before
    assert not OldTopicSlug.objects.exists()
