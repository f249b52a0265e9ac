"""Normalisation: the readings of a message that the lexicon and the semantic layer see."""

from __future__ import annotations

import pytest

from engine.safety import detect_crisis, normalise_for_matching
from engine.safety._normalise import readings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I DON'T want to", "i dont want to"),
        ("Ich wäre lieber tot", "ich ware lieber tot"),
        ("não aguento", "nao aguento"),
        ("Kendimi öldürmek İstiyorum", "kendimi oldurmek istiyorum"),
        ("chcę się zabić", "chce sie zabic"),
        ("kill\u200bmyself", "killmyself"),
        ("I want to die. Really.", "i want to die | really"),
        ("أريدُ أنْ أموت", "اريد ان اموت"),
        ("wanna", "want to"),
        ("im gonna kms", "im going to kill myself"),
        ("thinking about sewer slide", "thinking about suicide"),
    ],
)
def test_plain_reading(text: str, expected: str) -> None:
    assert normalise_for_matching(text) == expected


def test_devanagari_vowel_signs_are_kept() -> None:
    assert normalise_for_matching("मैं मरना चाहता हूँ") == "मैं मरना चाहता हूँ"


def test_leetspeak_is_an_extra_reading_not_a_replacement() -> None:
    found, _ = readings("i want to k1ll mys3lf")
    assert found[0] == "i want to k1ll mys3lf"
    assert "i want to kill myself" in found


def test_stretched_letters_give_two_readings() -> None:
    found, _ = readings("sooo done with lifeee")
    assert "so done with life" in found
    assert "soo done with lifee" in found


def test_spaced_letters_are_joined_and_compacted() -> None:
    found, compact = readings("k i l l myself")
    assert "kill myself" in found
    assert compact is not None and "killmyself" in compact


def test_no_compact_reading_without_spaced_letters() -> None:
    # "upskill myself" must not read as "kill myself" once spaces are gone.
    assert readings("i want to upskill myself")[1] is None
    assert detect_crisis("i want to upskill myself this year") is None


def test_punctuation_inside_words_and_censoring_asterisks() -> None:
    found, _ = readings("s.u.i.c.i.d.e")
    assert any("suicide" in r for r in found)
    found, _ = readings("i want to k*ll myself")
    assert "i want to kill myself" in found


@pytest.mark.parametrize(
    "text",
    [
        "I want to K1LL MYSELF",
        "i want to ki11 mys3lf",
        "i want to diiiie",
        "k i l l m y s e l f",
        "s.u.i.c.i.d.e is all i think about",
        "i'm gonna kms",
        "i just want to unalive myself",
        "been thinking about sewer slide",
        "i want to su1c1de",
        "i want to 🔫 myself",
        "thinking about 🔪 myself",
        "i want to k-i-l-l myself",
    ],
)
def test_obfuscated_crisis_language_is_detected(text: str) -> None:
    assert detect_crisis(text) is not None, text


def test_emoji_that_signal_risk_become_words() -> None:
    assert "pills" in normalise_for_matching("💊💊💊 tonight")
