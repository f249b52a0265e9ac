"""A choice typed with two letters swapped ("meetigns") is the option meant: one slip of
the fingers, like a missing or wrong letter, not two."""

from __future__ import annotations

from engine.steps.choice_reading import read_loosely

_OPTIONS = [
    ("meetings", "Team meetings", ("meeting", "standup")),
    ("talks", "Presentations", ("presentation", "slides")),
    ("social", "Social events", ("party", "toast")),
]


def test_swapped_letters_name_the_option() -> None:
    assert read_loosely("meetigns", _OPTIONS, multiple=False).values == ("meetings",)
    assert read_loosely("mostly presnetations", _OPTIONS, multiple=False).values == ("talks",)


def test_swapped_letters_still_need_a_long_word_and_no_negation() -> None:
    assert read_loosely("prayt", _OPTIONS, multiple=False).values == ()  # "party": too short
    assert read_loosely("not meetigns", _OPTIONS, multiple=False).values == ()
