"""The drafted goal at "Keep it? (yes / change it)", through the console session: a
frequency edit reads naturally beside the goal's time frame, only a clear edit changes
the sentence, anything else is asked about, and after "change it" an answer replaces
the part it names or restates the goal, never glued on. Runs on a program written for
these tests and on the demo program."""

from __future__ import annotations

from pathlib import Path

import pytest

from adapters.console import ConsoleSession
from tests.harness import Harness, said, sync_program_text

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


def shown_goal(reply: str) -> str:
    assert "Keep it?" in reply, reply
    return reply.rpartition("goal: ")[2].partition(". Keep it?")[0]


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
