"""Reading answers to scale, choice, yes/no and check-in steps."""

from __future__ import annotations

import pytest

from engine.steps.parsing import (
    parse_check_in,
    parse_choice,
    parse_scale,
    parse_yes_no,
    scale_error,
)

ONE_TO_TEN: list[tuple[str, int | None]] = [
    ("7", 7),
    (" 7 ", 7),
    ("seven", 7),
    ("Seven!", 7),
    ("about 7/10", 7),
    ("7 out of 10", 7),
    ("seven out of ten", 7),
    ("I'd say a 7", 7),
    ("I\u2019d say a 7.", 7),
    ("a solid eight", 8),
    ("8/10", 8),
    ("ten", 10),
    ("1", 1),
    ("7, definitely 7", 7),
    ("11", None),
    ("0", None),
    ("zero", None),
    ("7 or 8", None),
    ("seven or eight", None),
    ("7-8", None),
    ("7 - 8", None),
    ("7.5", None),
    ("4/5", None),
    ("70%", None),
    ("", None),
    ("no idea", None),
    ("pretty good", None),
]


@pytest.mark.parametrize(("text", "expected"), ONE_TO_TEN)
def test_scale_one_to_ten(text: str, expected: int | None) -> None:
    assert parse_scale(text, low=1, high=10) == expected


ZERO_TO_HUNDRED: list[tuple[str, int | None]] = [
    ("70%", 70),
    ("60 percent", 60),
    ("sixty", 60),
    ("twenty five", 25),
    ("twenty-five", 25),
    ("Twenty\u2013five", 25),
    ("a hundred", 100),
    ("one hundred", 100),
    ("100%", 100),
    ("zero", 0),
    ("0", 0),
    ("ninety nine", 99),
    ("101", None),
    ("about 7/10", None),
    ("40 or 50%", None),
]


@pytest.mark.parametrize(("text", "expected"), ZERO_TO_HUNDRED)
def test_scale_zero_to_hundred(text: str, expected: int | None) -> None:
    assert parse_scale(text, low=0, high=100) == expected


def test_zero_counts_when_the_scale_starts_at_zero() -> None:
    assert parse_scale("zero", low=0, high=10) == 0
    assert parse_scale("ten", low=0, high=10) == 10


def test_scale_error_names_the_range_with_an_example() -> None:
    expected = "Please answer with a number from 1 to 10 — for example 7."
    assert scale_error("pretty good", 1, 10) == expected
    assert scale_error("", low=1, high=10) == expected
    assert "from 0 to 100" in scale_error("lots", 0, 100)


def test_scale_error_explains_out_of_range_and_ambiguous_answers() -> None:
    assert scale_error("11", 1, 10).startswith("11 is outside the scale.")
    assert scale_error("7 or 8", 1, 10).startswith("I wasn't sure which number you meant.")


OPTIONS: list[tuple[str, str, tuple[str, ...]]] = [
    ("career", "Career growth", ("work",)),
    ("health", "Health & fitness", ("exercise", "gym")),
    ("family", "Family time", ()),
    ("learning", "Learning new skills", ("study",)),
]

SINGLE: list[tuple[str, tuple[str, ...] | None]] = [
    ("2", ("health",)),
    ("option 2", ("health",)),
    ("#2", ("health",)),
    ("the second", ("health",)),
    ("second one", ("health",)),
    ("2nd", ("health",)),
    ("the last one", ("learning",)),
    ("career", ("career",)),
    ("CAREER GROWTH!", ("career",)),
    ("Family time.", ("family",)),
    ("health and fitness", ("health",)),
    ("Health & Fitness", ("health",)),
    ("fitn", ("health",)),
    ("heal", ("health",)),
    ("learn", ("learning",)),
    ("gym", ("health",)),
    ("Exercise", ("health",)),
    ("definitely career growth", ("career",)),
    ("fam", None),
    ("xyz", None),
    ("5", None),
    ("0", None),
    ("1 and 3", None),
    ("career or family", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "expected"), SINGLE)
