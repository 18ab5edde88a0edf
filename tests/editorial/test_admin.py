"""Staff editing through the admin: saves go live, nothing is lost, drafts stay private."""
import re

import pytest
from django.test import Client
from django.urls import reverse
from reversion.models import Version

from portal.core.models import State
from portal.editorial import history
from portal.editorial.models import Update
from portal.qa.models import Question, Topic
from portal.sources.models import Source
from tests.editorial.forms import form_values
from tests.pages import visible_text

pytestmark = pytest.mark.django_db


def change_url(question):
    return reverse("admin:qa_question_change", args=[question.pk])


def open_form(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return form_values(response.content.decode(), "question_form")


def submit(client, url, values, **changes):
    data = {**values, **changes}
    data.pop("_continue", None)
    return client.post(url, {key: value for key, value in data.items() if value is not None})


def public_text(client, path):
    return visible_text(Client().get(path).content.decode())


def test_an_editors_save_shows_on_the_public_page_at_once(client, editor):
    question = Question.objects.get(number=1)
    path = question.get_absolute_url().replace("/ja/", "/en/")
    assert "Ferries take longer" not in public_text(client, path)  # warms the page cache too
    client.force_login(editor)
    values = open_form(client, change_url(question))
    response = submit(client, change_url(question), values, answer_en="Ferries take longer than planes.")
    assert response.status_code == 302, response.content.decode()[:3000]
    assert "Ferries take longer than planes." in public_text(client, path)


def test_markdown_is_sanitised_so_no_script_runs(client, editor):
    question = Question.objects.get(number=2)
    client.force_login(editor)
    values = open_form(client, change_url(question))
    hostile = 'Hi <script>alert(1)</script> [x](javascript:alert(2)) <img src=x onerror="alert(3)">'
    submit(client, change_url(question), values, answer_en=hostile)
    page = Client().get(question.get_absolute_url().replace("/ja/", "/en/")).content.decode()
    assert "<script>alert" not in page and "javascript:alert" not in page and "onerror" not in page


def test_every_save_is_a_version_with_changes_and_an_old_one_can_be_restored(client, editor):
    question = Question.objects.get(number=3)
    original = question.answer_en
    client.force_login(editor)
    values = open_form(client, change_url(question))
    submit(client, change_url(question), values, answer_en="First edit.")
    values = open_form(client, change_url(question))
    submit(client, change_url(question), values, answer_en="Second edit.")
    versions = Version.objects.get_for_object(question)
    assert versions.count() == 3  # the text loaded from content/, then the two edits
    assert versions[0].revision.user == editor
    assert versions[2].revision.get_comment() == "Loaded from content/questions.yaml"
    history = client.get(reverse("admin:qa_question_history", args=[question.pk])).content.decode()
    assert "<del>First edit.</del>" in history or ("First" in history and "Second" in history)
    assert "<ins>" in history
    restore_url = reverse("admin:qa_question_revision", args=[question.pk, versions[1].pk])
    restore_form = form_values(client.get(restore_url).content.decode(), "question_form")
    assert restore_form["answer_en"] == "First edit."
    submit(client, restore_url, restore_form)
    question.refresh_from_db()
    assert question.answer_en == "First edit."
    assert original != "First edit."


def test_a_stale_save_is_refused_and_the_first_edit_survives(client, editor, publisher):
    question = Question.objects.get(number=4)
    second = Client()
    second.force_login(publisher)
    client.force_login(editor)
    first_form = open_form(client, change_url(question))
    second_form = open_form(second, change_url(question))
    assert submit(client, change_url(question), first_form, answer_en="The first editor's text.").status_code == 302
    response = submit(second, change_url(question), second_form, answer_en="The second editor's text.")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Someone else saved this item" in page or "保存" in page
    assert reverse("admin:qa_question_history", args=[question.pk]) in page
    assert "The second editor&#x27;s text." in page or "The second editor's text." in page  # kept in the form
    question.refresh_from_db()
    assert question.answer_en == "The first editor's text."


def test_editors_create_drafts_that_only_staff_can_preview(client, editor):
    client.force_login(editor)
    add_url = reverse("admin:qa_question_add")
    values = form_values(client.get(add_url).content.decode(), "question_form")
    topic = Topic.objects.first()
    response = submit(client, add_url, values, number="999", slug="draft-question", topic=str(topic.pk), order="1",
                      question_ja="下書きの質問", question_en="A draft question?", question_ja_easy="下書きの 質問",
                      answer_ja="回答", answer_en="An answer.", answer_ja_easy="答え", certainty="official",
                      state="published")
    assert response.status_code == 302, response.content.decode()[:2000]
    draft = Question.objects.get(number=999)
    assert draft.state == State.DRAFT
    assert Client().get("/en/qa/999/draft-question/").status_code == 404
    assert client.get("/en/qa/999/draft-question/?preview=1").status_code == 200
    assert Client().get("/en/qa/999/draft-question/?preview=1").status_code == 404


def test_publishers_publish(client, publisher):
    question = Question.objects.get(number=5)
    question.state = State.DRAFT
    question.save()
    client.force_login(publisher)
    values = open_form(client, change_url(question))
    assert submit(client, change_url(question), values, state="published").status_code == 302
    question.refresh_from_db()
    assert question.state == State.PUBLISHED


def test_a_major_change_is_announced_on_the_page_in_updates_and_in_the_feed(client, publisher):
    question = Question.objects.get(number=6)
    client.force_login(publisher)
    values = open_form(client, change_url(question))
    response = submit(client, change_url(question), values, major_change="on",
                      change_note_ja="回答を新しくしました。", change_note_en="The answer was rewritten.",
                      change_note_ja_easy="答えを 新しく しました。")
    assert response.status_code == 302
    assert Update.objects.count() == 1
    path = question.get_absolute_url().replace("/ja/", "/en/")
    assert "The answer was rewritten." in public_text(client, path)
    assert "The answer was rewritten." in public_text(client, "/en/updates/")
    easy_updates = Client().get("/ja-easy/updates/").content.decode()
    assert "<rt>" in easy_updates and "しました" in visible_text(easy_updates)
    feed = Client().get("/en/updates/feed/")
    assert feed["Content-Type"].startswith("application/atom+xml")
    assert b"The answer was rewritten." in feed.content
    assert b'rel="alternate" type="application/atom+xml"' in Client().get("/en/").content


def test_a_major_change_without_notes_is_refused_with_a_message(client, publisher):
    question = Question.objects.get(number=7)
    client.force_login(publisher)
    values = open_form(client, change_url(question))
    response = submit(client, change_url(question), values, major_change="on")
    assert response.status_code == 200
    assert Update.objects.count() == 0


def test_the_dashboard_lists_missing_and_out_of_date_translations(client, editor):
    question = Question.objects.get(number=8)
    client.force_login(editor)
    values = open_form(client, change_url(question))
    submit(client, change_url(question), values, answer_ja=values["answer_ja"] + "追記です。", answer_ja_easy="")
    page = client.get(reverse("translation-dashboard")).content.decode()
    english = page.split("English")[1].split("やさしい")[0] if "English" in page else page
    assert str(question) in visible_text(page)
    question.refresh_from_db()
    assert question.translation_state("en") == "outdated"
    assert question.translation_state("ja-easy") == "missing"


def test_the_change_form_shows_the_checker_and_the_furigana_preview(client, editor):
    question = Question.objects.get(number=9)
    client.force_login(editor)
    page = client.get(change_url(question)).content.decode()
    assert "furigana-preview" in page and "<rt>" in page
    assert "Easy Japanese check" in page or "やさしい" in page


def test_the_furigana_preview_highlights_the_readings_to_check_in_place(client, editor):
    question = Question.objects.get(number=11)
    question.answer_ja_easy = "市役所で 手続きを 行って ください。"
    question.save()
    client.force_login(editor)
    page = client.get(change_url(question)).content.decode()
    marked = re.findall(r'<mark class="uncertain" title="[^"]*">(.*?)</mark>', page, re.S)
    assert any(re.sub(r"<(rt|rp)>.*?</\1>|<[^>]+>", "", html) == "行って" for html in marked), marked
    assert all(html.count("<ruby>") == html.count("</ruby>") for html in marked)


def test_the_admin_loads_nothing_from_other_hosts(client, editor):
    client.force_login(editor)
    page = client.get(change_url(Question.objects.get(number=1))).content.decode()
    sources = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert [url for url in sources if url.startswith(("//", "http:", "https:"))] == []
    assert "vendor/jquery-ui/jquery-ui.min.js" in page


def test_uncertain_readings_are_found_when_saving_and_listed_for_review(client, editor):
    question = Question.objects.get(number=11)
    question.answer_ja_easy = "市役所で 手続きを 行って ください。"
    question.save()
    spots = [spot for spot in question.uncertain_readings if spot["language"] == "ja-easy"]
    assert any(spot["surface"].startswith("行") for spot in spots)
    client.force_login(editor)
    page = client.get(reverse("readings-review")).content.decode()
    assert str(question) in page.replace("&#x27;", "'") or f"/admin/qa/question/{question.pk}/change/" in page


def test_the_japanese_text_is_shown_beside_each_translation(client, editor):
    question = Question.objects.get(number=12)
    client.force_login(editor)
    page = client.get(change_url(question)).content.decode()
    assert page.count('class="ja-source"') >= 4  # question and answer, in English and easy Japanese
    assert question.question_ja.split("?")[0][:10] in page


def test_a_form_opened_before_a_restore_cannot_overwrite_it(client, editor, publisher):
    question = Question.objects.get(number=13)
    other = Client()
    other.force_login(publisher)
    client.force_login(editor)
    submit(client, change_url(question), open_form(client, change_url(question)), answer_en="Version one.")
    submit(client, change_url(question), open_form(client, change_url(question)), answer_en="Version two.")
    stale = open_form(other, change_url(question))  # opened now, submitted after the restore below
    version_one = Version.objects.get_for_object(question)[1]  # newest first: two, one, loaded from content/
    restore_url = reverse("admin:qa_question_revision", args=[question.pk, version_one.pk])
    assert submit(client, restore_url, form_values(client.get(restore_url).content.decode(), "question_form")).status_code == 302
    response = submit(other, change_url(question), stale, answer_en="Written over the restore.")
    assert response.status_code == 200  # the form again, with the refusal and a link to the history
    assert reverse("admin:qa_question_history", args=[question.pk]) in response.content.decode()
    question.refresh_from_db()
    assert question.answer_en == "Version one."


def test_the_text_loaded_from_content_can_be_restored_after_the_first_admin_save(client, editor):
    question = Question.objects.get(number=19)
    loaded_text = question.answer_en
    client.force_login(editor)
    submit(client, change_url(question), open_form(client, change_url(question)), answer_en="Staff's first edit.")
    loaded = Version.objects.get_for_object(question).last()
    history = client.get(reverse("admin:qa_question_history", args=[question.pk])).content.decode()
    assert "content/questions.yaml" in history
    restore_url = reverse("admin:qa_question_revision", args=[question.pk, loaded.pk])
    assert submit(client, restore_url, form_values(client.get(restore_url).content.decode(), "question_form")).status_code == 302
    question.refresh_from_db()
    assert question.answer_en == loaded_text


def as_a_browser_sends_it(values):
    """Browsers submit textareas with CRLF line ends."""
    return {key: value.replace("\n", "\r\n") if isinstance(value, str) else value for key, value in values.items()}


def test_a_browsers_crlf_counts_as_no_change_so_only_the_edited_language_changes(client, editor):
    question = Question.objects.get(number=20)
    assert all("\n" in getattr(question, f"answer_{code}") for code in ("ja", "en", "ja_easy"))
    client.force_login(editor)
    values = as_a_browser_sends_it(open_form(client, change_url(question)))
    edited = values["answer_en"] + "\r\n\r\nOne more paragraph."
    assert submit(client, change_url(question), values, answer_en=edited).status_code == 302
    question.refresh_from_db()
    assert question.answer_en.endswith("\n\nOne more paragraph.")
    assert not any("\r" in getattr(question, f"{field}_{code}") for field in ("question", "answer")
                   for code in ("ja", "en", "ja_easy"))
    newest = history.changes(Question, question.pk)[0]
    assert [difference["field"] for difference in newest["differences"]] == [
        str(Question._meta.get_field("answer_en").verbose_name)]
    comment = newest["revision"].get_comment()  # the admin's change message
    assert "[en]" in comment and "[ja]" not in comment and "[ja_easy]" not in comment
    assert question.translation_state("ja-easy") == "current"
    assert question.translation_state("en") == "current"


def test_the_history_names_related_items_and_choices_instead_of_ids(client, publisher):
    question = Question.objects.get(number=21)
    other_topic = Topic.objects.exclude(pk=question.topic_id).first()
    sources = list(Source.objects.order_by("pk")[:2])
    client.force_login(publisher)
    values = open_form(client, change_url(question))
    submit(client, change_url(question), values, topic=str(other_topic.pk), sources=[str(s.pk) for s in sources],
           state="draft", certainty="unconfirmed")
    newest = history.changes(Question, question.pk)[0]
    shown = {difference["field"]: visible_text(str(difference["diff"])) for difference in newest["differences"]}
    label = {name: str(Question._meta.get_field(name).verbose_name) for name in ("topic", "sources", "state", "certainty")}
    assert str(other_topic) in shown[label["topic"]] and str(question.topic) in shown[label["topic"]]
    assert all(str(source) in shown[label["sources"]] for source in sources)
    assert str(State.DRAFT.label) in shown[label["state"]]
    page = client.get(reverse("admin:qa_question_history", args=[question.pk])).content.decode()
    assert f"[{other_topic.pk}]" not in page and f">{other_topic.pk}<" not in page
