"""The pure rules behind the goal's wording: a remark that the goal is doable is no part
of its sentence, and an edit of when and how often, however punctuated, is placed as one
clean phrase."""

from __future__ import annotations

import pytest

from engine.llm.offline._goal_edits import edit_goal
from engine.llm.offline._goal_remarks import says_doable, without_remarks
from engine.llm.offline._goal_sentence import compose_goal

GOAL = "I will walk for 20 minutes after lunch tomorrow because I sit all day"


@pytest.mark.parametrize(
    "answer",
    [
        "yes totally doable",
        "it's easy, I have time for it",
        "I think so, my schedule allows it",
        "yes, no problem",
        "sim, é realista",
        "oui, c'est faisable",
        "ja, das schaffe ich",
        "kein Problem",
    ],
)
def test_a_yes_to_is_it_realistic_says_doable_and_stays_out_of_the_sentence(answer: str) -> None:
    assert says_doable(answer)
    smart = {p: GOAL for p in ("specific", "measurable", "relevant", "time_bound")}
    assert compose_goal({**smart, "achievable": answer}) == GOAL


@pytest.mark.parametrize("answer", ["no, not really", "not realistic", "maybe", "nope, not doable"])
def test_a_no_or_a_doubt_is_no_yes(answer: str) -> None:
    assert not says_doable(answer)


@pytest.mark.parametrize(
    "said",
    [
        f"{GOAL}, totally doable",
        f"{GOAL}, and it's easy, I have time for it",
        f"{GOAL} - I promise",
        f"{GOAL}, which is realistic",
    ],
)
def test_a_remark_tacked_on_the_goal_is_cut(said: str) -> None:
    assert without_remarks(said) == GOAL


def test_a_clause_with_a_reason_or_a_time_is_no_remark() -> None:
    said = "I will read 10 pages every night, which is easy since the book is by my bed"
    assert without_remarks(said) == said
    assert without_remarks("I can walk 20 minutes every day") == "I can walk 20 minutes every day"


@pytest.mark.parametrize(
    ("edit", "goal"),
    [
        ("Twice a week. On Mondays and Thursdays.", "twice a week, on Mondays and Thursdays,"),
        ("On Mondays and Thursdays. Twice a week.", "twice a week, on Mondays and Thursdays,"),
        ("twice a week on mondays and thursdays", "twice a week, on Mondays and Thursdays,"),
        ("3 times a week - Tuesdays, Thursdays & Saturdays", "3 times a week, on Tuesdays,"),
        ("Mondays and Thursdays", "on Mondays and Thursdays because"),
        ("Twice a week", "twice a week because"),
    ],
)
def test_when_and_how_often_in_short_sentences_is_one_phrase(edit: str, goal: str) -> None:
    edited = edit_goal("I will walk for 20 minutes every day because I sit too much", edit)
    assert edited is not None and f"I will walk for 20 minutes {goal}" in edited, edited
    assert "Twice" not in edited and " On " not in edited and "every day" not in edited


def test_how_often_replaces_a_one_off_day_and_a_per_day_amount() -> None:
    edited = edit_goal(GOAL, "Twice a week. On Mondays and Thursdays.")
    assert edited == (
        "I will walk for 20 minutes after lunch twice a week, on Mondays and Thursdays,"
        " because I sit all day"
    )
    per_day = edit_goal("I will walk for 20 minutes a day, so that I feel better", "twice a week")
    assert per_day == "I will walk for 20 minutes twice a week, so that I feel better"