def test_single_choice(text: str, expected: tuple[str, ...] | None) -> None:
    assert parse_choice(text, OPTIONS, multiple=False) == expected


MULTIPLE: list[tuple[str, tuple[str, ...] | None]] = [
    ("1, 3", ("career", "family")),
    ("1 and 3", ("career", "family")),
    ("1 3", ("career", "family")),
    ("#1 #3", ("career", "family")),
    ("3, 1, 3", ("career", "family")),
    ("Family time and career growth", ("career", "family")),
    ("health, study", ("health", "learning")),
    ("options 2 and 4", ("health", "learning")),
    ("2", ("health",)),
    ("all", ("career", "health", "family", "learning")),
    ("all of them", ("career", "health", "family", "learning")),
    ("1, xyz", None),
    ("1 9", None),
    ("xyz", None),
]


@pytest.mark.parametrize(("text", "expected"), MULTIPLE)
def test_multiple_choice(text: str, expected: tuple[str, ...] | None) -> None:
    assert parse_choice(text, OPTIONS, multiple=True) == expected


def test_all_is_not_a_single_choice() -> None:
    assert parse_choice("all", OPTIONS, multiple=False) is None


def test_a_label_containing_and_is_one_option() -> None:
    options = [("rnr", "Rock and roll", ()), ("jazz", "Jazz", ())]
    assert parse_choice("rock and roll", options, multiple=True) == ("rnr",)
    assert parse_choice("jazz and rock and roll", options, multiple=True) == ("rnr", "jazz")


YES_NO: list[tuple[str, bool | None]] = [
    *((text, True) for text in ("yes", "Y", "yeah", "yep", "sure", "of course", "definitely")),
    *((text, True) for text in ("absolutely", "ok", "okay", "i do", "I have", "true", "1")),
    *((text, True) for text in ("ja", "oui", "sí", "si", "Yes!", "yes, I do", "Yes please")),
    *((text, False) for text in ("no", "n", "nope", "nah", "not really", "never", "I don't")),
    *((text, False) for text in ("I haven\u2019t", "i haven't", "false", "0", "nein", "non")),
    *((text, False) for text in ("No.", "no, not yet", "NO!")),
    *((text, None) for text in ("maybe", "not sure", "I'm not sure", "I don't know", "")),
    *((text, None) for text in ("yes and no", "no, but yes", "sort of", "perhaps", "blue")),
]


@pytest.mark.parametrize(("text", "expected"), YES_NO)
def test_yes_no(text: str, expected: bool | None) -> None:
    assert parse_yes_no(text) is expected


CHECK_INS: list[tuple[str, tuple[int | None, int | None]]] = [
    ("mood 7, progress 40%", (7, 40)),
    ("7 and 40", (7, 40)),
    ("feeling 6/10, about halfway", (6, 50)),
    ("mood: 8", (8, None)),
    ("progress 40, feeling 8", (8, 40)),
    ("40% done, mood 7", (7, 40)),
    ("I feel 7 and I'm 40% through", (7, 40)),
    ("mood seven, progress sixty percent", (7, 60)),
    ("halfway", (None, 50)),
    ("mood 7, 40", (7, 40)),
    ("40%, 7", (7, 40)),
    ("progress 100%", (None, 100)),
    ("7", (None, None)),
    ("mood 7 and 8", (None, None)),
    ("7 and 40 and 3", (None, None)),
    ("mood 15", (None, None)),
    ("mood 6.5", (None, None)),
    ("progress 40%, halfway", (None, None)),
    ("not much to say", (None, None)),
]


@pytest.mark.parametrize(("text", "expected"), CHECK_INS)
def test_check_in(text: str, expected: tuple[int | None, int | None]) -> None:
    assert parse_check_in(text) == expected
