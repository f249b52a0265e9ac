"""A command whose later words are mistyped, through the console: "Did you mean …?" with
the words put right, nothing changed, nothing recorded; the step still waits."""

from __future__ import annotations

from typing import Any

from adapters.console import ConsoleSession
from tests.harness import Harness, position, said

WHY = "Why does this matter to you right now?"


async def _at_why(h: Harness, user: str) -> ConsoleSession:
    session = h.person(user)
    await session.send("start health-4-weeks")
    assert "Which area" in said(await session.send("7"))
    assert WHY in said(await session.send("sleep"))
    return session


async def _attempts(h: Harness) -> int:
    return len(await h.rows("SELECT id FROM step_attempts WHERE step_key = 'why_now'"))


async def _settings(h: Harness) -> dict[str, Any]:
    rows = await h.rows(
        "SELECT quiet_start, quiet_end, snoozed_until, away_until, reminders_enabled,"
        " checkin_days, checkin_time FROM users"
    )
    return dict(rows[0])


async def test_mistyped_keywords_are_named_and_nothing_changes(harness: Harness) -> None:
    uma = await _at_why(harness, "uma")
    before, settings = await position(harness), await _settings(harness)
    typed = {
        "quiet hours of": "quiet hours off",
        "remind me tomorow": "remind me tomorrow",
        "stop remindres": "stop reminders",
        "set chekin time 9:00": "set checkin time 9:00",
        "snooze 3 horus": "snooze 3 hours",  # `snooze` takes it: its handler asks
        "away until tomorow": "away until tomorrow",
        "start remindrs": "start reminders",  # no program of that name
    }
    for text, meant in typed.items():
        reply = said(await uma.send(text))
        assert f"Did you mean `{meant}`?" in reply, (text, reply)
    assert await _attempts(harness) == 0 and await position(harness) == before
    assert await _settings(harness) == settings
    reply = said(await uma.send("because I want more energy for my kids"))
    assert "Did you mean" not in reply and await _attempts(harness) == 1, reply


async def test_the_command_typed_as_offered_runs(harness: Harness) -> None:
    val = await _at_why(harness, "val")
    assert "Did you mean `quiet hours off`?" in said(await val.send("quiet hours of"))
    before = await _settings(harness)
    assert "Quiet hours off" in said(await val.send("quiet hours off"))
    assert await _settings(harness) != before
    reply = said(await val.send("set check-in time 9:00"))
    assert "Check-in time at 09:00" in reply and "days stay the same" in reply, reply
    settings = await _settings(harness)
    assert settings["checkin_days"] is None and str(settings["checkin_time"]) == "09:00:00"
