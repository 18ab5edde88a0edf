"""Context rules for kanji whose dictionary reading depends on the words around them.

pykakasi gives the first dictionary reading of a kanji standing alone (者 もの, 人 にん,
方 ほう, 間 かん, 後 のち, 日 にち) and has a few defects (入って いっって). These rules look
at the neighbours and pick the reading general Japanese usage gives there. They only touch
pykakasi's tokens: glossary, counter and Aozora readings are never overridden.
Every reading a rule chooses is also marked for staff review (uncertain_spots).
"""

import re
from dataclasses import replace

from .chars import is_kanji, is_kana, to_hiragana, is_fullwidth_katakana
from .counters import COUNTERS, is_first_of_month
from .tokens import Token, layout

CONTEXT_WINDOW = 60
SENTENCE_END = re.compile(r"[。．.！!？?\n]")

# Kanji whose reading alone depends on context; flagged for review when left standing alone.
CONTEXT_DEPENDENT = frozenset("人方間日後分何上下生者中前手気物所家今表月年")

# Nouns of administrative actions: with them 行って is おこなって (perform), not いって (go).
ACTION_NOUNS = (
    "手続", "申請", "届出", "届け出", "登録", "審査", "確認", "更新", "相談", "説明", "面接",
    "検査", "調査", "試験", "受付", "交付", "変更", "処理", "作業", "業務", "工事", "会議",
    "研修", "講習", "支払", "訓練", "点検", "予約", "手術", "治療", "診察", "健診", "検診",
    "申し込み", "申込", "問い合わせ", "切り替え", "発行", "返納", "署名", "撮影", "照会",
)
# Place and direction words after which 方 is ほう (direction), not かた (person).
DIRECTION_WORDS = (
    "上", "下", "右", "左", "前", "後ろ", "後", "奥", "手前", "横", "北", "南", "東", "西",
    "外", "内", "中", "裏", "表", "先", "遠く", "近く", "こちら", "そちら", "あちら", "どちら",
    "こっち", "そっち", "あっち", "どっち", "下記", "上記", "前者", "後者", "反対",
)
KANJI_NUMERALS = frozenset("〇一二三四五六七八九十百千万何毎数")
# Things with a front and a back: カードの 表 is おもて, not ひょう (a table).
THINGS_WITH_A_FRONT = ("カード", "証明書", "紙", "用紙", "書類", "はがき", "封筒", "券面", "写真")
# Words that end a time expression: 以内に 行って is when, not where.
TIME_WORDS = ("以内", "以降", "まで", "までの 間", "ごろ", "頃", "前", "後", "中", "うち", "日", "時", "月", "年", "週", "間")
# Places one goes to regularly: そこに 通う is かよう.
PLACES_ONE_ATTENDS = ("学校", "病院", "会社", "大学", "教室", "塾", "職場", "日本語学校", "保育園", "幼稚園", "クリニック", "リハビリ")
# 下の 表, 次の 表: a table on the page.
TABLE_POINTERS = ("下の", "上の", "次の", "この", "その", "以下の", "左の", "右の", "別の")
_COMPARATIVE_AFTER_HOU = re.compile(r"^[\s　]*が[\s　]*(いい|よい|良い|よく|良く|早い|はやい|安い|便利|安全|多い|少な|大き|小さ|長い|短い|高い)")
# 何 before these reads なん: 何で, 何の, 何と, 何だ, 何です.
_NAN_FOLLOWERS = ("で", "の", "と", "だ", "でしょう", "なの")


def apply_rules(tokens: list[Token], text: str) -> list[Token]:
    out = list(tokens)
    for index, token in enumerate(out):
        if token.source != "kakasi" or not token.surface:
            continue
        head, tail = _split_head(token.surface)
        if not head:
            continue
        # Bounded windows keep the pass linear in the text's length.
        before = text[max(0, token.start - CONTEXT_WINDOW): token.start]
        after = text[token.end: token.end + CONTEXT_WINDOW]
        for rule in _RULES:
            result = rule(head, tail, token, before, after, out, index)
            if result is not None:
                head_reading, doubt = result
                out[index] = _with_head_reading(token, head, head_reading, tail, doubt)
                break
        else:
            if head in CONTEXT_DEPENDENT and len(head) == 1 and _stands_alone(text, token.start, head):
                out[index] = replace(token, doubt=f"{head}: reading depends on context")
    return out


