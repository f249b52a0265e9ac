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
    ],
)
def test_a_crisis_in_another_sentence_is_caught(text: str) -> None:
    signal = detect_crisis(text)
    assert signal is not None and signal.kind == "ideation", signal


@pytest.mark.parametrize(
    "text",
    [
        "I don't want to wake up before ten. It's my day off and I'm sleeping in.",
        "i dont want to wake up before ten! its saturday. see you monday",
    ],
)
def test_the_scoped_sentence_alone_stays_ordinary(text: str) -> None:
    assert detect_crisis(text) is None
