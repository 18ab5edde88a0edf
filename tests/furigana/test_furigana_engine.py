"""Unit tests of the furigana engine (no database, no Django needed)."""

import subprocess
import sys
import time
from pathlib import Path

import pytest

from portal.furigana.align import Piece, align
from portal.furigana.engine import annotate_html, annotate_numbers, to_reading, to_ruby, uncertain_spots
from portal.furigana.glossary import Glossary, GlossaryEntry, default_glossary

from .helpers import rubies, strip_ruby

ROOT = Path(__file__).resolve().parents[2]
EMPTY = Glossary([])


# --- alignment and okurigana ----------------------------------------------------------------

def test_align_puts_reading_on_kanji_runs_only():
    assert align("申し込み", "もうしこみ") == (Piece("申", "もう"), Piece("し"), Piece("込", "こ"), Piece("み"))


def test_align_fails_when_kana_disagree():
    assert align("申し込み", "しんせい") is None


def test_okurigana_stays_outside_ruby():
    html = to_ruby("申し込みは 取り換えてください")
    assert rubies(html) == [("申", "もう"), ("込", "こ"), ("取", "と"), ("換", "か")]
    assert "し<ruby>込" in html and "</ruby>み" in html


def test_ruby_markup_shape():
    assert to_ruby("窓口") == "<ruby>窓口<rp>(</rp><rt>まどぐち</rt><rp>)</rp></ruby>"


def test_kana_and_latin_get_no_ruby():
    assert to_ruby("カードと IC") == "カードと IC"
    assert to_reading("カードと IC") == "かーどと IC"


def test_katakana_becomes_hiragana_in_reading():
    assert to_reading("マイナンバーカード") == "まいなんばーかーど"
    assert to_reading("ｶｰﾄﾞ") == "かーど"


# --- counters ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "reading", "ruby"),
    [
        ("14日", "14か", [("日", "か")]),
        ("16歳", "16さい", [("歳", "さい")]),
        ("3か月", "3かげつ", [("月", "げつ")]),
        ("6月", "6がつ", [("月", "がつ")]),
        ("2026年", "2026ねん", [("年", "ねん")]),
        ("20日", "はつか", [("20日", "はつか")]),
        ("1人", "ひとり", [("1人", "ひとり")]),
        ("2人", "ふたり", [("2人", "ふたり")]),
        ("3人", "3にん", [("人", "にん")]),
        ("12人", "12にん", [("人", "にん")]),
        ("5分", "5ふん", [("分", "ふん")]),
        ("10分", "10ぷん", [("分", "ぷん")]),
        ("9時", "9じ", [("時", "じ")]),
        ("3日間", "3かかん", [("日", "か"), ("間", "かん")]),
        ("5年後", "5ねんご", [("年", "ねん"), ("後", "ご")]),
        ("1万人", "1まんにん", [("万", "まん"), ("人", "にん")]),
    ],
)
def test_counters_after_digits(text, reading, ruby):
    assert to_reading(text) == reading
    assert rubies(to_ruby(text)) == ruby


def test_counter_readings_in_a_date():
    assert to_reading("2026年6月14日") == "2026ねん6がつ14か"
    html = to_ruby("14日以内")
    assert html.startswith("14<ruby>日<rp>(</rp><rt>か</rt>")


def test_first_of_month_is_fused_after_a_month_only():
    assert to_reading("6月1日") == "6がつついたち"
    assert ("1日", "ついたち") in rubies(to_ruby("6月1日"))
    assert to_reading("毎月 1日に") == "まいつき ついたちに"
    assert to_reading("1日に 2回") == "1にちに 2かい"  # one day
    assert to_reading("毎月 一日に") == "まいつき ついたちに"
    assert to_reading("手続きは 一日で 終わります") == "てつづきは いちにちで おわります"


def test_one_day_without_month_is_flagged_for_review():
    spots = uncertain_spots("1日 かかります")
    assert any(spot.surface == "日" and "1日" in spot.reason for spot in spots)


def test_full_width_digits():
    assert to_reading("１４日") == "１４か"


# --- annotate_numbers -----------------------------------------------------------------------

def test_annotate_numbers_only_touches_numbers_and_weekdays():
    html = annotate_numbers("2026年6月14日(日) 在留 <b>")
    assert rubies(html) == [("年", "ねん"), ("月", "がつ"), ("日", "か"), ("日", "にち")]
    assert "在留 &lt;b&gt;" in html
    assert strip_ruby(html) == "2026年6月14日(日) 在留 <b>"


def test_annotate_numbers_weekday_names_and_months():
    assert rubies(annotate_numbers("月曜日 3か月 16歳")) == [("月曜日", "げつようび"), ("月", "げつ"), ("歳", "さい")]


