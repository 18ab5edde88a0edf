"""Furigana engine benchmark: accuracy on a gold set and speed of to_ruby.

Usage (from the project root):

    .venv/bin/python bench/furigana_bench.py                 # dev set and domain sentences in tests/furigana/data
    .venv/bin/python bench/furigana_bench.py --gold other_sentences.jsonl --gold other_words.jsonl
    .venv/bin/python bench/furigana_bench.py --errors        # also list every miss
    .venv/bin/python bench/furigana_bench.py --no-speed      # accuracy only

Gold files are JSON lines with `text`, `reading` and optional `alt` (shared/furigana/README.md).

Figures:
- sentences % / words %: the whole `to_reading(text)` equals `reading` or one of `alt`,
  whitespace ignored (a file whose name contains "word" counts as words, else as sentences).
- kanji runs %: for every maximal run of kanji in a text (々 ヶ included), the reading the
  engine's ruby gives that run equals the part of the gold reading aligned to it. The gold
  reading is aligned on the text's kana, digits and punctuation (katakana compared as
  hiragana); a fused number (1日 ついたち) counts as the run of its counter. Each alternative
  reading is tried and the one that aligns best is used.
- chars/s: to_ruby over a realistic long text (the dev sentences and words, cold caches),
  and over a 33k-character text to show time stays linear (no run cache, so repeats cost).
"""

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from portal.furigana import kakasi  # noqa: E402
from portal.furigana.analysis import analyse  # noqa: E402
from portal.furigana.chars import is_digit, is_kanji, to_hiragana  # noqa: E402
from portal.furigana.engine import to_reading, to_ruby  # noqa: E402
from portal.furigana.glossary import default_glossary  # noqa: E402

DEFAULT_GOLD = [ROOT / "tests/furigana/data/gold_sentences.jsonl", ROOT / "tests/furigana/data/gold_words.jsonl",
                ROOT / "tests/furigana/data/domain_sentences.jsonl"]
WHITESPACE = re.compile(r"\s+")
# Number + counter words whose reading covers the digits (shared/furigana/README.md).
FUSED_NUMBER_READINGS = ("ついたち", "はつか", "ひとり", "ふたり", "はたち")


