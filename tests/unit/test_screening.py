"""The turn's crisis screen: one detection per text, the detector's own answer."""

from __future__ import annotations

from engine.safety import CrisisSignal, detect_crisis
from engine.screening import CrisisScreen


def test_the_screen_answers_what_the_detector_answers() -> None:
    screen = CrisisScreen()
    for text in ("I want to kill myself", "this deadline is killing me", "7", ""):
        assert screen(text) == detect_crisis(text)
        assert screen(text) == detect_crisis(text)  # the remembered answer is the same


def test_each_text_is_detected_once_however_often_it_is_routed() -> None:
    seen: list[str] = []

    def detector(text: str) -> CrisisSignal | None:
        seen.append(text)
        return detect_crisis(text)

    screen = CrisisScreen(detector)
    first = screen("I want to end my life")
    assert first is not None and first.category == "suicide"
    assert screen("I want to end my life") is first  # plan, apply, a re-plan: one detection
    assert screen("") is None
    assert screen("") is None
    assert seen == ["I want to end my life", ""]


def test_a_new_turn_screens_afresh() -> None:
    seen: list[str] = []

    def detector(text: str) -> CrisisSignal | None:
        seen.append(text)
        return None

    CrisisScreen(detector)("hello")
    CrisisScreen(detector)("hello")
    assert seen == ["hello", "hello"]
