"""An easy-Japanese checker for editors: warnings only, never a block.

Follows the ISA guideline for easy Japanese (在留支援のためのやさしい日本語ガイドライン): short sentences,
です/ます, few kanji, no double negatives, hard words explained in place like 申請(=申し込み).
"""
import re
from dataclasses import dataclass

from django.utils.translation import gettext as _

MAX_SENTENCE_LENGTH = 30
MAX_KANJI_SHARE = 0.30
POLITE_ENDINGS = ("です", "ます", "ました", "でした", "ません", "ください", "ましょう", "でしょう", "ませんか", "ですか", "ますか")
DOUBLE_NEGATIVES = (
    "なければなりません", "なければならない", "なくてはいけません", "なくてはなりません", "ないわけではありません",
    "ないわけではない", "ないことはありません", "ないことはない", "なくはありません", "なくはない",
    "ないとは限りません", "ないとは限らない", "ざるを得ません", "ざるを得ない",
)
SENTENCE_END = re.compile(r"(?<=[。！？!?])")
KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
MARKUP = re.compile(r"\[([^\]]*)\]\([^)]*\)|[*_`>#]|^\s*(?:[-+]|\d+\.)\s+", re.M)
EXPLANATION_MARKS = ("(=", "（＝", "(＝", "（=")
AOZORA = re.compile(r"[｜|]?([^｜|《》\s]+)《[^》]*》")


@dataclass(frozen=True)
class Finding:
    kind: str
    message: str
    excerpt: str


def _plain(text: str) -> str:
    return MARKUP.sub(lambda m: m.group(1) or "", AOZORA.sub(r"\1", text))


def _sentences(text: str):
    """Sentences of running text; list items and headings without a full stop are not sentences."""
    for line in _plain(text).splitlines():
        line = line.strip()
        for sentence in SENTENCE_END.split(line):
            sentence = sentence.strip()
            if sentence:
                yield sentence


def _length(sentence: str) -> int:
    return len(re.sub(r"\s", "", sentence))


def check(text: str, hard_words=()) -> list[Finding]:
    """Warnings for one easy-Japanese text. ``hard_words``: words that need an explanation in place."""
    warnings = []
    plain = _plain(text)
    for sentence in _sentences(text):
        if _length(sentence) > MAX_SENTENCE_LENGTH:
            warnings.append(Finding("long", _("Long sentence (%(count)d characters; aim for %(max)d or fewer).")
                                    % {"count": _length(sentence), "max": MAX_SENTENCE_LENGTH}, sentence))
        body = sentence.rstrip("。！？!?」』) ")
        if sentence[-1:] in "。！？!?" and not body.endswith(POLITE_ENDINGS):
            warnings.append(Finding("ending", _("Sentence does not end in です or ます."), sentence))
        for pattern in DOUBLE_NEGATIVES:
            if pattern in sentence:
                warnings.append(Finding("double-negative", _("Double negative: say it positively."), sentence))
                break
    letters = [char for char in plain if not char.isspace() and not char.isdigit() and char.isalpha()]
    if letters:
        share = sum(1 for char in letters if KANJI.match(char)) / len(letters)
        if share > MAX_KANJI_SHARE:
            warnings.append(Finding("kanji", _("Many kanji (%(share)d%% of the text; aim for %(max)d%% or less).")
                                    % {"share": round(share * 100), "max": round(MAX_KANJI_SHARE * 100)}, ""))
    for word, position in _first_occurrences(plain, hard_words).items():
        after = plain[position + len(word): position + len(word) + 3]
        if not after.lstrip().startswith(EXPLANATION_MARKS):
            warnings.append(Finding("hard-word", _("Hard word without an explanation, e.g. %(word)s(=…).")
                                    % {"word": word}, word))
    return warnings


def _first_occurrences(text: str, words) -> dict[str, int]:
    """Where each hard word first occurs as a whole word, in order of appearance.

    Scanning from the left, the longest hard word starting at a position wins and its characters are not
    searched again: 永住者 inside 特別永住者 is part of that longer word, not a use of its own.
    """
    words = sorted({word for word in words if word}, key=len, reverse=True)
    if not words:
        return {}
    # Alternatives are tried in order at each position, so the longest word there matches.
    pattern = re.compile("|".join(re.escape(word) for word in words))
    found = {}
    for match in pattern.finditer(text):
        found.setdefault(match.group(), match.start())
    return found
