"""Character classes and kana normalisation shared by the furigana modules.

Pure Python, no pykakasi: `annotate_numbers` relies on that.
"""

import re

import jaconv

# Marks that behave like kanji inside a word: their reading is not their own kana.
KANJI_LIKE_MARKS = frozenset("々〆ヶヵ")
_HALFWIDTH_KANA_RUN = re.compile("[\uff66-\uff9f]+")


def is_kanji(char: str) -> bool:
    """BMP CJK ideographs (basic, Extension A, compatibility) and the kanji-like marks.

    Extension B and later are deliberately excluded: pykakasi drops or repeats them, so they
    pass through unannotated.
    """
    code = ord(char)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0xF900 <= code <= 0xFAFF
        or char in KANJI_LIKE_MARKS
    )


def is_hiragana(char: str) -> bool:
    return 0x3041 <= ord(char) <= 0x3096 or char in "ゝゞ"


def is_fullwidth_katakana(char: str) -> bool:
    return 0x30A1 <= ord(char) <= 0x30FA or char in "ーヽヾ"


def is_kana(char: str) -> bool:
    return is_hiragana(char) or is_fullwidth_katakana(char)


def is_japanese_word_char(char: str) -> bool:
    """Characters pykakasi handles reliably; everything else is passed through untouched."""
    return is_kanji(char) or is_kana(char)


def is_ascii_digit(char: str) -> bool:
    return "0" <= char <= "9"


def is_digit(char: str) -> bool:
    """ASCII or full-width digit."""
    return is_ascii_digit(char) or "０" <= char <= "９"


def has_kanji(text: str) -> bool:
    return any(is_kanji(c) for c in text)


def to_hiragana(text: str) -> str:
    """Katakana (full or half width) to hiragana; everything else unchanged.

    ヶ/ヵ are read か in counters and place names, not け; ゖ/ゕ never appear in readings.
    """
    # Half-width katakana runs only (h2z must see a whole run to join voicing marks, and
    # must not touch ASCII digits, letters or punctuation).
    text = _HALFWIDTH_KANA_RUN.sub(
        lambda m: jaconv.h2z(m.group(), kana=True, ascii=False, digit=False), text
    )
    text = text.replace("ヶ", "か").replace("ヵ", "か")
    return jaconv.kata2hira(text)


def is_reading_text(reading: str) -> bool:
    """A valid staff-entered reading: hiragana and the long-vowel mark only."""
    return bool(reading) and all(is_hiragana(c) or c == "ー" for c in reading)
