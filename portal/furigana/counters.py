"""Numbers written in digits, the counter after them, and weekday marks in dates.

Pure Python (no pykakasi) so `annotate_numbers` can run at request time. Readings follow
shared/furigana/README.md: digits are copied and get no ruby; the counter reads as it does in
that number (14日 → か, 3分 → ぷん); where number and counter fuse into one word (1日 the first
of a month, 20日, 1人, 2人) one ruby covers digits and counter.
"""

import re
import unicodedata
from collections.abc import Callable

from .chars import is_kanji
from .tokens import Token, plain, word

NUMBER = re.compile(r"[0-9０-９]+(?:[,，.．][0-9０-９]+)*")

# Months and month-like words after which "1日" is the first of the month, not "one day".
_MONTH_CONTEXT = re.compile(r"(?:月|毎月|翌月|来月|今月|先月|同月|前月|各月|月の)[\s　]*$")


def _last_digit(number: int) -> int:
    return number % 10


def _read_day(number: int) -> str:
    if 2 <= number <= 10 or number in (14, 24):
        return "か"
    return "にち"


def _read_minute(number: int) -> str:
    return "ふん" if _last_digit(number) in (2, 5, 7, 9) else "ぷん"


def _read_hon(number: int) -> str:
    last = _last_digit(number)
    return "ぼん" if last == 3 else "ぽん" if last in (1, 6, 8, 0) else "ほん"


def _read_floor(number: int) -> str:
    return "がい" if _last_digit(number) == 3 else "かい"


def _read_haku(number: int) -> str:
    return "はく" if _last_digit(number) in (2, 5, 7, 9) else "ぱく"


def _read_ken_house(number: int) -> str:
    return "げん" if _last_digit(number) == 3 else "けん"


def _fixed(reading: str) -> Callable[[int], str]:
    return lambda number: reading


# Longest surface first when matching. Kana inside a surface (か月) stays outside the ruby.
COUNTERS: dict[str, Callable[[int], str]] = {
    "日": _read_day,
    "か月": _fixed("かげつ"), "カ月": _fixed("かげつ"), "ヶ月": _fixed("かげつ"),
    "ヵ月": _fixed("かげつ"), "箇月": _fixed("かげつ"), "ケ月": _fixed("かげつ"),
    "か所": _fixed("かしょ"), "カ所": _fixed("かしょ"), "ヶ所": _fixed("かしょ"),
    "箇所": _fixed("かしょ"), "か国": _fixed("かこく"), "カ国": _fixed("かこく"),
    "ヶ国": _fixed("かこく"),
    "月": _fixed("がつ"),
    "年度": _fixed("ねんど"), "年生": _fixed("ねんせい"), "年": _fixed("ねん"),
    "歳児": _fixed("さいじ"), "歳": _fixed("さい"), "才": _fixed("さい"),
    "時": _fixed("じ"), "分": _read_minute, "秒": _fixed("びょう"),
    "週": _fixed("しゅう"), "人": _fixed("にん"), "名": _fixed("めい"),
    "回": _fixed("かい"), "度": _fixed("ど"), "枚": _fixed("まい"), "件": _fixed("けん"),
    "円": _fixed("えん"), "個": _fixed("こ"), "冊": _fixed("さつ"), "通": _fixed("つう"),
    "部": _fixed("ぶ"), "点": _fixed("てん"), "倍": _fixed("ばい"), "割": _fixed("わり"),
    "号": _fixed("ごう"), "番": _fixed("ばん"), "条": _fixed("じょう"), "項": _fixed("こう"),
    "種類": _fixed("しゅるい"), "種": _fixed("しゅ"), "代": _fixed("だい"),
    "世帯": _fixed("せたい"), "丁目": _fixed("ちょうめ"), "番地": _fixed("ばんち"),
    "桁": _fixed("けた"), "文字": _fixed("もじ"),
    "本": _read_hon, "階": _read_floor, "泊": _read_haku, "軒": _read_ken_house,
    "期": _fixed("き"), "級": _fixed("きゅう"), "校": _fixed("こう"), "社": _fixed("しゃ"),
    "万": _fixed("まん"), "億": _fixed("おく"), "兆": _fixed("ちょう"), "千": _fixed("せん"),
    "百": _fixed("ひゃく"),
}
_COUNTERS_LONGEST_FIRST = sorted(COUNTERS, key=len, reverse=True)

# Large-number units after which another counter can follow: 1万人, 5千円.
_UNITS = {"万": 10_000, "億": 100_000_000, "兆": 10**12, "千": 1000, "百": 100}

# Words that follow a counter and read as suffixes of it: 3日間 かん, 5年後 ご, 2回目 め.
SUFFIXES = {"間": "かん", "後": "ご", "前": "まえ", "目": "め", "半": "はん", "頃": "ごろ",
            "分": "ぶん", "以来": "いらい"}
_SUFFIXES_LONGEST_FIRST = sorted(SUFFIXES, key=len, reverse=True)
# Compounds where the suffix char starts a longer word instead (5年前後 ぜんご).
_NOT_SUFFIX = ("前後", "中心", "間違", "分か", "後半", "目的", "目安", "半分", "中旬")