def load_gold(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def squeeze(text: str) -> str:
    return WHITESPACE.sub("", text)


def kanji_runs(text: str) -> list[tuple[int, int]]:
    runs, start = [], None
    for index, char in enumerate(text + "\0"):
        if is_kanji(char) and start is None:
            start = index
        elif not is_kanji(char) and start is not None:
            runs.append((start, index))
            start = None
    return runs


def gold_run_readings(text: str, reading: str) -> list[str] | None:
    """The gold reading of each kanji run of `text`, or None if it cannot be aligned.

    Spaces of easy-Japanese text are used as anchors first (the gold keeps them); if the
    gold's spacing differs, alignment is retried with all whitespace ignored.
    """
    for keep_spaces in (True, False):
        aligned = _align_runs(text, reading if keep_spaces else squeeze(reading), keep_spaces)
        if aligned is not None:
            return aligned
    return None


def _align_runs(text: str, reading: str, keep_spaces: bool) -> list[str] | None:
    runs = kanji_runs(text)
    chars = r"[^0-9０-９\s]" if keep_spaces else r"[^0-9０-９]"  # digits are copied, never read
    run = f"({chars}+?)"
    pattern, pos = [], 0
    for start, end in runs:
        before = text[pos:start]
        digits = re.search(r"[0-9０-９]+$", before)
        if digits:  # the number may fuse with the counter (1日 ついたち)
            literal = _literal(before[: digits.start()], keep_spaces)
            fused = "((?:" + "|".join(FUSED_NUMBER_READINGS) + f"){chars}*?)"
            pattern.append(literal + f"(?:{re.escape(digits.group())}{run}|{fused})")
        else:
            pattern.append(_literal(before, keep_spaces) + run)
        pos = end
    pattern.append(_literal(text[pos:], keep_spaces))
    match = re.fullmatch("".join(pattern), reading, re.DOTALL)
    if match is None:
        return None
    groups = [group for group in match.groups() if group is not None]
    return groups if len(groups) == len(runs) else None


def _literal(text: str, keep_spaces: bool) -> str:
    if not keep_spaces:
        return re.escape(squeeze(to_hiragana(text)))
    return "".join(r"\s*" if c.isspace() else re.escape(to_hiragana(c)) for c in text)


def engine_run_readings(text: str) -> list[str]:
    """The reading the engine's ruby puts over each kanji run of `text` (whitespace removed)."""
    tokens = analyse(text, default_glossary())
    pieces = []
    pos = 0
    for token in tokens:
        for piece in token.pieces:
            pieces.append((pos, pos + len(piece.text), piece))
            pos += len(piece.text)
    readings = []
    for start, end in kanji_runs(text):
        parts = []
        for p_start, p_end, piece in pieces:
            if p_start < end and p_end > start:
                parts.append(piece.reading if piece.reading is not None else piece.text)
        readings.append("".join(parts))
    return readings


def evaluate(items: list[dict], show_errors: bool, label: str) -> dict:
    exact = runs_total = runs_right = unaligned = 0
    for item in items:
        text = squeeze(item["text"])
        golds = [item["reading"], *item.get("alt", [])]
        got = squeeze(to_reading(item["text"]))
        whole_ok = got in {squeeze(g) for g in golds}
        exact += whole_ok
        ours = engine_run_readings(item["text"])
        best = None
        for gold in golds:
            aligned = gold_run_readings(item["text"], gold)
            if aligned is None:
                continue
            right = sum(a == b for a, b in zip(ours, aligned))
            if best is None or right > best[0]:
                best = (right, aligned)
        if whole_ok:
            # The engine's runs, joined with the text's own kana, give the gold reading: that is an
            # alignment of the gold, and the regex may only have found another one (困難な: こん|なんな).
            best = (len(ours), ours)
        if best is None:
            unaligned += 1
            best = (0, ["?"] * len(ours))
        runs_total += len(ours)
        runs_right += best[0]
        if show_errors and (not whole_ok or best[0] < len(ours)):
            runs = [item["text"][s:e] for s, e in kanji_runs(item["text"])]
            wrong = [f"{r}:{o}≠{g}" for r, o, g in zip(runs, ours, best[1]) if o != g]
            print(f"  [{label}] {item['text']}\n      got  {got}\n      gold {squeeze(golds[0])}  {' '.join(wrong)}")
    return {"items": len(items), "exact": exact, "runs": runs_total, "runs_right": runs_right,
            "unaligned_gold": unaligned}


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "n/a"


def speed(text: str, cached: bool) -> float:
    original = kakasi.convert
    if not cached:
        kakasi.convert = original.__wrapped__  # every run goes to pykakasi, repeats included
    try:
        original.cache_clear()
        started = time.perf_counter()
        to_ruby(text)
        return len(text) / (time.perf_counter() - started)
    finally:
        kakasi.convert = original


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", action="append", type=Path, help="gold JSONL file (repeatable)")
    parser.add_argument("--errors", action="store_true", help="print every text read wrongly")
    parser.add_argument("--no-speed", action="store_true", help="skip the speed measurement")
    args = parser.parse_args(argv)
    paths = args.gold or DEFAULT_GOLD

    started = time.perf_counter()
    to_reading("準備")  # load pykakasi outside the timed parts
    print(f"pykakasi load: {time.perf_counter() - started:.2f} s")

    totals = {"sentences": [0, 0], "words": [0, 0], "runs": [0, 0]}
    corpus = []
    for path in paths:
        items = load_gold(path)
        corpus.extend(item["text"] for item in items)
        kind = "words" if "word" in path.name else "sentences"
        result = evaluate(items, args.errors, path.stem)
        totals[kind][0] += result["exact"]
        totals[kind][1] += result["items"]
        totals["runs"][0] += result["runs_right"]
        totals["runs"][1] += result["runs"]
        print(f"{path.name}: {kind} exact {result['exact']}/{result['items']} "
              f"({percent(result['exact'], result['items'])}), kanji runs "
              f"{result['runs_right']}/{result['runs']} ({percent(result['runs_right'], result['runs'])})"
              + (f", gold not alignable: {result['unaligned_gold']}" if result["unaligned_gold"] else ""))
    print(f"TOTAL kanji runs {percent(*totals['runs'])}, sentences {percent(*totals['sentences'])}, "
          f"words {percent(*totals['words'])}")

    if not args.no_speed:
        realistic = "\n".join(corpus)
        print(f"to_ruby, realistic text ({len(realistic)} chars, cold cache): "
              f"{speed(realistic, cached=True):,.0f} chars/s")
        long_text = (realistic + "\n") * (33_000 // (len(realistic) + 1) + 1)
        for size in (8_000, 33_000):
            sample = long_text[:size]
            print(f"to_ruby, {size} chars, no run cache: {speed(sample, cached=False):,.0f} chars/s; "
                  f"with run cache: {speed(sample, cached=True):,.0f} chars/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
