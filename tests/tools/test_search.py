"""Search: every script and language, word forms, highlighting, hostile queries, index upkeep."""
import html
import re
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


# --- Romaji on mora boundaries -------------------------------------------------------------------

def _reading_of(text):
    from portal.tools.search.indexing import _japanese_field

    display, layout, _folded, latin = _japanese_field(text)
    return display, layout, latin


@pytest.mark.parametrize("text, inside, across", [
    ("共に暮らす", ["kura", "nikura", "tomoni", "kurasu", "ni"], ["ikura", "omo", "urasu", "onik"]),
    ("在留カード", ["zairyu", "ryu", "kado", "zairyukado", "kaado"], ["airyu", "yuka", "ado", "yukado"]),
    ("申請します", ["shinsei", "sei", "shi", "shimasu"], ["insei", "eishi", "imasu"]),
])
def test_romaji_matches_start_and_end_on_morae(text, inside, across):
    from portal.tools.search.romaji import find_aligned

    _display, layout, latin = _reading_of(text)
    morae = set(layout["romaji_moras"])
    for typed in inside:
        assert find_aligned(latin, canonical_term(typed), morae), (text, typed)
    for typed in across:
        needle = canonical_term(typed)
        assert needle not in latin or not find_aligned(latin, needle, morae), (text, typed)


def test_ikura_does_not_find_ni_kura():
    # 共に暮らす (Q8) reads tomo-ni-ku-ra-su: "ikura" is in its romaji, but across a mora boundary.
    assert "/ja/qa/8/why-was-it-created/" in urls("kurasu", JA)
    assert not any("/qa/8/" in url for url in urls("ikura", JA))
    assert not finder.search("ikura", JA)[1]


@pytest.mark.parametrize("code", [JA, EASY])
def test_a_romaji_highlight_takes_in_the_long_vowel_mark(code):
    results = finder.search("mainanba", code)[1]
    assert results
    for result in results:
        html = result.title + result.passage
        assert "<mark>マイナンバー</mark>" in html and "<mark>マイナンバ</mark>" not in html


def test_the_long_vowel_mark_belongs_to_its_mora():
    _display, layout, latin = _reading_of("マイナンバーカード")
    assert latin == "mainanbakado"
    assert layout["romaji_ends"][latin.index("kado") - 1] == len("マイナンバー")


# --- Counting, passages, methods -----------------------------------------------------------------

def test_the_count_says_how_many_were_found_when_only_some_are_shown(client):
    total = finder.search("card", EN)[1].total
    assert total > finder.MAX_RESULTS
    page = client.get("/en/tools/search/", {"q": "card"}).content.decode()
    text = visible_text(page)
    assert f"Results: {total}" in text
    assert f"The first {finder.MAX_RESULTS} are shown." in text
    assert page.split('<ol class="results">')[1].split("</ol>")[0].count("<li>") == finder.MAX_RESULTS
    few = visible_text(client.get("/en/tools/search/", {"q": "zanzibar lost"}).content.decode())
    assert "are shown" not in few


_JA_BREAKS = set("。．！？!?、，,;；:：（(「『【」』）)】 \n\u3000")


def _is_hiragana(char):
    return "\u3040" <= char <= "\u309f"


def _passages(query, code):
    """(passage text without the ellipses, where it was cut at the start, at the end, the body text)."""
    from portal.tools.models import SearchEntry

    bodies = {e.body_text for e in SearchEntry.objects.filter(language=code)}
    for result in finder.search(query, code)[1]:
        text = re.sub(r"<rt>.*?</rt>|<rp>.*?</rp>|<[^>]+>", "", str(result.passage))
        text = html.unescape(text)
        cut_start, cut_end = text.startswith("…"), text.endswith("…")
        inner = text.removeprefix("…").removesuffix("…").strip(" ")
        body = next(b for b in bodies if inner in b)
        yield inner, cut_start, cut_end, body


@pytest.mark.parametrize("query", ["card", "lost", "period of stay", "health insurance", "apply"])
def test_english_passages_are_cut_between_words(query, every_result):
    for inner, cut_start, cut_end, body in _passages(query, EN):
        start = body.index(inner)
        if cut_start:
            assert body[start - 1].isspace() or not body[start - 1].isalnum(), inner
        if cut_end:
            end = start + len(inner)
            assert body[end].isspace() or not body[end].isalnum(), inner
        assert inner[0].isalnum() or inner[0] in "(\"'", inner


@pytest.mark.parametrize("code, query", [(JA, "kado"), (JA, "在留"), (JA, "mainanba"), (EASY, "zairyu"),
                                         (EASY, "カード"), (JA, "shinsei")])
def test_japanese_passages_are_cut_between_sentences_or_phrases(code, query, every_result):
    for inner, cut_start, cut_end, body in _passages(query, code):
        assert inner[0] not in "。、．，)）」』ー・", inner  # never "… 。"
        start = body.index(inner)
        if cut_start:
            before, first = body[start - 1], body[start]
            assert before in _JA_BREAKS or first in "（(「『【" or (_is_hiragana(before) and not _is_hiragana(first)), inner
        if cut_end:
            last, after = body[start + len(inner) - 1], body[start + len(inner)]
            assert last in _JA_BREAKS or after in _JA_BREAKS or (_is_hiragana(last) and not _is_hiragana(after)), inner


def test_a_post_to_search_is_refused_with_405_not_the_csrf_page():
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    for code in CODES:
        response = client.post(f"/{code}/tools/search/", {"q": "card"})
        assert response.status_code == 405
        assert response["Allow"] == "GET, HEAD"


# --- Misspelt queries in every language ----------------------------------------------------------

@pytest.mark.parametrize("code, query", [
    (JA, "在流カード"), (JA, "zairuy"), (JA, "とくていざいるゅう"), (JA, "mainambaar kaad"),
    (EASY, "ざいりゆう"), (EASY, "tokuteizairuy"), (EASY, "マイナンバ一カ一ド"), (EASY, "申込み在流"),
])
def test_a_misspelt_japanese_query_never_fails_and_suggests_the_topics(client, code, query):
    response = client.get(f"/{code}/tools/search/", {"q": query})
    assert response.status_code == 200
    page = response.content.decode()
    assert "<mark>" not in page
    assert not [li for li in elements(page, "ol") if li.get("class") == "results"]
    topic_links = [a for a in elements(page, "a") if a.get("href", "").startswith(f"/{code}/qa/topic/")]
    assert len(topic_links) > 1
    assert 'id="topics-title"' in page
