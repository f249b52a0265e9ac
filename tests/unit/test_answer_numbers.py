"""A number is a scale or check-in answer only when it is the answer, not a count."""

from __future__ import annotations

import pytest

from engine.steps.answer_numbers import is_bare_number
from engine.steps.choice_reading import read_loosely
from engine.steps.parsing import parse_check_in, parse_scale


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("6", 6),
        ("a 3", 3),
        ("3/10", 3),
        ("about 7", 7),
        ("I'd say 6", 6),
        ("seven!", 7),
        ("sete", 7),
        ("sieben, ehrlich", 7),
        ("huit", 8),
        ("8ish", 8),
        ("5 today honestly", 5),
        ("2 or 3 kids kept me up, but I'd say 6", 6),
        ("throw. 3 mugs", None),
        ("2 kids", None),
        ("at 7pm", None),
        ("we met at 7 pm", None),
        ("5 hours of sleep", None),
        ("7:30 standup", None),
        ("7 or 8", None),
        ("7.5", None),
    ],
)
def test_a_scale_answer_is_the_number_given_not_a_count(text: str, value: int | None) -> None:
    assert parse_scale(text, low=1, high=10) == value


def test_a_check_in_skips_counts() -> None:
    assert parse_check_in("slept 5 hours, mood 6") == (6, None)
    assert parse_check_in("3 kids and a dog") == (None, None)
    assert parse_check_in("mood 7, progress 40%") == (7, 40)


OPTIONS = [
    ("ic", "Individual contributor", ("hands-on",)),
    ("lead", "Team lead", ()),
    ("mom", "Manager of managers", ("director",)),
]


@pytest.mark.parametrize(
    ("text", "values", "between"),
    [
        ("I'm an engineering lead, like I told you", ("lead",), ()),
        ("the second one I think", ("lead",), ()),
        ("id go with number 3", ("mom",), ()),
        ("contribuutor", ("ic",), ()),
        ("not the team lead, more of a director", ("mom",), ()),
        ("both", (), ("ic", "lead", "mom")),
        ("I have 2 kids", (), ()),
        ("it's complicated", (), ()),
    ],
)
def test_a_choice_read_loosely(
    text: str, values: tuple[str, ...], between: tuple[str, ...]
) -> None:
    reading = read_loosely(text, OPTIONS, multiple=False)
    assert (reading.values, reading.between) == (values, between)


@pytest.mark.parametrize("text", ["3", "ok 3", "#2", "1.", "  7 ", "option 2", "yes, 3"])
def test_a_number_that_says_nothing_about_what_it_counts_is_bare(text: str) -> None:
    assert is_bare_number(text)


@pytest.mark.parametrize(
    "text", ["3 times a week", "make it 3", "at 7", "7pm", "ok", "", "1 2 3", "by 3 pm"]
)
def test_a_number_with_what_it_counts_or_no_number_is_not_bare(text: str) -> None:
    assert not is_bare_number(text)
