"""A new person's first conversation in the health program, through the console: "next"
at a reading step goes on, an ordinary answer is not quoted back as something hard, and
a change of mind about the last answer is heard, not stored as this one."""

from __future__ import annotations

from datetime import timedelta

import pytest

from adapters.console import ConsoleSession
from engine.messages import Reply
from tests.harness import Harness, position, said
from tests.integration.driver import complete_week

WHY = "Why does this matter to you right now?"


def shown(replies: list[Reply]) -> str:
    """The replies as the console shows them, progress card included."""
    return "\n".join(r.as_plain_text() for r in replies)


async def at_focus(h: Harness, user: str) -> ConsoleSession:
    session = h.person(user)
    await session.send("start health-4-weeks")
    assert "Which area" in said(await session.send("7"))
    return session


async def at_why(h: Harness, user: str) -> ConsoleSession:
    session = await at_focus(h, user)
    assert WHY in said(await session.send("sleep"))
    return session


async def test_next_at_a_reading_step_goes_on_to_the_next_step(harness: Harness) -> None:
    session = await at_why(harness, "nia")
    reply = said(await session.send("because I want more energy for my kids"))
    assert "What makes a goal SMART" in reply, reply
    before = await position(harness)
    reply = said(await session.send("next"))
    assert "What makes a goal SMART" not in reply, reply
    assert "What's your goal for the next four weeks?" in reply, reply
    assert await position(harness) == (before[0], before[1] + 1)


async def test_an_ordinary_reason_is_not_quoted_back_as_something_hard(harness: Harness) -> None:
    session = await at_why(harness, "gus")
    text = "my doctor say i need move more, also i want play with grandchildren without get tired"
    reply = said(await session.send(text))
    assert "isn't easy" not in reply and "sounds hard" not in reply, reply
    assert "I'm sorry" not in reply, reply


async def test_a_reason_about_a_difficulty_is_still_acknowledged_as_one(harness: Harness) -> None:
    session = await at_why(harness, "ida")
    reply = said(await session.send("I am always tired and I can't keep up with my kids"))
    assert any(w in reply for w in ("isn't easy", "sounds hard", "I'm sorry")), reply


async def test_status_after_a_finished_week_says_it_is_done_and_when_the_next_opens(
    harness: Harness,
) -> None:
    session = await at_focus(harness, "ben")
    await complete_week(harness, session)
    status = shown(await session.send("status"))
    assert "week 1 is done" in status and "week 2 opens" in status, status
    assert "Week 1/4" in status and "Week 2/4" not in status, status
    assert "Step 1/" not in status, status
    harness.clock.advance(timedelta(days=8))
    await session.send("next")
    assert "Week 2/4: " in shown(await session.send("status"))


@pytest.mark.parametrize(
    "text",
    [
        "actually no, I changed my mind, I want to work on stress",
        "actually, can I pick stress instead",
        "wait, I meant stress",
    ],
)
async def test_a_change_of_mind_is_not_stored_as_the_next_answer(
    harness: Harness, text: str
) -> None:
    session = await at_why(harness, "eva")
    before = await position(harness)
    reply = said(await session.send(text))
    assert "changed your mind" in reply and "isn't easy" not in reply, reply
    assert WHY in reply, reply
    assert await position(harness) == before
    stored = await harness.rows("SELECT answer FROM step_attempts WHERE step_key = 'why_now'")
    assert stored == [], stored
