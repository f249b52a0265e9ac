"""A mistyped command at a step gets "Did you mean …?" through the console: nothing is
recorded, no attempt is spent, and the step still waits for its answer."""

from __future__ import annotations

from adapters.console import ConsoleSession
from tests.harness import Harness, position, said

WHY = "Why does this matter to you right now?"


async def at_why(h: Harness, user: str) -> ConsoleSession:
    session = h.person(user)
    await session.send("start health-4-weeks")
    assert "Which area" in said(await session.send("7"))
    assert WHY in said(await session.send("sleep"))
    return session


async def attempts(h: Harness) -> int:
    return len(await h.rows("SELECT id FROM step_attempts WHERE step_key = 'why_now'"))


async def test_a_mistyped_command_is_asked_about_and_nothing_is_recorded(
    harness: Harness,
) -> None:
    session = await at_why(harness, "tia")
    before = await position(harness)
    for typed, meant in (("satus", "status"), ("snoze 3h", "snooze 3h"), ("pasue", "pause")):
        reply = said(await session.send(typed))
        assert f"Did you mean `{meant}`?" in reply, reply
    reply = said(await session.send("schedule funday 09:00"))
    assert "I don't know the day “funday”" in reply, reply
    assert await attempts(harness) == 0
    assert await position(harness) == before
    rows = await harness.rows("SELECT status FROM enrolments")
    assert rows[0]["status"] == "active"  # `pasue` paused nothing
    reply = said(await session.send("because I want more energy for my kids"))
    assert "Did you mean" not in reply and await attempts(harness) == 1, reply