def _split_head(surface: str) -> tuple[str, str]:
    """Leading kanji run and the kana after it ('行って' -> '行', 'って'); ('', ...) if none."""
    end = 0
    while end < len(surface) and is_kanji(surface[end]):
        end += 1
    tail = surface[end:]
    if end == 0 or not all(is_kana(c) for c in tail):
        return "", surface
    return surface[:end], tail


def _with_head_reading(token: Token, head: str, head_reading: str, tail: str, doubt) -> Token:
    reading = head_reading + to_hiragana(tail)
    return replace(token, pieces=layout(token.surface, reading), source="rule", doubt=doubt)


def _stands_alone(text: str, start: int, head: str) -> bool:
    end = start + len(head)
    return not (start and is_kanji(text[start - 1])) and not (end < len(text) and is_kanji(text[end]))


def _sentence_before(before: str) -> str:
    return SENTENCE_END.split(before)[-1]


def _last_particle(before: str) -> str:
    stripped = before.rstrip(" 　\t")
    return stripped[-1:] if stripped else ""


def _ends_with_word(text: str, words) -> bool:
    """text ends with one of `words` as a whole word (以上 does not end with the word 上)."""
    for candidate in words:
        if text.endswith(candidate):
            rest = text[: -len(candidate)]
            if not (rest and is_kanji(rest[-1]) and is_kanji(candidate[0])):
                return True
    return False


def _prev_kanji(before: str) -> bool:
    return bool(before) and is_kanji(before[-1])


# --- the rules: each returns (reading of the head kanji, review note) or None -------------

def rule_hito(head, tail, token, before, after, tokens, index):
    """人: ひと standing alone; じん after a country (ベトナム人, ~国人); にん after other kanji."""
    if head != "人":
        return None
    if before and is_fullwidth_katakana(before[-1]):
        return "じん", "人 after a country name: じん"
    if _prev_kanji(before):
        if before.endswith("国"):
            return "じん", None
        return "にん", "人 as a suffix: にん (じん for nationalities)"
    return "ひと", None


def rule_kata_hou(head, tail, token, before, after, tokens, index):
    """方: ほう for a direction or comparison, かた (person, polite) otherwise."""
    if head != "方" or _prev_kanji(before):
        return None
    sentence = _sentence_before(before).rstrip(" 　")
    after_text = tail + after
    if _COMPARATIVE_AFTER_HOU.match(after_text):
        return "ほう", "方 in a comparison: ほう"
    if sentence.endswith("の"):
        noun = sentence[:-1].rstrip(" 　")
        if _ends_with_word(noun, DIRECTION_WORDS):
            return "ほう", "方 after a place or direction: ほう"
    if sentence.endswith(("こちらの", "そちらの", "あちらの", "どちらの")):
        return "かた", "方: かた (person) or ほう (direction)?"
    return "かた", None


def rule_aida(head, tail, token, before, after, tokens, index):
    """間 alone: あいだ (その間, 待つ間); 間に合う is a dictionary word."""
    if head != "間" or _prev_kanji(before):
        return None
    if (tail + after).startswith(("に合", "にあ", "もなく", "も無く")):
        return "ま", None
    return "あいだ", None


def rule_mono_sha(head, tail, token, before, after, tokens, index):
    """者: しゃ as a suffix of a kanji word (申請者, 在留者), もの after kana."""
    if head != "者":
        return None
    if _prev_kanji(before):
        return "しゃ", None
    return "もの", None


def rule_hi(head, tail, token, before, after, tokens, index):
    """日 alone (この日, 交付の日に): ひ. Split off a word of two or more kanji it is the day of that
    word (交付日, 受付開始日): び. After a single kanji or a numeral it stays as pykakasi reads it."""
    if head != "日":
        return None
    if not _prev_kanji(before):
        return "ひ", None
    word = _kanji_run_before(before)
    if len(word) >= 2 and not any(c in KANJI_NUMERALS for c in word):
        return "び", "日 after a word: び (交付日); じつ or にち in some words"
    return None


def _kanji_run_before(before: str) -> str:
    start = len(before)
    while start and is_kanji(before[start - 1]):
        start -= 1
    return before[start:]


def rule_ato(head, tail, token, before, after, tokens, index):
    """後 alone: あと (した後, 後で); as a suffix of a kanji word: ご (申請後)."""
    if head != "後" or tail.startswith("ろ"):  # 後ろ is a dictionary word
        return None
    if _prev_kanji(before):
        return "ご", None
    return "あと", "後: あと (after) or ご (その後 そのご)?"


