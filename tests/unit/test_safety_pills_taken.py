"""Pills taken in a quantity that speaks for itself are an overdose told now; pills taken for
a back, a cold or a hangover, or vitamins, are not (found in review, 2026-12-04)."""

from __future__ import annotations

import pytest

from engine.safety import detect_crisis

TAKEN = [
    "I took a whole bunch of pills",
    "i took way too many of my meds on purpose",
    "took way too many pills tonight",
]
ORDINARY = [
    "took a bunch of painkillers for my back",
    "i took a whole bunch of pills for this cold lol",
    "took a bunch of vitamins this morning",
]


@pytest.mark.parametrize("text", TAKEN)
def test_an_overdose_told_in_a_quantity_is_caught(text: str) -> None:
    signal = detect_crisis(text)
    assert signal is not None and signal.kind == "method"


@pytest.mark.parametrize("text", ORDINARY)
def test_pills_for_an_ailment_or_vitamins_are_not(text: str) -> None:
    assert detect_crisis(text) is None
