"""A snooze that would end inside quiet hours, through the console session: the coach
promises the end of quiet hours, not a time it will not message, and the reminder comes
then. Runs on the built-in health program (quiet hours left at the 21:00-08:00 default)."""

from __future__ import annotations

from datetime import timedelta

from bot.console_nudges import console_advance
from tests.harness import Harness, said


async def test_a_snooze_into_quiet_hours_promises_and_keeps_the_end_of_them(
    harness: Harness,
) -> None:
    session = harness.person("zoe", timezone="UTC")
    await session.send("start health-4-weeks")  # Monday 23 November, 09:00 UTC
    promised = said(await session.send("snooze 13h"))  # 22:00: inside 21:00-08:00
    assert "22:00" not in promised, promised
    assert "quiet hours" in promised and "Tuesday 24 November at 08:00" in promised, promised
    settings = said(await session.send("settings"))
    assert "Snoozed: I'll remind you Tuesday 24 November at 08:00" in settings, settings
    lines = await console_advance(harness, session, harness.clock, timedelta(hours=24))
    reminders = [i for i, line in enumerate(lines) if "You asked me to remind you" in line]
    assert len(reminders) == 1, lines
    header = [line for line in lines[: reminders[0]] if line.startswith("— ")][-1]
    assert header == "— Tue 24 Nov 08:00 UTC —", lines


async def test_a_snooze_that_ends_outside_quiet_hours_is_promised_as_asked(
    harness: Harness,
) -> None:
    session = harness.person("yan", timezone="UTC")
    await session.send("start health-4-weeks")
    promised = said(await session.send("snooze 3h"))
    assert promised == "Okay, I'll remind you Monday 23 November at 12:00 (UTC).", promised
