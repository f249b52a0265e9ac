"""A new person's SMART goal in the demo, through the console session with the offline
coach: the answer to "is it realistic?" counts as the goal's being doable but is never
part of its sentence, an edit of how often and on which days told in short sentences
reads as one clean sentence, and a yes after "change it" keeps and saves the goal shown
in one turn (an edit after "change it" still edits it)."""

from __future__ import annotations

import re

import pytest

from adapters.console import ConsoleSession
from tests.harness import Harness, position, said, shown_goal

REFLECTION = "Before you go: what's one thing you're taking away from today"
# The goal a new person types; it says no more than that it's doable, so it is asked.
GOAL = "I will walk for 20 minutes after lunch tomorrow because I sit all day"
DAILY = "I will walk for 20 minutes every day because I sit too much"


async def at_goal(h: Harness, user: str) -> ConsoleSession:
    session = h.person(user)
    await session.send("start demo")
    for text in (user.title(), "6", "I'd like to move more because I sit all day", "2", "no"):
        await session.send(text)
    return session


async def goals(h: Harness) -> list[str]:
    return [str(r["description"]) for r in await h.rows("SELECT description FROM goals")]


async def drafted(h: Harness, user: str, goal: str = DAILY) -> tuple[ConsoleSession, str]:
    session = await at_goal(h, user)
    reply = said(await session.send(goal))
    return session, shown_goal(reply)


@pytest.mark.parametrize(
    "answer",
    [
        "yes totally doable",
        "it's easy, I have time for it",
        "it's realistic since I work from home",
        "I think so, my schedule allows it",
        "yes, no problem",
        "sim, é realista",
        "oui, c'est faisable",
        "ja, das schaffe ich",
    ],
)
async def test_the_answer_to_is_it_realistic_counts_but_is_not_written_into_the_goal(
    harness: Harness, answer: str
) -> None:
    session = await at_goal(harness, "ada")
    asked = said(await session.send(GOAL))
    assert "Keep it?" not in asked and "week you really have" in asked, asked
    reply = said(await session.send(answer))  # one answer: the goal is complete
    assert shown_goal(reply) == GOAL, reply
    saved = said(await session.send("yes"))
    assert f"Saved — your goal: _{GOAL}_" in saved, saved
    assert await goals(harness) == [GOAL]


@pytest.mark.parametrize(
    ("answers", "goal"),
    [
        (
            ("walk 20 min tomorrow", "because I sit all day", "yes, easy"),
            "Walk 20 min tomorrow, because I sit all day",
        ),
        (
            ("I will walk 20 minutes tomorrow at noon because I sit all day, totally doable",),
            "I will walk 20 minutes tomorrow at noon because I sit all day",
        ),
        (
            ("I will walk for 20 minutes after lunch tomorrow", "it's easy and it helps me sleep"),
            "I will walk for 20 minutes after lunch tomorrow, because it helps me sleep",
        ),
    ],
)
async def test_a_remark_that_it_is_doable_is_left_out_however_it_is_told(
    harness: Harness, answers: tuple[str, ...], goal: str
) -> None:
    session = await at_goal(harness, "bo")
    for answer in answers:
        reply = said(await session.send(answer))
    assert shown_goal(reply) == goal, reply


@pytest.mark.parametrize("remark", ["I have time at lunch", "it's doable", "totally realistic"])
async def test_a_remark_at_keep_it_leaves_the_goal_as_shown(harness: Harness, remark: str) -> None:
    session, before = await drafted(harness, "cy")
    reply = said(await session.send(remark))
    assert shown_goal(reply) == before, reply
    assert "Saved" in said(await session.send("yes"))
    assert await goals(harness) == [before]


SCHEDULE_EDITS = [
    ("Twice a week. On Mondays and Thursdays.", "twice a week, on Mondays and Thursdays,"),
    ("twice a week, mondays and thursdays", "twice a week, on Mondays and Thursdays,"),
    ("On Mondays and Thursdays. Twice a week.", "twice a week, on Mondays and Thursdays,"),
    ("2 times a week - Monday and Thursday", "2 times a week, on Monday and Thursday,"),
    ("Three times a week. Mornings.", "three times a week in the mornings"),
]


@pytest.mark.parametrize("after_change_it", [True, False])
@pytest.mark.parametrize(("edit", "schedule"), SCHEDULE_EDITS)
async def test_how_often_and_which_days_in_short_sentences_read_as_one_sentence(
    harness: Harness, edit: str, schedule: str, after_change_it: bool
) -> None:
    session, before = await drafted(harness, "di")
    assert before == DAILY
    if after_change_it:
        assert "what should it say" in said(await session.send("change it"))
    after = shown_goal(said(await session.send(edit)))
    assert after.startswith(f"I will walk for 20 minutes {schedule}"), after
    assert after.endswith(" because I sit too much"), after
    assert "every day" not in after and "walk for Twice" not in after, after
    # no capitalised fragment inside the sentence (day names are names)
    assert not re.search(r"\s(?:Twice|On|Three|Mornings)\b", after), after
    assert f"Saved — your goal: _{after}_" in said(await session.send("yes"))
    assert await goals(harness) == [after]