def rule_bun(head, tail, token, before, after, tokens, index):
    """分 alone is ぶん (その分, 3人分); minutes after digits are handled by the counters."""
    if head != "分" or tail.startswith(("か", "け", "こ")):  # 分かる, 分ける, 分けて, 分かれる
        return None
    return "ぶん", None


def rule_nani(head, tail, token, before, after, tokens, index):
    """何: なん before a counter or で/の/と/だ; なに before を/が/も/か/に/は."""
    if head != "何":
        return None
    following = tail + after
    if following.startswith(_NAN_FOLLOWERS):
        return "なん", None
    return None


def rule_nani_counter(head, tail, token, before, after, tokens, index):
    """A counter split from 何 by pykakasi (何 + 階): read the counter as in 何階 なんがい."""
    if tail or not before.endswith("何") or head not in COUNTERS:
        return None
    if index and tokens[index - 1].surface == "何":
        tokens[index - 1] = _with_head_reading(tokens[index - 1], "何", "なん", "", None)
    return COUNTERS[head](3 if head in ("階", "本") else 0), None


def rule_iku_okonau(head, tail, token, before, after, tokens, index):
    """行って/行った: おこなって (perform) with an administrative action, いって (go) otherwise."""
    if head != "行" or not tail.startswith("っ"):
        return None
    sentence = _sentence_before(before)
    particle = _last_particle(sentence)
    stripped = sentence.rstrip(" 　")
    # に after a time (14日以内に, 11月ごろに) says when, not where to.
    said_when = particle == "に" and stripped[:-1].rstrip(" 　").endswith(TIME_WORDS)
    if (particle in ("へ", "に") and not said_when) or stripped.endswith("まで"):
        return "い", "行っ: いっ (go); おこなっ if it means perform"
    if any(noun in sentence for noun in ACTION_NOUNS):
        return "おこな", "行っ: おこなっ (perform); いっ if it means go"
    return "い", "行っ: いっ (go); おこなっ if it means perform"


def rule_hairu(head, tail, token, before, after, tokens, index):
    """入る (enter) is はいる; pykakasi reads 入る いる and 入って いっって. 入れる stays いれる."""
    if head != "入" or not tail.startswith(("っ", "る", "り", "ら", "ろ")):
        return None
    return "はい", None


def rule_suffix_sho(head, tail, token, before, after, tokens, index):
    """書 split off a kanji word is the document suffix しょ (証明書, 届出書), not かき."""
    if head != "書" or tail or not _prev_kanji(before):
        return None
    return "しょ", None


def rule_suffix_gai(head, tail, token, before, after, tokens, index):
    """外 after a kanji word is the suffix がい (資格外, 本邦外, 対象外), not そと."""
    if head != "外" or tail or not _prev_kanji(before):
        return None
    return "がい", None


def rule_suffix_chuu(head, tail, token, before, after, tokens, index):
    """中 after a kanji word: ちゅう (審査中, 申請中); じゅう after time or place (一日中, 世界中)."""
    if head != "中" or not _prev_kanji(before):
        return None
    if before.endswith(("年", "界", "国", "家", "体")) or (before.endswith("日") and not before.endswith("本日")):
        return "じゅう", None
    return "ちゅう", None


def rule_kagetsu(head, tail, token, before, after, tokens, index):
    """月 after か/カ/ヶ/ヵ of a count (一か月, 数か月) is げつ, not がつ."""
    if not head.startswith("月") or not before.endswith(("か", "カ", "ヶ", "ヵ", "箇", "ケ")):
        return None
    return "げつ" + _rest_reading(token, head[1:]), None


def rule_tsuitachi(head, tail, token, before, after, tokens, index):
    """一日: ついたち after a month (毎月 一日), いちにち (one day) otherwise."""
    if head != "一日":
        return None
    if is_first_of_month(before + token.surface + after, len(before), len(before) + 2):
        return "ついたち", None
    return "いちにち", "一日: いちにち (one day) or ついたち (the first)?"


def _rest_reading(token: Token, rest: str) -> str:
    """pykakasi's reading of the kanji after the first one, when the token had more."""
    if not rest:
        return ""
    from . import kakasi

    return "".join(reading for _, reading in kakasi.convert(rest))