WEEKDAYS = {"日": "にち", "月": "げつ", "火": "か", "水": "すい", "木": "もく", "金": "きん",
            "土": "ど", "祝": "しゅく"}
_WEEKDAY_NAME = re.compile("([日月火水木金土])曜(日)?")
_WEEKDAYS_IN_PARENS = re.compile(r"(?<=[(（])[日月火水木金土祝](?:[・、,][日月火水木金土祝])*(?=[)）])")
_WEEKEND = re.compile("土日(祝日?|祝)?")


def parse_number(digits: str) -> int | None:
    """The integer value of a digit string; None for decimals (their counters rarely change)."""
    normal = unicodedata.normalize("NFKC", digits).replace(",", "")
    return int(normal) if normal.isdigit() else None


def _counter_at(text: str, pos: int) -> str | None:
    for surface in _COUNTERS_LONGEST_FIRST:
        if text.startswith(surface, pos):
            return surface
    return None


def _suffix_at(text: str, pos: int) -> str | None:
    if text.startswith(_NOT_SUFFIX, pos):
        return None
    for surface in _SUFFIXES_LONGEST_FIRST:
        if text.startswith(surface, pos):
            return surface
    return None


def read_number_and_counters(text: str, start: int) -> list[Token] | None:
    """Tokens for the digits at `start` and the counters after them, or None if no counter.

    Returned tokens cover text[start:end] contiguously; the caller continues after the last.
    """
    number_match = NUMBER.match(text, start)
    if number_match is None:
        return None
    digits = number_match.group()
    pos = number_match.end()
    counter = _counter_at(text, pos)
    if counter is None:
        return None
    number = parse_number(digits)
    tokens: list[Token] = []
    fused = _fused_reading(text, start, digits, number, counter)
    if fused is not None:
        reading, doubt = fused
        tokens.append(word(start, digits + counter, reading, "counter", doubt))
    else:
        tokens.append(plain(start, digits))
        reading = COUNTERS[counter](number if number is not None else 0)
        doubt = _counter_doubt(text, start, number, counter)
        tokens.append(word(pos, counter, reading, "counter", doubt))
    pos += len(counter)
    # 1万人, 3千円: a second counter reads after the unit, never fused (1万人 is not ひとり).
    while counter in _UNITS and (following := _counter_at(text, pos)) and following not in _UNITS:
        tokens.append(word(pos, following, COUNTERS[following](_UNITS[counter]), "counter"))
        pos += len(following)
        counter = following
    suffix = _suffix_at(text, pos)
    if suffix is not None and not (suffix == "分" and counter in ("時", "分")):
        tokens.append(word(pos, suffix, SUFFIXES[suffix], "counter"))
    return tokens


def _fused_reading(text: str, start: int, digits: str, number: int | None, counter: str):
    """(reading, doubt) when digits and counter are read as one word, else None."""
    if number is None or digits.startswith(("0", "０")):
        return None
    end = start + len(digits) + len(counter)
    if counter == "人" and number in (1, 2):
        return ("ひとり" if number == 1 else "ふたり"), None
    if counter == "日" and number == 20:
        return "はつか", None
    if counter == "日" and number == 1 and is_first_of_month(text, start, end):
        return "ついたち", None
    return None


def is_first_of_month(text: str, start: int, end: int) -> bool:
    """1日 after a month (6月1日, 毎月 1日) or before a weekday mark (1日(月)) is a date."""
    if _MONTH_CONTEXT.search(text[max(0, start - 8):start]):
        return True
    return bool(re.match(r"[(（][日月火水木金土]", text[end:end + 2]))


def _counter_doubt(text: str, start: int, number: int | None, counter: str) -> str | None:
    if counter == "日" and number == 1:
        return "1日: read いちにち (one day); if it is the first of a month, write the month before it"
    if counter in ("歳", "才") and number == 20:
        return "20歳: read にじゅっさい; はたち is also common"
    return None


def weekday_tokens(text: str) -> list[Token]:
    """Weekday marks of dates: (日), (土・日), 月曜日, 土日, 土日祝."""
    tokens: list[Token] = []
    for match in _WEEKDAY_NAME.finditer(text):
        reading = WEEKDAYS[match.group(1)] + "よう" + ("び" if match.group(2) else "")
        tokens.append(word(match.start(), match.group(), reading, "counter"))
    for match in _WEEKDAYS_IN_PARENS.finditer(text):
        for offset, char in enumerate(match.group()):
            if char in WEEKDAYS:
                tokens.append(word(match.start() + offset, char, WEEKDAYS[char], "counter"))
    for match in _WEEKEND.finditer(text):
        if _is_isolated_word(text, match.start(), match.end()):
            tail = {"祝": "しゅく", "祝日": "しゅくじつ"}.get(match.group(1) or "", "")
            tokens.append(word(match.start(), match.group(), "どにち" + tail, "counter"))
    return tokens


def _is_isolated_word(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    return not (before and is_kanji(before)) and not (after and is_kanji(after))
