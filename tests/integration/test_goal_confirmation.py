"""The drafted goal at "Keep it? (yes / change it)", through the console session: a
frequency edit reads naturally beside the goal's time frame, only a clear edit changes
the sentence, anything else is asked about, and after "change it" an answer replaces
the part it names or restates the goal, never glued on. Runs on a program written for
these tests and on the demo program."""

from __future__ import annotations

from pathlib import Path

import pytest

from adapters.console import ConsoleSession
from tests.harness import Harness, said, shown_goal, sync_program_text

PROGRAM = """
slug: moving-more
title: "Moving more"
persona: "A calm, practical coach."
weeks:
  - title: "A first week"
    unlock: {after_previous: false}
    steps:
      - key: move_goal
        type: smart_goal
        prompt: "What's one small movement goal for this week?"
        max_attempts: 5
      - key: move_reflection
        type: reflection
        prompt: "What did you notice, and what will you try next?"
        max_attempts: 3
"""


@pytest.fixture
async def moving(harness: Harness, tmp_path: Path) -> Harness:
    return await sync_program_text(harness, tmp_path / "moving.yaml", PROGRAM)


async def drafted(h: Harness, user: str, slug: str, goal: str) -> tuple[ConsoleSession, str]:
    session = h.person(user)
    await session.send(f"start {slug}")
    if slug == "demo":
        for text in (user.title(), "6", "I'd like to move more because I sit all day", "2"):
            await session.send(text)
        await session.send("no")
    reply = said(await session.send(goal))
    for _ in range(3):
        if "Keep it?" in reply:
            break
        reply = said(await session.send("it's easy, I have time for it"))
    return session, shown_goal(reply)


@pytest.mark.parametrize(
    ("goal", "edit", "frequency"),
    [
        (
            "I'll walk for 20 minutes every day this week because I sit too much",
            "make it 3 times a week",
            "3 times this week",
        ),
        (
            "I'll stretch for 10 minutes daily this week so my back hurts less",
            "twice a week instead",
            "twice this week",
        ),
    ],
)
async def test_a_frequency_edit_reads_naturally_beside_this_week(
    moving: Harness, goal: str, edit: str, frequency: str
) -> None:
    session, before = await drafted(moving, "ada", "moving-more", goal)
    assert "this week" in before, before
    after = shown_goal(said(await session.send(edit)))
    assert frequency in after, after
    assert "a week this week" not in after and after.count("week") == 1, after


LUNCH_GOAL = "I'll walk for 15 minutes after lunch today because I sit too much"


async def goal_attempts(h: Harness, key: str) -> int:
    count = await h.scalar("SELECT count(*) FROM step_attempts WHERE step_key = %s", key)
    return int(str(count))


@pytest.mark.parametrize(("slug", "key"), [("moving-more", "move_goal"), ("demo", "tiny_goal")])
@pytest.mark.parametrize(
    "aside",
    [
        "Noticed I sit too much. Next: walk after lunch tomorrow",
        "I learned that I need a reminder. I will set an alarm at 13:00",
        "my colleague says walking meetings are great, we tried one yesterday",
        "noticed I sit too much, next: walk after lunch tomorrow",
    ],
)
async def test_an_aside_at_keep_it_is_asked_about_and_the_goal_stays_as_shown(
    moving: Harness, slug: str, key: str, aside: str
) -> None:
    session, before = await drafted(moving, "bo", slug, LUNCH_GOAL)
    attempts = await goal_attempts(moving, key)
    reply = said(await session.send(aside))
    assert "Keep it?" in reply and before in reply, reply
    assert "change it" in reply, reply
    assert await goal_attempts(moving, key) == attempts, "an aside is no attempt"
    saved = said(await session.send("yes"))
    assert "Saved" in saved, saved
    assert [r["description"] for r in await moving.rows("SELECT description FROM goals")] == [
        before
    ]


@pytest.mark.parametrize(
    ("edit", "present", "absent"),
    [
        ("tomorrow instead", "tomorrow", "today"),
        ("make it 20 minutes", "20 minutes", "15 minutes"),
    ],
)
async def test_a_clear_edit_at_keep_it_still_edits_the_goal(
    moving: Harness, edit: str, present: str, absent: str
) -> None:
    session, before = await drafted(moving, "cy", "moving-more", LUNCH_GOAL)
    assert absent in before, before
    after = shown_goal(said(await session.send(edit)))
    assert present in after and absent not in after, after


async def test_after_change_it_a_no_and_an_aside_are_never_glued_into_the_goal(
    moving: Harness,
) -> None:
    session, before = await drafted(moving, "di", "moving-more", LUNCH_GOAL)
    asked = said(await session.send("change it"))
    assert "what should it say" in asked, asked
    kept = said(await session.send("nah"))
    assert "Keep it?" in kept and shown_goal(kept) == before, kept
    await session.send("change it")
    reply = said(
        await session.send("I learned that I need a reminder. I will set an alarm at 13:00")
    )
    assert "reminder" not in reply or "Keep it?" not in reply, reply
    assert "Keep it?" not in reply or shown_goal(reply) == before, reply
    after = shown_goal(said(await session.send("I'll walk for 15 minutes at 13:00 tomorrow")))
    assert "13:00" in after and "tomorrow" in after, after
    assert "reminder" not in after and "nah" not in after and "learned" not in after, after


@pytest.mark.parametrize(
    "rewrite",
    [
        "Cycle to work",
        "Actually, swimming.",
        "No I prefer running",
        "Twice a week. On Mondays and Thursdays.",
        "walk 3 times a week. Starting monday",
    ],
)
async def test_after_change_it_a_rewrite_goes_to_the_coach_not_refused_as_an_aside(
    moving: Harness, rewrite: str
) -> None:
    session, _ = await drafted(moving, "el", "moving-more", LUNCH_GOAL)
    asked = said(await session.send("change it"))
    assert "Write the new version" in asked, asked
    attempts = await goal_attempts(moving, "move_goal")
    reply = said(await session.send(rewrite))
    assert "which part of your goal that changes" not in reply, reply
    if "couldn't tell which part" in reply:  # the offline coach could not place it
        assert "`yes` to keep it" in reply, reply
    assert await goal_attempts(moving, "move_goal") == attempts + 1, "a rewrite is coached"


async def test_after_change_it_an_edit_that_cannot_be_placed_says_how_to_keep_the_goal(
    moving: Harness,
) -> None:
    session, before = await drafted(moving, "fa", "moving-more", LUNCH_GOAL)
    await session.send("change it")
    reply = said(await session.send("Noticed I sit too much. Next: walk after lunch tomorrow"))
    assert "`yes` to keep it" in reply, reply
    kept = said(await session.send("yes"))  # as it says: the goal shown is kept, in one turn
    assert f"Saved — your goal: _{before}_" in kept, kept
