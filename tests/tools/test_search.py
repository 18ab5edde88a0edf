"""Search: every script and language, word forms, highlighting, hostile queries, index upkeep."""
import subprocess
import sys

import pytest
from django.core.management import call_command
from django.utils.translation import override
from hypothesis import HealthCheck, given, settings, strategies as st

from portal.languages import CODES, EN, JA, EASY
from portal.qa.models import Question
from portal.tools.models import SearchEntry
from portal.tools.search import finder
from portal.tools.search.folding import MAX_QUERY_CHARS, clean_query
from portal.tools.search.romaji import canonical_term
from tests.pages import elements, visible_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def every_result(monkeypatch):
    monkeypatch.setattr(finder, "MAX_RESULTS", 10_000)


def urls(query, code):
    with override(code):
        return {result.url for result in finder.search(query, code)[1]}


@pytest.mark.parametrize("spellings", [
    ["zairyu", "zairyuu", "zairyū", "ZAIRYŪ", "ZAIRYU", "ｚａｉｒｙｕ", "ざいりゅう", "ザイリュウ"],
    ["kado", "kaado", "kādo", "かーど", "カード"],
    ["shinsei", "sinsei", "しんせい"],
])
def test_romaji_spellings_meet(spellings):
    assert len({canonical_term(s) for s in spellings}) == 1


@pytest.mark.parametrize("code", [JA, EASY])
def test_kanji_kana_and_romaji_find_the_same_questions(code, every_result):
    found = urls("在留", code)
    assert any("/qa/" in url for url in found)
    for other in ["ざいりゅう", "ザイリュウ", "zairyu", "zairyuu", "ZAIRYŪ", " zairyū "]:
        assert urls(other, code) == found, other


def test_a_kana_word_finds_its_kanji():
    # 失効 (lapse) is written in kanji only; its reading, in kana or romaji, finds it.
    with override(JA):
        kanji = urls("失効", JA)
    assert kanji and urls("しっこう", JA) == kanji and urls("shikkou", JA) == kanji and urls("shikkō", JA) == kanji


def test_english_word_forms_meet(every_result):
    lose = urls("lose", EN)
    assert any("/qa/24/" in url for url in lose)
    assert urls("lost", EN) == lose == urls("losing", EN)
    assert urls("applying", EN) == urls("apply", EN) == urls("applied", EN)
    assert urls("Applying", EN) == urls("apply", EN)


def test_plain_english_words_do_not_match_inside_other_words(every_result):
    # "lose" is inside "close"; only real forms of lose count.
    for result in finder.search("lose", EN)[1]:
        assert "<mark>los" in result.title + result.passage


def test_several_words_must_all_match(every_result):
    both = urls("lose card", EN)
    assert both and both <= urls("lose", EN) and both <= urls("card", EN)


def test_results_highlight_the_passage_safely(client):
    page = client.get("/en/tools/search/", {"q": "lost"}).content.decode()
    assert "<mark>lose</mark>" in page
    page = client.get("/ja/tools/search/", {"q": "zairyu"}).content.decode()
    assert "<mark><ruby>" in page  # the kanji the romaji stands for, with its reading kept


def test_markup_in_a_query_is_shown_as_text(client):
    page = client.get("/en/tools/search/", {"q": '<script>alert(1)</script> "card"'}).content.decode()
    assert "<script>alert" not in page
    assert "&lt;script&gt;" in page


def test_a_misspelt_query_suggests_the_topics(client):
    page = client.get("/en/tools/search/", {"q": "aplyingg"}).content.decode()
    text = visible_text(page)
    assert "Results: 0" in text and "Nothing matched your search" in text
    assert any(a.get("href", "").startswith("/en/qa/topic/") for a in elements(page, "a"))


def test_an_empty_query_shows_the_form_and_topics(client):
    for query in ["", "   ", "\u3000"]:
        response = client.get("/en/tools/search/", {"q": query})
        assert response.status_code == 200
        assert "Results:" not in visible_text(response.content.decode())


@pytest.mark.parametrize("query", [
    "x" * 10_000, "在留" * 5000, "\x00", "card\x00card", "😀", "🇯🇵 在留", "%", "_", "%_%\\", "' OR 1=1 --",
    "ﷺ" * 300, "ー", "っ", "a", "\u200b\u200e", "<>&\"'", "\t\n\r",
])
def test_hostile_queries_never_fail(client, query):
    for code in CODES:
        response = client.get(f"/{code}/tools/search/", {"q": query})
        assert response.status_code == 200


def test_broken_encodings_never_fail(client):
    # Invalid UTF-8 and a lone surrogate, as a hostile client can send them.
    for code in CODES:
        assert client.get(f"/{code}/tools/search/?q=%ED%A0%80%FF%00%C0").status_code == 200
        assert finder.search("\ud800 card \udfff", code)[0] == "card"


def test_a_huge_query_is_capped():
    query, _ = finder.search("在留 " * 10_000, JA)
    assert len(query) <= MAX_QUERY_CHARS


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300))
def test_any_text_is_a_valid_query(text):
    for code in CODES:
        query, results = finder.search(text, code)
        assert len(query) <= MAX_QUERY_CHARS
        assert "\x00" not in clean_query(text)


def test_saving_a_question_updates_the_index():
    question = Question.objects.get(number=24)
    question.answer_en += "\n\nA distinctive zanzibar word."
    question.save()
    assert any("/qa/24/" in url for url in urls("zanzibar", EN))
    question.state = "draft"
    question.save()
    assert not urls("zanzibar", EN)
    assert not SearchEntry.objects.filter(kind="question", object_id=question.pk).exists()


def test_the_command_rebuilds_the_index():
    SearchEntry.objects.all().delete()
    call_command("build_search_index", verbosity=0)
    assert SearchEntry.objects.filter(language=JA).count() == SearchEntry.objects.filter(language=EN).count() > 30
    assert urls("zairyu", JA)


def test_answering_a_query_never_loads_pykakasi():
    code = (
        "import sys, django, os;"
        "os.environ['DJANGO_SETTINGS_MODULE']='portal.test_settings'; django.setup();"
        "from portal.tools import views; from portal.tools.search import finder;"
        "finder.parse('zairyu ざいりゅう 在留 lost', 'ja'); finder.parse('lost applying', 'en');"
        "assert 'pykakasi' not in sys.modules, 'pykakasi loaded'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
