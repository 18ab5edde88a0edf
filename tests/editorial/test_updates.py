"""The public updates list and feeds: published items only, local dates, valid Atom, notes kept current."""
import datetime
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from django.test import Client
from django.urls import reverse
from django.utils.translation import override

from portal.core.models import State
from portal.editorial.models import Update
from portal.qa.models import Question
from tests.editorial.forms import form_values
from tests.editorial.test_admin import change_url, open_form, submit
from tests.pages import elements, visible_text

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
NOTES = {"change_note_ja": "回答を新しくしました。", "change_note_en": "The answer was rewritten.",
         "change_note_ja_easy": "答えを 新しく しました。"}


def page_path(question, code="en"):
    with override(code):
        return question.get_absolute_url()


def major_change(publisher, number, **notes):
    question = Question.objects.get(number=number)
    client = Client()
    client.force_login(publisher)
    response = submit(client, change_url(question), open_form(client, change_url(question)), major_change="on",
                      **{**NOTES, **notes})
    assert response.status_code == 302, response.content.decode()[:2000]
    return question, Update.objects.get(object_id=question.pk, content_type__model="question")


def feed(code="en"):
    response = Client().get(f"/{code}/updates/feed/")
    assert response.status_code == 200
    return ET.fromstring(response.content)


def entries(code="en"):
    return feed(code).findall(f"{ATOM}entry")


def updates_page(code="en"):
    return Client().get(f"/{code}/updates/").content.decode()


# --- only published items, no link to a 404 ----------------------------------------------------------
def test_updates_of_drafts_are_not_listed_nor_in_the_feed(publisher):
    question, _update = major_change(publisher, 22, change_note_en="Soon to be a draft.")
    assert "Soon to be a draft." in visible_text(updates_page())
    question.state = State.DRAFT
    question.save()
    assert "Soon to be a draft." not in visible_text(updates_page())
    assert all("Soon to be a draft." not in (entry.findtext(f"{ATOM}title") or "") for entry in entries())
    assert b"Soon to be a draft." not in Client().get("/en/updates/feed/").content


def test_updates_of_deleted_items_are_not_listed(publisher):
    question, _update = major_change(publisher, 23, change_note_en="About a deleted question.")
    question.delete()
    assert "About a deleted question." not in visible_text(updates_page())
    assert b"About a deleted question." not in Client().get("/en/updates/feed/").content


def test_every_link_of_the_updates_list_and_feed_answers(publisher):
    major_change(publisher, 24)
    question, _update = major_change(publisher, 25, change_note_en="Then withdrawn.")
    Question.objects.filter(pk=question.pk).update(state=State.DRAFT)
    client = Client()
    for code in ("ja", "en", "ja-easy"):
        links = [a["href"] for a in elements(updates_page(code), "a") if a.get("href", "").startswith(f"/{code}/")]
        links += [link.get("href").removeprefix("http://testserver") for entry in entries(code)
                  for link in entry.findall(f"{ATOM}link")]
        assert len(links) >= 2
        for link in links:
            assert client.get(link.split("#")[0]).status_code == 200, link


# --- dates in the portal's time zone --------------------------------------------------------------------
def test_the_updates_list_shows_the_date_in_japan(publisher):
    _question, update = major_change(publisher, 26)
    late_evening_utc = datetime.datetime(2026, 6, 14, 23, 30, tzinfo=datetime.UTC)  # 08:30 on 15 June in Tokyo
    Update.objects.filter(pk=update.pk).update(created_at=late_evening_utc)
    page = updates_page()
    assert '<time datetime="2026-06-15">' in page
    assert "15 June 2026" in visible_text(page)
    assert "14 June 2026" not in visible_text(page)


# --- no hand-made updates; editing a note shows at once ---------------------------------------------------
def test_updates_cannot_be_added_by_hand_in_the_admin(client, publisher, admin_user):
    for user in (publisher, admin_user):
        client.force_login(user)
        assert client.get(reverse("admin:editorial_update_add")).status_code == 403
        assert reverse("admin:editorial_update_add") not in client.get(reverse("admin:editorial_update_changelist")).content.decode()