@pytest.mark.parametrize("keep", ["yes", "keep it", "looks good", "yes please", "ok", "sim"])
async def test_a_yes_after_change_it_keeps_and_saves_the_goal_shown_in_one_turn(
    harness: Harness, keep: str
) -> None:
    first, _ = await drafted(harness, "el")
    confirmation = said(await first.send("yes"))  # what a first-time yes gets
    harness_goals = await goals(harness)
    assert confirmation.startswith(f"Saved — your goal: _{DAILY}_\n{REFLECTION}"), confirmation

    session, before = await drafted(harness, "fa")
    moved_from = (await harness.rows("SELECT current_step FROM enrolments ORDER BY id"))[1]
    assert "what should it say" in said(await session.send("change it"))
    reply = said(await session.send(keep))
    assert reply == confirmation, reply
    assert await goals(harness) == [*harness_goals, before]
    rows = await harness.rows("SELECT current_step FROM enrolments ORDER BY id")
    assert int(str(rows[1]["current_step"])) == int(str(moved_from["current_step"])) + 1


@pytest.mark.parametrize(
    ("edit", "present"),
    [("make it 30 minutes", "30 minutes"), ("twice a week instead", "twice a week")],
)
async def test_an_edit_after_change_it_still_edits_and_a_second_change_it_asks_again(
    harness: Harness, edit: str, present: str
) -> None:
    session, before = await drafted(harness, "gu")
    assert "what should it say" in said(await session.send("change it"))
    assert "what should it say" in said(await session.send("change it")), "asked again"
    after = shown_goal(said(await session.send(edit)))
    assert present in after and after != before, after
    assert f"Saved — your goal: _{after}_" in said(await session.send("yes"))
    assert await goals(harness) == [after]
    assert await position(harness) == (1, 6)


TEN = GOAL.replace("20 minutes", "10 minutes")


@pytest.mark.parametrize(
    ("no", "fits", "goal"),
    [
        ("no, not really", "10 minutes then", TEN),
        ("nope", "make it 10 minutes", TEN),
        ("not sure", "15 minutes is fine", GOAL.replace("20 minutes", "15 minutes")),
        ("no", "twice a week instead", GOAL.replace("tomorrow", "twice a week")),
    ],
)
async def test_a_no_to_is_it_realistic_is_heard_and_what_fits_replaces_the_old_amount(
    harness: Harness, no: str, fits: str, goal: str
) -> None:
    session = await at_goal(harness, "ha")
    await session.send(GOAL)
    asked = said(await session.send(no))
    assert "already got" not in asked and "Keep it?" not in asked, asked
    assert "realistic" in asked and "fewer days" in asked, asked
    shown = shown_goal(said(await session.send(fits)))
    assert shown == goal, shown
    assert f"Saved — your goal: _{goal}_" in said(await session.send("yes"))


async def test_a_smaller_amount_as_the_answer_to_is_it_realistic_is_the_goal_at_once(
    harness: Harness,
) -> None:
    session = await at_goal(harness, "io")
    await session.send(GOAL)
    reply = said(await session.send("too much, 10 minutes is more realistic"))
    assert shown_goal(reply) == TEN, reply


@pytest.mark.parametrize(
    ("question", "meaning"),
    [
        ("what does measurable mean?", "Measurable means"),
        ("what do you mean by realistic?", "Achievable means"),
        ("what's SMART?", "SMART is a checklist"),
        ("what do you mean by time-bound?", "Time-bound means"),
    ],
)
async def test_a_question_about_a_smart_word_at_keep_it_is_answered_and_the_goal_stays(
    harness: Harness, question: str, meaning: str
) -> None:
    session, before = await drafted(harness, "ju")
    reply = said(await session.send(question))
    assert meaning in reply and f"“{before}”" in reply, reply
    assert f"Saved — your goal: _{before}_" in said(await session.send("yes"))


@pytest.mark.parametrize(
    "edit", ["can you make it more realistic?", "could you make it less ambitious?"]
)
async def test_an_edit_asked_as_a_question_at_keep_it_still_edits(
    harness: Harness, edit: str
) -> None:
    session, before = await drafted(harness, "ky")
    after = shown_goal(said(await session.send(edit)))
    assert "10 minutes" in after and after != before, after