def test_annotate_numbers_never_loads_pykakasi():
    code = (
        "import sys\n"
        "from portal.furigana.engine import annotate_numbers\n"
        "annotate_numbers('2026年6月14日(日) 3か月 16歳 在留カード')\n"
        "assert 'pykakasi' not in sys.modules, 'pykakasi was imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


# --- glossary -----------------------------------------------------------------------------------

def test_glossary_overrides_dictionary():
    glossary = Glossary.from_entries([{"surface": "日本", "reading": "にほん", "scope": "anywhere"}])
    assert to_reading("日本", EMPTY) == "にっぽん"
    assert to_reading("日本", glossary) == "にほん"


def test_glossary_longest_match_wins():
    glossary = Glossary.from_entries([
        GlossaryEntry("在留", "ざいりゅう"),
        GlossaryEntry("在留期間", "ざいりゅうきかん"),
        GlossaryEntry("期間", "きけん"),  # deliberately wrong: must lose to the longer entry
    ])
    assert to_reading("在留期間", glossary) == "ざいりゅうきかん"
    assert to_reading("期間", glossary) == "きけん"


def test_glossary_scope_standalone_and_anywhere():
    standalone = Glossary.from_entries([{"surface": "訳", "reading": "やく", "scope": "standalone"}])
    assert to_reading("日本語の 訳", standalone) == "にほんごの やく"
    assert to_reading("翻訳", standalone) == "ほんやく"  # inside a longer word: not applied
    anywhere = Glossary.from_entries([{"surface": "外", "reading": "がい", "scope": "anywhere"}])
    assert to_reading("資格外", anywhere) == "しかくがい"


def test_glossary_entry_inside_an_agreeing_dictionary_word_keeps_the_word():
    glossary = Glossary.from_entries([GlossaryEntry("日本", "にほん")])
    assert to_reading("日本人", glossary) == "にほんじん"
    assert to_reading("日本語", glossary) == "にほんご"


def test_glossary_entries_objects_and_validation():
    class Row:
        surface, reading, scope = "入管", "ニュウカン", "anywhere"

    glossary = Glossary.from_entries([Row()])
    assert glossary.get("入管").reading == "にゅうかん"
    with pytest.raises(ValueError):
        GlossaryEntry("入管", "nyukan")
    with pytest.raises(ValueError):
        GlossaryEntry("入管", "にゅうかん", scope="sometimes")


def test_shipped_glossary_loads_and_is_valid():
    glossary = default_glossary()
    assert len(glossary) > 100
    assert glossary.get("日本").reading == "にほん"
    assert glossary.get("日本人の配偶者等").reading == "にほんじんのはいぐうしゃとう"


# --- context rules --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("この 方は", "この かたは"),
        ("16歳以上の 方は", "16さいいじょうの かたは"),
        ("上の 方に", "うえの ほうに"),
        ("こちらの 方が 早い", "こちらの ほうが はやい"),
        ("申請する 人は", "しんせいする ひとは"),
        ("申請人", "しんせいにん"),
        ("ベトナム人", "べとなむじん"),
        ("その 間", "その あいだ"),
        ("窓口で 手続きを 行ってください", "まどぐちで てつづきを おこなってください"),
        ("役所へ 行って", "やくしょへ いって"),
        ("国民健康保険に 入って", "こくみんけんこうほけんに はいって"),
        ("保険に 入る", "ほけんに はいる"),
        ("在職証明書", "ざいしょくしょうめいしょ"),
        ("審査中", "しんさちゅう"),
        ("交付の 日に", "こうふの ひに"),
        ("家族は 何人", "かぞくは なんにん"),
        ("カードの 表に", "かーどの おもてに"),
        ("表と 裏の どちらに 書くか 分からない ものは 表に", "おもてと うらの どちらに かくか わからない ものは おもてに"),
        ("下の 表を 見て", "したの ひょうを みて"),
        ("表に 今の 住所、裏に 変わった 記録", "おもてに いまの じゅうしょ、うらに かわった きろく"),
        ("満了日は 表に 書かれず、ICチップに 入ります", "まんりょうびは おもてに かかれず、ICちっぷに はいります"),
        ("口座は 止まりません", "こうざは とまりません"),
        ("書類を 分けて", "しょるいを わけて"),
        ("前の 年の 所得", "まえの としの しょとく"),
        ("年に 1回", "ねんに 1かい"),
        ("同じ 月の 21日", "おなじ つきの 21にち"),
        ("1人暮らしの 人", "ひとりぐらしの ひと"),
        ("病院には 2日に 1回 通って います", "びょういんには 2かに 1かい かよって います"),
        ("駅の 前を 通って", "えきの まえを とおって"),
        ("手数料の 額", "てすうりょうの がく"),
        ("年6回 振り込みます", "ねん6かい ふりこみます"),
        ("窓口を 開けます", "まどぐちを あけます"),
        ("手続きは 14日以内に 行ってください", "てつづきは 14かいないに おこなってください"),
        ("届出は 14日以内に 市役所へ 行って", "とどけでは 14かいないに しやくしょへ いって"),
        ("就学時健康診断", "しゅうがくじけんこうしんだん"),
        ("その 時", "その とき"),
        ("受付開始日", "うけつけかいしび"),
        ("入管法上の 届出", "にゅうかんほうじょうの とどけで"),
        ("机の 上に", "つくえの うえに"),
        ("有効期間に 合わせて", "ゆうこうきかんに あわせて"),
    ],
)
def test_context_rules(text, reading):
    assert to_reading(text) == reading


