"""Destructive commands ask first; after the last week the goal commands keep working; check-in
replies reflect the numbers; "continue" at a question asks it again. Console conversations."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from adapters.console import ConsoleSession
from tests.harness import Harness, add_goal, sync_program_text

KILN = """
slug: kiln-basics
title: "Kiln basics"
weeks:
  - title: "First firing"
    steps:
      - key: piece
        type: question
        prompt: "Which piece are you going to fire first, and why that one?"
      - key: pulse
        type: check_in
        prompt: "Before the kiln cools, a quick pulse."
"""
PIECE = "The small blue bowl I threw on Sunday, because its walls are the most even."


@pytest.fixture
async def harness(harness: Harness, tmp_path: Path) -> Harness:
    """The engine with Kiln basics synced as well."""
    return await sync_program_text(harness, tmp_path / "kiln.yaml", KILN)


async def _started(harness: Harness, name: str) -> ConsoleSession:
    """`name`, at the first step of Kiln basics."""
    person = harness.person(name)
    await person.send("start kiln-basics")
    return person


def said(replies: list[object]) -> str:
    return "\n".join(str(getattr(r, "text", r)) for r in replies)


async def test_restart_asks_first_and_anything_but_yes_cancels(harness: Harness) -> None:
    ana = await _started(harness, "ana")
    await ana.send(PIECE)
    asked = await ana.send("restart")
    assert "Sure? (yes / no)" in said(asked) and asked[-1].choices
    assert said(await ana.send("hmm, maybe not")) == "Okay, nothing changed."
    assert await harness.rows("SELECT status, current_step FROM enrolments") == [
        {"status": "active", "current_step": 1}
    ]
    # The question was answered: a later "yes" is not a confirmation.
    await ana.send("restart")
    assert "Starting over" in said(await ana.send("Ja"))  # German for yes
    statuses = await harness.rows("SELECT status FROM enrolments ORDER BY id")
    assert [r["status"] for r in statuses] == ["abandoned", "active"]


async def test_a_confirmation_expires_and_the_yes_button_confirms(harness: Harness) -> None:
    ben = await _started(harness, "ben")
    asked = await ben.send("restart")
    harness.clock.advance(timedelta(minutes=11))
    await ben.send("yes")  # too late: an ordinary answer to the waiting question
    assert await harness.scalar("SELECT count(*) FROM enrolments") == 1
    asked = await ben.send("restart")
    ref = asked[-1].choice_ref
    assert ref is not None
    assert "Starting over" in said(await ben.click(ref, "yes"))
    assert await harness.scalar("SELECT count(*) FROM enrolments") == 2


async def test_abandon_goal_asks_first_and_keeps_the_goal_on_no(harness: Harness) -> None:
    cai = await _started(harness, "cai")
    assert "don't have an active goal" in said(await cai.send("abandon goal"))
    await add_goal(harness, "Fire three bowls before the end of the month")
    asked = said(await cai.send("abandon goal"))
    assert "Fire three bowls" in asked and "Sure? (yes / no)" in asked
    assert said(await cai.send("no")) == "Okay, nothing changed."
    assert await harness.scalar("SELECT status FROM goals") == "active"
    await cai.send("drop my goal")
    assert "Goal set aside" in said(await cai.send("oui"))
    assert await harness.scalar("SELECT status FROM goals") == "abandoned"


async def test_after_the_last_week_status_shows_a_card_and_goal_commands_still_work(
    harness: Harness,
) -> None:
    dee = await _started(harness, "dee")
    await add_goal(harness, "Fire three bowls before the end of the month")
    await dee.send(PIECE)
    await dee.send("8")
    done = said(await dee.send("60"))
    assert "completed *Kiln basics*" in done
    card = said(await dee.send("status"))
    assert "Kiln basics" in card and "Weeks done: 1 of 1" in card
    assert "Fire three bowls" in card and "60%" in card and "Check-ins: 1" in card
    assert "programs" in card
    assert "80%" in said(await dee.send("goal progress 80"))
    await dee.send("check in")
    await dee.send("7")
    await dee.send("90")
    assert await harness.rows("SELECT mood, progress FROM check_ins ORDER BY id") == [
        {"mood": 8, "progress": 60},
        {"mood": None, "progress": 80},
        {"mood": 7, "progress": 90},
    ]
    reminders = said(await dee.send("start reminders"))
    assert "complete" in reminders and "check in" in reminders
    assert "Goal completed" in said(await dee.send("goal done"))
    assert "done 🎉" in said(await dee.send("status"))


async def test_check_in_replies_reflect_the_numbers_given(harness: Harness) -> None:
    eli = await _started(harness, "eli")
    await add_goal(harness, "Fire three bowls before the end of the month")
    replies = {}
    for mood, progress in (("5", "100"), ("2", "30"), ("9", "70"), ("5", "0")):
        await eli.send("check in")
        await eli.send(mood)
        replies[(mood, progress)] = said(await eli.send(progress))
    reached = replies[("5", "100")]
    assert "100%" in reached and "steady counts" not in reached and "goal done" in reached
    low = replies[("2", "30")]
    assert "2" in low and "30%" in low and "!" not in low  # warmth, not cheer
    assert "70%" in replies[("9", "70")] and "9" in replies[("9", "70")]
    assert len(set(replies.values())) == 4


async def test_continue_at_a_question_asks_it_again_without_welcome_back(harness: Harness) -> None:
    fay = await _started(harness, "fay")
    again = said(await fay.send("continue"))
    assert "Welcome back" not in again and "Which piece are you going to fire" in again
    await fay.send("pause")
    assert "Welcome back" in said(await fay.send("continue"))


async def test_a_plain_yes_confirms_delete_my_data_only_right_after_it_was_asked(
    harness: Harness,
) -> None:
    gil = harness.person("gil")

    async def send(text: str) -> list[object]:
        harness.clock.advance(timedelta(minutes=1))
        return list(await gil.send(text))

    await send("start kiln-basics")
    await send("delete my data")
    await send(PIECE)  # they went on instead: a later "yes" is not a confirmation
    await send("yes")
    assert await harness.scalar("SELECT count(*) FROM users") == 1
    await send("delete my data")
    harness.clock.advance(timedelta(minutes=1))
    assert "Everything about you has been deleted" in said(await gil.send("yes please"))
    assert await harness.scalar("SELECT count(*) FROM users") == 0
