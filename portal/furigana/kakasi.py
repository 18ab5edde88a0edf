"""The one place that talks to pykakasi.

pykakasi costs about 0.4 s and 120 MB to load, so it is imported and built lazily, once per
process. It misbehaves outside plain Japanese text (drops or repeats tokens around newlines,
tabs, NBSP, emoji, Extension-B kanji; garbles half-width katakana) and its time grows with the
square of one call's length, so callers only hand it short runs of kanji and kana.
"""

import threading
from functools import lru_cache

from .chars import is_kanji

_lock = threading.Lock()
_kakasi = None

# One call's length cap: keeps each call's quadratic cost small.
MAX_CALL_LENGTH = 64


def _converter():
    global _kakasi
    if _kakasi is None:
        with _lock:
            if _kakasi is None:
                import pykakasi

                _kakasi = pykakasi.kakasi()
    return _kakasi


@lru_cache(maxsize=16384)
def convert(run: str) -> tuple[tuple[str, str], ...]:
    """(surface, hiragana reading) tokens for a run of kanji/kana, covering it exactly.

    If pykakasi's tokens do not add up to the input (it sometimes drops or repeats), the run
    is converted again piece by piece so the text itself never changes.
    """
    if not run:
        return ()
    if len(run) > MAX_CALL_LENGTH:
        cut = _cut_point(run)
        return convert(run[:cut]) + convert(run[cut:])
    tokens = tuple((item["orig"], item["hira"]) for item in _converter().convert(run))
    if "".join(surface for surface, _ in tokens) == run:
        return tokens
    if len(run) == 1:
        return ((run, run),)  # pykakasi has nothing usable for this character
    middle = len(run) // 2
    return convert(run[:middle]) + convert(run[middle:])


def _cut_point(run: str) -> int:
    """Where to split a long run: at a kana-to-kanji change near the cap, so words stay whole."""
    for cut in range(MAX_CALL_LENGTH, MAX_CALL_LENGTH // 2, -1):
        if is_kanji(run[cut]) and not is_kanji(run[cut - 1]):
            return cut
    return MAX_CALL_LENGTH


def is_loaded() -> bool:
    return _kakasi is not None
