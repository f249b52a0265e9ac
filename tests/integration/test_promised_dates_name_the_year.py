"""Dates the coach promises name the year when it is not this one; "away until 31/12" works.

Console sessions against PostgreSQL, with a program written here. The snooze, the
absence and the `settings` lines share one date formatter (`engine.timeexpr.describe_day`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest

from adapters.console import ConsoleSession
from tests.harness import ConsoleApp, console_app
from tests.integration.test_person_settings_and_follow_ups import _text
from tests.integration.test_week_opens_with_the_check_in import _program

DECEMBER = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)  # a Friday
PROGRAMS = [_program("tides-dates", checkin_time="09:30", unlock_at="10:00")]


@pytest.fixture
async def app(pg_url: str) -> AsyncIterator[ConsoleApp]:
    async with console_app(pg_url, PROGRAMS, start=DECEMBER) as app:
        yield app


async def _started(app: ConsoleApp, user: str) -> ConsoleSession:
    session = ConsoleSession(app.coachbot, app.clock, user=user, timezone="UTC")
    await session.send("start tides-dates")
    return session


async def test_remind_me_in_400_days_names_the_year(app: ConsoleApp) -> None:
    session = await _started(app, "u-400")
    said = _text(await session.send("remind me in 400 days"))
    assert "remind you Saturday 8 January 2028 at 10:00 (UTC)" in said, said
    shown = _text(await session.send("settings"))
    assert "Snoozed: I'll remind you Saturday 8 January 2028 at 10:00" in shown, shown


async def test_a_promise_this_year_names_no_year(app: ConsoleApp) -> None:
    session = await _started(app, "u-soon")
    said = _text(await session.send("remind me tomorrow"))
    assert "remind you Saturday 5 December at 09:00 (UTC)" in said, said


async def test_away_until_a_day_and_month_in_numbers(app: ConsoleApp) -> None:
    session = await _started(app, "u-away")
    said = _text(await session.send("away until 31/12"))
    assert "No reminders until Thursday 31 December." in said, said
    said = _text(await session.send("away until 31.12."))
    assert "No reminders until Thursday 31 December." in said, said
    # A day already past this year is next year's, and the reply says which year.
    said = _text(await session.send("away until 1-12"))
    assert "No reminders until Wednesday 1 December 2027. (I read 1-12 as day/month.)" in said
    shown = _text(await session.send("settings"))
    assert "Away until Wednesday 1 December 2027: no reminders until then" in shown, shown


async def test_away_until_a_time_is_refused_not_read_as_a_date(app: ConsoleApp) -> None:
    session = await _started(app, "u-time")
    said = _text(await session.send("away until 10.30"))
    assert "Tell me a date, like `away until 2026-12-05`." in said, said
    shown = _text(await session.send("settings"))
    assert "Away until" not in shown, shown
