"""The development corpus in tests/safety/: recall and false-positive rate as thresholds."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import (
    TARGET_FALSE_POSITIVE_RATE,
    TARGET_RECALL,
    CorpusMessage,
    load_corpus,
    measure,
)

CORPUS_DIR = Path(__file__).resolve().parents[1] / "safety"


@pytest.fixture(scope="module")
def corpus() -> list[CorpusMessage]:
    return load_corpus()


@pytest.fixture(scope="module")
def figures(corpus: list[CorpusMessage]) -> dict[str, object]:
    return measure(corpus)


def test_corpus_is_large_multilingual_and_split(corpus: list[CorpusMessage]) -> None:
    crisis = [m for m in corpus if m.crisis]
    ordinary = [m for m in corpus if not m.crisis]
    assert len(crisis) >= 300 and len(ordinary) >= 300
    assert len({m.language for m in corpus}) >= 8
    # The development split (what tuning looked at) is large on its own, and a fair share of
    # the corpus was held out or unseen when first measured; each later split has its own
    # minimum below, so the share may grow past one half as splits are added.
    dev = [m for m in corpus if m.split == "dev"]
    assert sum(m.crisis for m in dev) >= 300 and sum(not m.crisis for m in dev) >= 300
    held_out = sum(m.split != "dev" for m in corpus) / len(corpus)
    assert held_out > 0.2
    unseen = [m for m in corpus if m.split == "unseen"]
    assert sum(m.crisis for m in unseen) >= 150 and sum(not m.crisis for m in unseen) >= 150
    assert len({m.language for m in unseen}) >= 10
    assert len({m.text for m in corpus}) == len(corpus), "a message is in the corpus twice"


@pytest.mark.parametrize(
    ("split", "least"),
    [
        ("unseen3", 200),
        ("unseen4", 150),
        ("unseen5", 150),
        ("unseen6", 120),
        ("unseen9", 120),
        ("unseen10_intl", 60),
        ("unseen11", 150),
        ("unseen12", 60),
        ("unseen13", 60),
    ],
)
def test_each_later_unseen_split_is_large_and_multilingual(
    corpus: list[CorpusMessage], split: str, least: int
) -> None:
    messages = [m for m in corpus if m.split == split]
    assert sum(m.crisis for m in messages) >= least
    assert sum(not m.crisis for m in messages) >= least
    assert len({m.language for m in messages}) >= 12


def test_unseen14_is_mostly_english_in_several_voices(corpus: list[CorpusMessage]) -> None:
    messages = [m for m in corpus if m.split == "unseen14"]
    assert sum(m.crisis for m in messages) >= 60
    assert sum(not m.crisis for m in messages) >= 60
    english = sum(m.language == "en" for m in messages)
    assert english / len(messages) > 0.7
    assert len({m.language for m in messages}) >= 8
    assert len({m.category for m in messages if m.crisis}) >= 8


@pytest.mark.parametrize("split", ["unseen15", "unseen16"])
def test_the_studied_blind_splits_are_multilingual_and_counted_apart(
    corpus: list[CorpusMessage], split: str
) -> None:
    messages = [m for m in corpus if m.split == split]
    assert sum(m.crisis for m in messages) == sum(not m.crisis for m in messages) == 80
    assert len({m.language for m in messages}) >= 14
    assert len({m.category for m in messages if m.crisis}) == 9
    assert all(m.held_out for m in messages)


def test_the_last_studied_blind_split_is_multilingual_and_counted_apart(
    corpus: list[CorpusMessage],
) -> None:
    # Written blind and run once (0.654 / 3.75 %), then studied by class: no estimate now.
    messages = [m for m in corpus if m.split == "unseen17"]
    # 80 of each were written; two crisis lines already in the corpus were dropped.
    assert (sum(m.crisis for m in messages), sum(not m.crisis for m in messages)) == (78, 80)
    assert len({m.language for m in messages}) == 15
    assert len({m.category for m in messages if m.crisis}) == 8
    assert all(m.held_out for m in messages)


def test_the_eighteen_language_studied_split_is_counted_apart(
    corpus: list[CorpusMessage],
) -> None:
    # Written blind, sealed and run once (0.533 / 2.22 %), then studied by class: no estimate.
    messages = [m for m in corpus if m.split == "unseen18"]
    # 90 of each were written; one ordinary line already in the corpus was dropped.
    assert (sum(m.crisis for m in messages), sum(not m.crisis for m in messages)) == (90, 89)
    assert len({m.language for m in messages}) == 18
    assert {"ko", "vi", "sv"} <= {m.language for m in messages}
    assert len({m.category for m in messages if m.crisis}) == 8
    assert all(m.held_out for m in messages)


@pytest.mark.parametrize(
    ("split", "least"), [("dev17", 98), ("dev18", 98), ("dev19", 96), ("dev20", 109)]
)
def test_each_later_development_split_is_multilingual_and_tuned_on(
    corpus: list[CorpusMessage], figures: dict[str, dict[str, object]], split: str, least: int
) -> None:
    messages = [m for m in corpus if m.split == split]
    # dev17 and dev19 were written with 100 of each, dev20 with 110; the crisis lines (two,
    # four, one) and the ordinary line already in the corpus were dropped.
    assert sum(m.crisis for m in messages) >= least
    assert sum(not m.crisis for m in messages) >= 99
    assert len({m.language for m in messages}) >= 12
    assert len({m.category for m in messages if m.crisis}) >= 8
    assert not any(m.held_out for m in messages)  # listed by --misses, counted as development
    assert figures[split]["crisis"] == sum(m.crisis for m in messages)


@pytest.mark.parametrize(("split", "least"), [("unseen7", 150), ("unseen8_en", 60)])
def test_each_english_unseen_split_is_large(
    corpus: list[CorpusMessage], split: str, least: int
) -> None:
    messages = [m for m in corpus if m.split == split]
    assert sum(m.crisis for m in messages) >= least
    assert sum(not m.crisis for m in messages) >= least
    assert {m.language for m in messages} == {"en"}
    assert len({m.category for m in messages if m.crisis}) >= 8


def test_recall_on_the_whole_corpus_meets_the_target(figures: dict[str, dict[str, float]]) -> None:
    assert figures["all"]["recall"] >= TARGET_RECALL


def test_false_positive_rate_on_the_whole_corpus_meets_the_target(
    figures: dict[str, dict[str, float]],
) -> None:
    assert figures["all"]["false_positive_rate"] <= TARGET_FALSE_POSITIVE_RATE


def test_every_language_is_mostly_caught(figures: dict[str, dict[str, dict[str, float]]]) -> None:
    for language, rates in figures["per_language"].items():
        assert rates["recall"] >= 0.8, language


def test_figures_are_reported_per_split_language_and_category(
    figures: dict[str, dict[str, object]],
) -> None:
    on_disk = {p.name.removesuffix("_crisis.tsv") for p in CORPUS_DIR.glob("unseen*_crisis.tsv")}
    assert len(on_disk) >= 10  # every split written so far is on disk and reported
    assert set(figures) >= {"all", "development", "held_out", "per_language", "per_category"}
    assert set(figures) >= on_disk
    assert "crisis/midanswer" in figures["per_category"]
    assert "ordinary/idiom" in figures["per_category"]
    assert figures["held_out"]["crisis"] > 150
    assert figures["cpu_ms_per_message"]["mean"] > 0
