"""A phrase made harmless by its own sentence ("not wake up before ten") clears that sentence
only: a crisis said in another sentence of the same message is still caught."""

from __future__ import annotations

import pytest

from engine.safety import detect_crisis


@pytest.mark.parametrize(
    "text",
    [
        "i dont want to wake up before ten. i want to kill myself",
        "I don't want to wake up before 10 on Saturday! Honestly I want to die.",
        "Not waking up before noon tomorrow, day off. But really I just want to end my life.",
        # the scene of one sentence (a kitchen, a beach) does not clear another's harm
        "made bread today. i cut my arms again last night",
        "cut my hand chopping onions. i cut my arms again last night",
        "I just want to disappear for a week to the beach. I want to disappear forever",
        # the same words again in a later sentence, unscoped there
        "i dont want to wake up before ten. honestly i dont want to wake up ever again",
    ],
)
def test_a_crisis_in_another_sentence_is_caught(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "I don't want to wake up before ten. It's my day off and I'm sleeping in.",
        "i dont want to wake up before ten! its saturday. see you monday",
        # the scope may follow in the next sentence
        "I bought a rope on the way home today. for the climbing gym, finally signed up",
        "I cut my finger on the bread knife. Ouch.",
    ],
)
def test_the_scoped_sentence_alone_stays_ordinary(text: str) -> None:
    assert detect_crisis(text) is None
