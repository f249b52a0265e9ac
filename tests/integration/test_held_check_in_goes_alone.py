"""A check-in held for the week that opens soon after it goes alone when the week will not join it.

On the day a week opens, a check-in due shortly before waits for it (one message). If
things change while it waits — quiet hours now cover the opening, the opening moved to
another day — it is sent on its own as soon as that is known, once, never inside quiet
hours, instead of waiting for the opening and missing its day. Console sessions against
PostgreSQL with a program written here: check-in at 09:30, week 2 opens at 10:00.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest

from adapters.console import ConsoleSession
from bot.console_nudges import console_advance
from tests.harness import ConsoleApp, console_app
from tests.integration.test_week_opens_with_the_check_in import _batches, _program

MONDAY = datetime(2026, 6, 8, 10, 0, tzinfo=UTC)
PROGRAMS = [_program("tides-held", checkin_time="09:30", unlock_at="10:00")]


@pytest.fixture
async def app(pg_url: str) -> AsyncIterator[ConsoleApp]:
    async with console_app(pg_url, PROGRAMS, start=MONDAY) as app:
        yield app


async def _held_on_tuesday(app: ConsoleApp, user: str) -> ConsoleSession:
    """Week 1 done on Monday; Tuesday 09:35: the 09:30 check-in waits for the 10:00 week."""
    session = ConsoleSession(app.coachbot, app.clock, user=user, timezone="UTC")
    await session.send("start tides-held")
    await session.send("yes")
    lines = await console_advance(app, session, app.clock, timedelta(hours=23, minutes=35))
    assert not [line for line in lines if line.startswith("🔔")], lines  # held, not sent
    async with app.db.transaction() as conn:
        cur = await conn.execute(
            "SELECT n.due_at, n.payload FROM nudges n JOIN enrolments e ON e.id = n.enrolment_id"
            " JOIN platform_identities pi ON pi.user_id = e.user_id"
            " WHERE pi.platform_user_id = %s AND n.kind = 'check_in' AND n.status = 'pending'",
            (user,),
        )
        [held] = await cur.fetchall()
    assert held["payload"].get("with_week") == 2, held
    return session


async def test_quiet_hours_over_the_opening_send_the_held_check_in_alone_at_once(
    app: ConsoleApp,
) -> None:
    session = await _held_on_tuesday(app, "u-quiet")
    # A night shift: quiet from 09:45 to 18:00 now covers the week's 10:00 opening.
    await session.send("quiet hours 09:45-18:00")
    lines = await console_advance(app, session, app.clock, timedelta(hours=10))
    batches = _batches(lines)
    assert list(batches) == ["Tue 09 Jun 09:35", "Tue 09 Jun 18:00"], lines
    [check_in] = batches["Tue 09 Jun 09:35"]
    assert "Time for your check-in" in check_in and "is open" not in check_in
    [week] = batches["Tue 09 Jun 18:00"]
    assert "Week 2 of *Tide Tables* is open" in week and "Time for your check-in" not in week
    assert sum("Time for your check-in" in line for line in lines) == 1, lines


async def test_a_held_check_in_goes_alone_when_the_week_no_longer_opens_that_day(
    app: ConsoleApp,
) -> None:
    session = await _held_on_tuesday(app, "u-moved")
    # The week's opening moved to Wednesday (as a program change or a late finish would).
    async with app.db.transaction() as conn:
        await conn.execute(
            "UPDATE week_progress SET unlocks_at = unlocks_at + interval '1 day'"
            " WHERE status = 'locked' AND enrolment_id IN (SELECT e.id FROM enrolments e"
            " JOIN platform_identities pi ON pi.user_id = e.user_id"
            " WHERE pi.platform_user_id = 'u-moved')"
        )
    lines = await console_advance(app, session, app.clock, timedelta(hours=3))
    batches = _batches(lines)
    assert list(batches) == ["Tue 09 Jun 10:00"], lines
    [check_in] = batches["Tue 09 Jun 10:00"]
    assert "Time for your check-in" in check_in and "is open" not in check_in


async def test_a_check_in_planned_to_wait_goes_at_its_own_time_once_the_week_cannot_join(
    app: ConsoleApp,
) -> None:
    session = ConsoleSession(app.coachbot, app.clock, user="u-early", timezone="UTC")
    await session.send("start tides-held")
    await session.send("yes")
    # Tuesday 09:26: the 09:30 check-in is planned (to wait for the 10:00 week) ...
    await console_advance(app, session, app.clock, timedelta(hours=23, minutes=26))
    # ... and before its time, quiet hours come to cover the opening.
    await session.send("quiet hours 09:45-18:00")
    lines = await console_advance(app, session, app.clock, timedelta(hours=9))
    batches = _batches(lines)
    assert list(batches) == ["Tue 09 Jun 09:30", "Tue 09 Jun 18:00"], lines
    [check_in] = batches["Tue 09 Jun 09:30"]
    assert "Time for your check-in" in check_in and "is open" not in check_in
