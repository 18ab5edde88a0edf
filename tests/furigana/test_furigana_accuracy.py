"""Accuracy on the copied dev set and the project's domain sentences, scored as bench/furigana_bench.py scores it."""

import importlib.util
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
BENCH = Path(__file__).resolve().parents[2] / "bench" / "furigana_bench.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("furigana_bench", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_dev_sentences_meet_targets(bench):
    result = bench.evaluate(bench.load_gold(DATA / "gold_sentences.jsonl"), False, "sentences")
    assert result["unaligned_gold"] == 0
    assert result["runs_right"] / result["runs"] >= 0.99
    assert result["exact"] / result["items"] >= 0.95


def test_domain_sentences_meet_targets(bench):
    """Sentences written for this project in the same conventions (easy and standard Japanese).

    They were held out once and measured (see bench/README.md); the engine was tuned on them since,
    so they now guard against regressions rather than measure new text.
    """
    result = bench.evaluate(bench.load_gold(DATA / "domain_sentences.jsonl"), False, "domain")
    assert result["items"] >= 400
    assert result["unaligned_gold"] == 0
    assert result["runs_right"] / result["runs"] >= 0.99
    assert result["exact"] / result["items"] >= 0.97


def test_dev_words_meet_targets(bench):
    result = bench.evaluate(bench.load_gold(DATA / "gold_words.jsonl"), False, "words")
    assert result["runs_right"] / result["runs"] >= 0.99
    assert result["exact"] / result["items"] >= 0.95


def test_gold_alignment_handles_fused_numbers_and_spaces(bench):
    assert bench.gold_run_readings("6月1日", "6がつついたち") == ["がつ", "ついたち"]
    assert bench.gold_run_readings("来月 家族と", "らいげつ かぞくと") == ["らいげつ", "かぞく"]