def test_editing_a_change_note_in_the_admin_updates_the_page_the_list_and_the_feed(client, publisher):
    question, update = major_change(publisher, 27)
    path = page_path(question)
    for url in (path, "/en/updates/", "/en/updates/feed/"):  # in the page cache now
        assert "The answer was rewritten." in Client().get(url).content.decode()
    client.force_login(publisher)
    url = reverse("admin:editorial_update_change", args=[update.pk])
    values = form_values(client.get(url).content.decode(), "update_form")
    response = submit(client, url, values, note_en="The answer was rewritten and shortened.")
    assert response.status_code == 302, response.content.decode()[:3000]
    for url in (path, "/en/updates/", "/en/updates/feed/"):
        assert "The answer was rewritten and shortened." in Client().get(url).content.decode(), url
    with override("ja-easy"):
        easy_path = question.get_absolute_url()
    easy = Client().get(easy_path).content.decode()
    assert "<rt>" in easy.split('class="changed"')[1].split("</p>")[0]  # re-rendered with furigana


def test_deleting_the_newest_update_shows_the_one_before_on_the_page(publisher):
    question, first = major_change(publisher, 28, change_note_en="The first change.")
    client = Client()
    client.force_login(publisher)
    submit(client, change_url(question), open_form(client, change_url(question)), major_change="on",
           **{**NOTES, "change_note_en": "The second change."})
    path = page_path(question)
    assert "The second change." in visible_text(Client().get(path).content.decode())
    Update.objects.exclude(pk=first.pk).filter(object_id=question.pk).delete()
    page = visible_text(Client().get(path).content.decode())
    assert "The first change." in page and "The second change." not in page


# --- the Atom feed -----------------------------------------------------------------------------------------
def test_the_feeds_declare_bcp47_languages(publisher):
    major_change(publisher, 29)
    assert {code: feed(code).get(XML_LANG) for code in ("ja", "en", "ja-easy")} == {
        "ja": "ja", "en": "en", "ja-easy": "ja-x-easy"}


def test_feed_entry_ids_are_uris_stable_and_distinct_per_language(client, publisher):
    _question, update = major_change(publisher, 30)
    ids = {code: [entry.findtext(f"{ATOM}id") for entry in entries(code)] for code in ("ja", "en", "ja-easy")}
    for code, values in ids.items():
        assert values
        for value in values:
            parts = urlsplit(value)
            assert parts.scheme in ("http", "https", "tag") and (parts.netloc or parts.scheme == "tag"), value
    assert len({value for values in ids.values() for value in values}) == sum(len(values) for values in ids.values())
    # The same after the note is edited and on the next request.
    update.note_en = "A corrected note."
    update.save()
    assert [entry.findtext(f"{ATOM}id") for entry in entries("en")] == ids["en"]
    # The anchor the id names exists on the updates list.
    fragment = urlsplit(ids["en"][0]).fragment
    assert fragment and f'id="{fragment}"' in updates_page()


def test_the_feed_has_an_author_and_entry_titles_name_the_changed_page(publisher):
    question, _update = major_change(publisher, 31)
    root = feed("en")
    assert root.findtext(f"{ATOM}author/{ATOM}name")
    titles = [entry.findtext(f"{ATOM}title") for entry in root.findall(f"{ATOM}entry")]
    with override("en"):
        name = str(question)
    assert any(name in title and "The answer was rewritten." in title for title in titles), titles
    with override("ja-easy"):
        easy_name = str(question)
    easy_titles = [entry.findtext(f"{ATOM}title") for entry in entries("ja-easy")]
    assert any(easy_name in title and "答えを 新しく しました。" in title for title in easy_titles), easy_titles


def test_the_updates_list_names_the_changed_page(publisher):
    question, _update = major_change(publisher, 32)
    with override("en"):
        name = question.question
    assert f"{name}: The answer was rewritten." in visible_text(updates_page())