def rule_omote(head, tail, token, before, after, tokens, index):
    """表 alone: おもて (front) with 裏 in the sentence (表と裏, 表・裏) or of a card or paper (カードの 表);
    ひょう (a table) otherwise."""
    if head != "表" or _prev_kanji(before) or (not tail and after[:1] and is_kanji(after[0])):
        return None
    sentence = _sentence_before(before)
    if "裏" in sentence or "裏" in SENTENCE_END.split(after, 1)[0]:
        return "おもて", None
    phrase = sentence.rstrip(" 　")
    if phrase.endswith("の") and _ends_with_word(phrase[:-1].rstrip(" 　"), THINGS_WITH_A_FRONT):
        return "おもて", "表 of a card or paper: おもて (front)"
    if phrase.endswith(TABLE_POINTERS):
        return "ひょう", None
    if any(word in sentence + after[:20] for word in THINGS_WITH_A_FRONT + ("チップ",)):
        return "おもて", "表 in a sentence about a card: おもて (front); ひょう if it is a table"
    return "ひょう", "表: ひょう (table) or おもて (front)?"


def rule_toshi_tsuki(head, tail, token, before, after, tokens, index):
    """年 and 月 standing alone (前の 年, 同じ 月): とし and つき. pykakasi reads them ねん and がつ, the
    readings they have after a number, which the counters handle."""
    if head not in ("年", "月") or tail or _prev_kanji(before) or (after[:1] and is_kanji(after[0])):
        return None
    if before[-1:].isdigit() or before.endswith(("か", "カ", "ヶ", "ヵ", "箇", "ケ")):
        return None
    if head == "年" and re.match(r"^(に)?[\s　]*[0-9０-９一二三何]", after):  # 年6回, 年に 1回: ねん
        return None
    return ("とし" if head == "年" else "つき"), f"{head} alone: {'とし' if head == '年' else 'つき'}"


def rule_gurashi(head, tail, token, before, after, tokens, index):
    """暮らし at the end of a compound voices its first sound: 1人暮らし, 一人暮らし ひとりぐらし."""
    if head != "暮" or not tail.startswith("らし") or not before or not (is_kanji(before[-1]) or before[-1].isdigit()):
        return None
    return "ぐ", None


def rule_kayou(head, tail, token, before, after, tokens, index):
    """通って: かよって (go regularly) to a school, hospital or workplace; とおって (pass) otherwise."""
    if head != "通" or not tail.startswith(("っ", "う", "い", "わ", "え", "お")):
        return None
    sentence = _sentence_before(before)
    if any(place + particle in sentence for place in PLACES_ONE_ATTENDS for particle in ("に", "へ")):
        return "かよ", "通: かよう (go regularly) or とおる (pass)?"
    return None


def rule_suffix_ji(head, tail, token, before, after, tokens, index):
    """時 split off a kanji word is the suffix じ (就学時, 申請時), not とき; その 時 stays とき."""
    if head != "時" or tail or not _prev_kanji(before):
        return None
    return "じ", None


def rule_suffix_jou(head, tail, token, before, after, tokens, index):
    """上 split off a kanji word is the suffix じょう (入管法上, 手続上: as far as ... goes), not うえ."""
    # A particle may follow (入管法上の); okurigana would make it a verb (上がる, 上げる, 上る).
    if head != "上" or tail.startswith(("が", "げ", "る", "り", "ら", "れ", "ろ", "っ")) or not _prev_kanji(before):
        return None
    return "じょう", None


def rule_akeru(head, tail, token, before, after, tokens, index):
    """開ける (open a door, a counter) is あける; pykakasi reads 開け as ひらけ."""
    if head != "開" or not tail.startswith("け"):
        return None
    return "あ", None


def rule_tomaru(head, tail, token, before, after, tokens, index):
    """止まる/止める alone: とまる/とめる. pykakasi reads 止まり as the suffix どまり (行き止まり)
    and 止める as やめる."""
    if head != "止" or not tail.startswith(("ま", "め")):
        return None
    if tail.startswith("め"):
        return "と", "止め: とめ (stop something); やめ if it means quit"
    return "と", None


_RULES = (
    rule_suffix_sho, rule_suffix_gai, rule_suffix_chuu, rule_kagetsu,
    rule_hito, rule_kata_hou, rule_aida, rule_mono_sha, rule_hi, rule_ato, rule_bun,
    rule_nani, rule_nani_counter, rule_iku_okonau, rule_hairu, rule_tsuitachi, rule_omote,
    rule_tomaru, rule_toshi_tsuki, rule_gurashi, rule_kayou, rule_suffix_ji, rule_suffix_jou, rule_akeru,
)
