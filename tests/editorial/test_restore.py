"""Restoring an old version never lets a user do what the form would not let them do."""
import pytest
import reversion
from django.test import Client
from django.urls import reverse
from reversion.models import Version

from portal.cards.models import CardCell, CardItem
from portal.core.models import State
from portal.qa.models import Question
from tests.editorial.forms import form_values
from tests.editorial.test_admin import change_url, open_form, submit

pytestmark = pytest.mark.django_db


def restore_url(question, version):
    return reverse("admin:qa_question_revision", args=[question.pk, version.pk])


def published_then_withdrawn(publisher, number):
    """A question saved published by a publisher, then taken back to a draft: its older version says published."""
    question = Question.objects.get(number=number)
    client = Client()
    client.force_login(publisher)
    assert submit(client, change_url(question), open_form(client, change_url(question)),
                  answer_en="The published text.").status_code == 302
    assert submit(client, change_url(question), open_form(client, change_url(question)),
                  answer_en="The withdrawn text.", state="draft").status_code == 302
    question.refresh_from_db()
    assert question.state == State.DRAFT
    published = Version.objects.get_for_object(question)[1]
    assert published.field_dict["state"] == State.PUBLISHED
    return question, published


def test_an_editor_restoring_a_published_version_does_not_publish(client, editor, publisher):
    question, published = published_then_withdrawn(publisher, 14)
    client.force_login(editor)
    page = client.get(restore_url(question, published)).content.decode()
    values = form_values(page, "question_form")
    assert values["answer_en"] == "The published text."
    assert "state" not in values  # read-only for editors, as on the change form
    response = submit(client, restore_url(question, published), values, state="published")
    assert response.status_code == 302, response.content.decode()[:2000]
    question.refresh_from_db()
    assert question.answer_en == "The published text."
    assert question.state == State.DRAFT
    assert Client().get(question.get_absolute_url().replace("/ja/", "/en/")).status_code == 404


def test_the_restore_form_shows_the_state_that_will_be_kept(client, editor, publisher):
    question, published = published_then_withdrawn(publisher, 15)
    client.force_login(editor)
    page = client.get(restore_url(question, published)).content.decode()
    readonly = page.split("field-state", 1)[1].split('<div class="readonly">', 1)[1].split("</div>", 1)[0]
    assert readonly.strip() in ("Draft", "下書き")


def test_a_publisher_restoring_a_published_version_publishes_it(publisher):
    question, published = published_then_withdrawn(publisher, 16)
    client = Client()
    client.force_login(publisher)
    values = form_values(client.get(restore_url(question, published)).content.decode(), "question_form")
    assert values["state"] == State.PUBLISHED
    assert submit(client, restore_url(question, published), values).status_code == 302
    question.refresh_from_db()
    assert question.state == State.PUBLISHED


def test_a_restore_keeps_the_newest_change_note_on_the_page(client, editor, publisher):
    question = Question.objects.get(number=17)
    other = Client()
    other.force_login(publisher)
    submit(other, change_url(question), open_form(other, change_url(question)), answer_en="Before the change.")
    before = Version.objects.get_for_object(question)[0]
    submit(other, change_url(question), open_form(other, change_url(question)), answer_en="After the change.",
           major_change="on", change_note_ja="回答を直しました。", change_note_en="The answer was corrected.",
           change_note_ja_easy="答えを 直しました。")
    client.force_login(editor)
    values = form_values(client.get(restore_url(question, before)).content.decode(), "question_form")
    assert submit(client, restore_url(question, before), values).status_code == 302
    question.refresh_from_db()
    assert question.answer_en == "Before the change."
    assert "The answer was corrected." in question.last_major_change["html"]["en"]


def test_an_editor_recovering_a_deleted_item_gets_a_draft(client, editor):
    question = Question.objects.get(number=18)
    path = question.get_absolute_url().replace("/ja/", "/en/")
    version = Version.objects.get_for_object(question).first()  # loaded from content/: published
    assert version.field_dict["state"] == State.PUBLISHED
    question.delete()
    client.force_login(editor)
    url = reverse("admin:qa_question_recover", args=[version.pk])
    values = form_values(client.get(url).content.decode(), "question_form")
    response = submit(client, url, values, state="published")
    assert response.status_code == 302, response.content.decode()[:2000]
    recovered = Question.objects.get(number=18)
    assert recovered.state == State.DRAFT
    assert Client().get(path).status_code == 404


def _cell_added_after_a_version():
    """A card item whose older version has one cell fewer than it has now."""
    item = CardItem.objects.get(key="address")
    cell = item.cells.order_by("card__order").last()
    fields = {"card": cell.card, "presence": cell.presence, "side": cell.side,
              **{f"note_{code}": getattr(cell, f"note_{code}") for code in ("ja", "en", "ja_easy")}}
    cell.delete()
    with reversion.create_revision():
        item.save()
    without = Version.objects.get_for_object(item).first()
    with reversion.create_revision():
        CardCell.objects.create(item=item, **fields)
        item.save()
    return item, without, fields["card"]


def test_an_editor_restoring_an_older_version_does_not_delete_rows_added_since(client, editor):
    item, without, card = _cell_added_after_a_version()
    client.force_login(editor)
    url = reverse("admin:cards_carditem_revision", args=[item.pk, without.pk])
    values = form_values(client.get(url).content.decode(), "carditem_form")
    response = submit(client, url, values)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert CardCell.objects.filter(item=item, card=card).exists()  # editors cannot delete cells


def test_a_publisher_restoring_an_older_version_gets_its_rows_back_exactly(publisher):
    item, without, card = _cell_added_after_a_version()
    client = Client()
    client.force_login(publisher)
    url = reverse("admin:cards_carditem_revision", args=[item.pk, without.pk])
    values = form_values(client.get(url).content.decode(), "carditem_form")
    assert submit(client, url, values).status_code == 302
    assert not CardCell.objects.filter(item=item, card=card).exists()
