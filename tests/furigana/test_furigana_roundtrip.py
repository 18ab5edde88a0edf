"""Property: ruby never changes the text (strip <rt>/<rp> and tags, unescape: same string)."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from portal.furigana.analysis import analyse
from portal.furigana.engine import annotate_numbers, to_reading, to_ruby
from portal.furigana.glossary import default_glossary

from .helpers import strip_ruby

AOZORA_MARKERS = "｜《》"

# Japanese-heavy text with the characters pykakasi mishandles mixed in.
JAPANESE = st.sampled_from(
    list("在留カード申請日本人方間行後分何上下生者中入出見一二十百千万日月年時歳")
    + list("のはがをにでともへからまでしてくださいますっ")
    + list("アイウエオンーヶ々〆")
    + list("0123456789０１２")
    + ["\n", "\t", "\u00a0", "；", "｡", "😀", "𠮷", "ｶﾞ", "ﾟ", "\u0301", " ", "　", "<", ">", "&", "\"", "'", "(", "（"]
)
ANY_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters=AOZORA_MARKERS), max_size=60
)
MIXED_TEXT = st.lists(JAPANESE, max_size=40).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(MIXED_TEXT, ANY_TEXT))
def test_to_ruby_round_trips(text):
    assert strip_ruby(to_ruby(text)) == text


@settings(max_examples=200, deadline=None)
@given(st.one_of(MIXED_TEXT, ANY_TEXT))
def test_annotate_numbers_round_trips(text):
    assert strip_ruby(annotate_numbers(text)) == text


def _fused_number_positions(text):
    """Where a number and its counter are read as one word (1人 ひとり, 20日 はつか): the digits go."""
    positions = set()
    for token in analyse(text, default_glossary()):
        start = token.start
        for piece in token.pieces:
            if piece.reading is not None and any(c.isdigit() for c in piece.text):
                if not any(c.isdigit() for c in piece.reading):
                    positions.update(range(start, start + len(piece.text)))
            start += len(piece.text)
    return positions


@settings(max_examples=100, deadline=None)
@given(MIXED_TEXT)
def test_to_reading_keeps_non_japanese_characters(text):
    reading = to_reading(text)
    fused = _fused_number_positions(text)
    for position, char in enumerate(text):
        if char.isascii() and char.isprintable() and position not in fused:
            assert char in reading


def test_fused_numbers_are_the_only_digits_a_reading_drops():
    assert to_reading("1人") == "ひとり" and _fused_number_positions("1人") == {0, 1}
    assert _fused_number_positions("3人") == set()
