"""A scope clears a phrase only when it explains that phrase: a move, a day off or a joke
elsewhere in the message leaves a real risk standing (found in review, 2026-12-04)."""

from __future__ import annotations

import pytest

from engine.safety import detect_crisis

STILL_CRISIS = [
    "we're moving, and honestly I don't want to live anymore",
    "I'd rather be dead than live in this city",
    "kms lol jk not really",
    "kms jk unless?",
    "I don't want to wake up tomorrow. Day off anyway, nobody will miss me",
    "I don't want to wake up tomorrow. It's my day off, so nobody will notice.",
]
STILL_ORDINARY = [
    "artık bu şehirde yaşamak istemiyorum, taşınıyoruz",
    "i don't want to live in this city anymore, we're moving in spring",
    "i dont want to live here anymore, we re moving in june",
    "gonna make me kms lol jk it's fine",
    "dont want to wake up tomorrow lol its my day off",
]


@pytest.mark.parametrize("text", STILL_CRISIS)
def test_a_scope_elsewhere_in_the_message_does_not_clear_the_risk(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize("text", STILL_ORDINARY)
def test_the_scope_of_the_phrase_itself_still_clears_it(text: str) -> None:
    assert detect_crisis(text) is None
