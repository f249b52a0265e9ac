"""The pieces shared after the duplicate clean-up: words, suffix stripping, dispatch counts."""

from __future__ import annotations

from dataclasses import fields

from engine.llm.offline._words import stem as offline_stem
from engine.nudges._outcomes import COUNT_FIELDS, DispatchResult
from engine.scenarios._lexical import stem as scenario_stem
from engine.words import strip_suffix, words


def test_words_are_casefolded_with_inner_apostrophes_kept() -> None:
    assert words("I’ll RUN, don't stop_now 3x!") == ["i'll", "run", "don't", "stop", "now", "3x"]


def test_strip_suffix_takes_the_first_that_leaves_enough_letters() -> None:
    assert strip_suffix("meetings", ("ings", "s")) == "meet"
    assert strip_suffix("rings", ("ings", "s")) == "ring"  # "r" is too short a stem
    assert strip_suffix("run", ("ings", "s")) is None
    assert strip_suffix("runs", ("s",), keep=4) is None


def test_each_stemmer_keeps_its_own_rules() -> None:
    assert offline_stem("Worries") == "worr"
    assert scenario_stem("Worries") == "worry"
    assert offline_stem("quickly") == "quick"
    assert scenario_stem("relations") == "rel"
    assert scenario_stem("nations") == "nation"  # "n" is too short: the tail list strips "s"


def test_dispatch_counts_name_every_counter_and_add_up() -> None:
    counters = {f.name for f in fields(DispatchResult) if f.type == "int"}
    assert set(COUNT_FIELDS) == counters
    total = DispatchResult(claimed=2, sent=1, reasons={"x": 1})
    total.add(DispatchResult(claimed=3, lost_lease=1, reasons={"x": 2, "y": 1}))
    assert total.counts() == {
        **dict.fromkeys(COUNT_FIELDS, 0),
        "claimed": 5,
        "sent": 1,
        "lost_lease": 1,
    }
    assert total.reasons == {"x": 3, "y": 1}
