"""A mistyped yes is a yes and a mistyped no a no, never the other; what is neither is
unclear (the question is asked again), and a destructive question forgives nothing."""

from __future__ import annotations

import pytest

from engine.commands.confirm import Answer, classify
from engine.programs.model import ChoiceStep
from engine.steps.choice_options import names_an_option
from engine.steps.choice_yes_no import yes_no_option
from engine.steps.goal_reply import GoalReply, read_goal_reply
from engine.yesno import read_yes_no, respelled

MISTYPED_YES = [
    *("yse", "Yse!", "yess", "yesss", "yessss", "yea", "yeah", "yeahhh", "ye", "yes!", "Yes."),
    *("yeh", "yas", "yeap", "yesh", "suer", "okya", "kkk", "yaeh", "yse please"),
    *("ouii", "Oui.", "jaa", "Ja!", "sí", "Sí.", "sii", "simm", "claor"),  # fr de es pt
]
MISTYPED_NO = [
    *("noo", "nooo", "No.", "no!", "nop", "nay", "nooope", "npoe", "nahh"),
    *("nonn", "neinn", "nien", "neee", "nãoo"),  # fr de nl pt
]
UNCLEAR = ["ues", "yrs", "tes", "on", "noon", "nite", "yet", "soon", "ys", "np", "yes no", "eys"]


@pytest.mark.parametrize("text", MISTYPED_YES)
def test_a_mistyped_yes_is_a_yes(text: str) -> None:
    assert read_yes_no(text) is True
    for kind in ("restart", "switch", "abandon_goal"):
        assert classify(text, kind) is Answer.YES


@pytest.mark.parametrize("text", MISTYPED_NO)
def test_a_mistyped_no_is_a_no(text: str) -> None:
    assert read_yes_no(text) is False
    for kind in ("restart", "switch", "abandon_goal", "delete"):
        assert classify(text, kind) is Answer.NO


@pytest.mark.parametrize("text", UNCLEAR)
def test_what_is_neither_is_unclear_not_a_no(text: str) -> None:
    assert read_yes_no(text) is None
    assert classify(text, "restart") is not Answer.YES


def test_a_typo_keeps_its_first_letter_and_real_words_stay_themselves() -> None:
    assert respelled("yse") == "yes" and respelled("eys") == "eys"
    assert respelled("noon") == "noon" and respelled("on") == "on"


@pytest.mark.parametrize("text", ["yse", "yesh", "yeahhh", "yse delete"])
def test_delete_forgives_no_typo_of_yes(text: str) -> None:
    assert classify(text, "delete") is Answer.OTHER  # nothing deleted; the reply says how


def test_delete_still_takes_a_yes_typed_as_such() -> None:
    assert classify("yes delete", "delete") is Answer.YES
    assert classify("Sí", "delete") is Answer.YES


YES_NO = [("y", "Yes, I have", ()), ("n", "No, not yet", ())]
WITH_UNSURE = [("yes", "Yes", ()), ("no", "No", ()), ("unsure", "Not sure", ())]


@pytest.mark.parametrize("text", ["yeah", "yse", "yep!", "oui", "ja", "sí", "Yes."])
def test_a_yes_option_is_picked_by_any_yes(text: str) -> None:
    assert yes_no_option(text, YES_NO) == "y"
    assert yes_no_option(text, WITH_UNSURE) == "yes"


@pytest.mark.parametrize("text", ["nope", "nooo", "nah", "non", "nein", "não"])
def test_a_no_option_is_picked_by_any_no(text: str) -> None:
    assert yes_no_option(text, YES_NO) == "n"
    assert yes_no_option(text, WITH_UNSURE) == "no"


def test_options_that_are_no_yes_and_no_are_not_read_as_one() -> None:
    often = [("a", "Often", ()), ("b", "Never", ())]
    assert yes_no_option("nope", often) is None
    assert yes_no_option("maybe", YES_NO) is None and yes_no_option("ues", YES_NO) is None
    two_nos = [("later", "Not yet", ()), ("no", "No", ()), ("yes", "Yes", ())]
    assert yes_no_option("nope", two_nos) is None and yes_no_option("yeah", two_nos) == "yes"


@pytest.mark.parametrize("text", ["yes", "yeah", "nope", "no", "nah"])
def test_numeric_values_are_no_yes_or_no(text: str) -> None:
    # Values 0 / 1 are counts here, not a yes and a no: only the labels are read.
    counts = [("0", "None", ()), ("1", "Once", ()), ("2", "Twice", ()), ("3", "3+", ())]
    assert yes_no_option(text, counts) is None
    numbered = [("1", "1", ()), ("0", "0", ())]
    assert yes_no_option(text, numbered) is None


def test_a_yes_option_typed_loosely_is_no_mistyped_command() -> None:
    step = ChoiceStep.model_validate(
        {
            "type": "choice",
            "key": "done",
            "prompt": "Did you try it?",
            "options": [{"label": "Yes", "value": "yes"}, {"label": "No", "value": "no"}],
        }
    )
    assert names_an_option("yeah", step) and names_an_option("yse", step)


@pytest.mark.parametrize("text", ["yse", "yesss", "Yse!"])
def test_a_mistyped_yes_keeps_the_goal_shown(text: str) -> None:
    assert read_goal_reply(text) is GoalReply.KEEP  # not taken as the goal's new wording