def test_uncertain_spots_point_at_the_source():
    text = "この 手続きは 窓口で 行ってください。"
    spots = uncertain_spots(text)
    assert spots and all(text[s.start:s.end] == s.surface for s in spots)
    assert any(spot.surface.startswith("行") for spot in spots)


# --- Aozora notation -------------------------------------------------------------------------------

def test_aozora_explicit_and_implicit():
    assert to_ruby("｜行《おこな》って") == "<ruby>行<rp>(</rp><rt>おこな</rt><rp>)</rp></ruby>って"
    assert to_reading("窓口で 行《おこな》って") == "まどぐちで おこなって"
    assert strip_ruby(to_ruby("在留《ざいりゅう》カード")) == "在留カード"
    assert rubies(to_ruby("在留《ざいりゅう》カード")) == [("在留", "ざいりゅう")]


def test_aozora_markers_without_kanji_stay_text():
    assert strip_ruby(to_ruby("《注》 です")) == "《注》 です"


def test_aozora_spots_index_the_original_text():
    text = "｜行《おこな》って 人"
    spots = uncertain_spots(text)
    assert all(text[s.start:s.end] == s.surface for s in spots)


# --- HTML --------------------------------------------------------------------------------------------

def test_annotate_html_text_nodes_only():
    html = '<p title="在留カード" data-x=\'a>b 日本\'>在留カード <a href="/日本">日本</a></p>'
    out = annotate_html(html)
    assert out.startswith('<p title="在留カード" data-x=\'a>b 日本\'><ruby>在留')
    assert '<a href="/日本"><ruby>日本<rp>(</rp><rt>にほん</rt>' in out


def test_annotate_html_skips_existing_ruby_and_code():
    html = "<ruby>漢字<rt>かんじ</rt></ruby><code>在留</code><pre>日本</pre><script>var a = '<b>日本';</script>日本"
    out = annotate_html(html)
    assert out.startswith("<ruby>漢字<rt>かんじ</rt></ruby><code>在留</code><pre>日本</pre><script>var a = '<b>日本';</script>")
    assert out.endswith("<ruby>日本<rp>(</rp><rt>にほん</rt><rp>)</rp></ruby>")


def test_annotate_html_entities_both_ways():
    out = annotate_html("<p>&lt;漢字&gt; &amp; &quot;日本&quot;</p>")
    assert "&lt;<ruby>漢字" in out and "</ruby>&gt;" in out
    assert strip_ruby(out) == '<漢字> & "日本"'
    assert annotate_html("<p>&amp; abc</p>") == "<p>&amp; abc</p>"  # nothing to annotate: unchanged


def test_annotate_html_comments_and_void_tags():
    out = annotate_html("<!-- 日本 --><br>日本<img alt='日本'/>")
    assert out.startswith("<!-- 日本 --><br><ruby>日本")
    assert out.endswith("<img alt='日本'/>")


# --- robustness and time -------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    ["a\tb\n漢字；ｶﾀｶﾅ😀𠮷字", "日本\u00a0語｡字", "e\u0301漢字", "\n\n", "", "。。。漢字", "ヶ々〆"],
)
def test_text_never_changes_on_awkward_input(text):
    assert strip_ruby(to_ruby(text)) == text


def test_long_text_time_is_linear():
    sentence = "在留カードを なくしたときは、14日以内に 再交付申請を してください。"
    short = sentence * 30
    long = sentence * 300
    to_ruby(short)  # warm up
    started = time.perf_counter()
    to_ruby(short)
    short_time = time.perf_counter() - started
    started = time.perf_counter()
    html = to_ruby(long)
    long_time = time.perf_counter() - started
    assert strip_ruby(html) == long
    assert long_time < short_time * 10 * 3 + 0.5  # 10 times the text: at most ~10 times the time
