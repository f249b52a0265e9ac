"""The console end to end: a reminder appears after `/advance`, and typing a number answers it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from adapters.console import ConsoleSession
from bot.console_clock import ConsoleClocks
from bot.console_nudges import console_advance, console_tick
from engine.clock import VirtualClock
from engine.programs.loader import builtin_programs
from tests.harness import ConsoleApp, console_app


@pytest.fixture
async def app(pg_url: str) -> AsyncIterator[ConsoleApp]:
    async with console_app(pg_url, builtin_programs()) as app:
        yield app


async def test_a_checkin_reminder_in_the_console_is_answered_by_typing_a_number(
    app: ConsoleApp, pg_url: str
) -> None:
    session = await app.started("ann", "health-4-weeks")
    assert await console_tick(app, session) == []  # nothing due at 07:00
    app.clock.advance(timedelta(hours=2, minutes=31))  # 09:31, the program's check-in time
    lines = await console_tick(app, session)
    assert lines and lines[0].startswith("🔔 (reminder) ⏰ Time for your check-in")
    assert await console_tick(app, session) == []  # sent once
    replies = await session.send("7")  # the seventh button: mood 7
    # No goal yet, so no progress question: the check-in is complete with the mood.
    assert "Check-in saved" in " ".join(r.text for r in replies)
    assert "how far along" not in " ".join(r.text for r in replies)
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT status FROM nudges").fetchall() == [("sent",)]
        assert conn.execute("SELECT mood, progress FROM check_ins").fetchall() == [(7, None)]


async def test_a_second_console_person_never_sees_or_uses_up_the_first_ones_reminders(
    app: ConsoleApp, pg_url: str
) -> None:
    ann = ConsoleSession(app.coachbot, app.clock, user="ann", timezone="UTC")
    ben_clock = VirtualClock(start=datetime(2026, 6, 8, 7, 0, tzinfo=UTC))
    ben = ConsoleSession(app.coachbot, ben_clock, user="ben", timezone="UTC")
    await ann.send("start health-4-weeks")
    await ben.send("start health-4-weeks")
    ben_app = ConsoleApp(app.db, ben_clock, app.coachbot)
    app.clock.advance(timedelta(hours=2, minutes=31))  # ann's clock only: 09:31
    assert (await console_tick(app, ann))[0].startswith("🔔 (reminder) ⏰ Time for your check-in")
    assert await console_tick(app, ann) == []
    assert await console_tick(ben_app, ben) == []  # ben is still at 07:00: nothing for him
    with psycopg.connect(pg_url) as conn:
        rows = conn.execute(
            "SELECT u.display_name, n.status FROM nudges n JOIN users u ON u.id = n.user_id"
        ).fetchall()
    assert rows == [("ann", "sent")]  # ben's 09:30 was not planned at ann's virtual time
    ben_clock.advance(timedelta(hours=3))
    assert (await console_tick(ben_app, ben))[0].startswith("🔔 (reminder) ⏰")


async def test_advance_delivers_what_fell_due_on_the_way_in_order(app: ConsoleApp) -> None:
    session = await app.started("cara", "health-4-weeks")
    lines = await console_advance(app, session, app.clock, timedelta(days=5))
    moments = [
        lines[n - 1].strip("— ").split()[0]
        for n, line in enumerate(lines)
        if line.startswith("🔔 (reminder) ⏰ Time for your check-in")
    ]
    # The program checks in on Mondays, Wednesdays and Fridays: none expired by the jump.
    assert moments == ["Mon", "Wed", "Fri"]
    assert app.clock.now() == datetime(2026, 6, 13, 7, 0, tzinfo=UTC)


def test_the_console_clock_is_kept_per_person_and_database(tmp_path: Path) -> None:
    clocks = ConsoleClocks(tmp_path, "postgresql://db-one")
    ann = clocks.clock_for("ann")
    ann.advance(timedelta(days=2))
    clocks.save("ann", ann)
    again = ConsoleClocks(tmp_path, "postgresql://db-one")
    assert again.clock_for("ann").offset == timedelta(days=2)
    assert again.clock_for("ben").offset == timedelta(0)
    assert ConsoleClocks(tmp_path, "postgresql://db-two").clock_for("ann").offset == timedelta(0)
    (tmp_path / "console-clocks.json").write_text("{not json")
    assert ConsoleClocks(tmp_path, "postgresql://db-one").clock_for("ann").offset == timedelta(0)


async def test_a_snooze_arrives_when_promised_and_names_the_step_left_waiting(
    app: ConsoleApp,
) -> None:
    session = ConsoleSession(app.coachbot, app.clock, user="dev", timezone="UTC")
    started = await session.send("start health-4-weeks")
    waiting = started[-1].text
    replies = await session.send("snooze 3h")
    assert "remind you" in " ".join(r.text for r in replies)
    early = await console_advance(app, session, app.clock, timedelta(hours=2, minutes=50))
    assert not [line for line in early if "asked me to remind you" in line]
    lines = await console_advance(app, session, app.clock, timedelta(minutes=20))
    [reminder] = [line for line in lines if "asked me to remind you" in line]
    assert waiting.splitlines()[0] in reminder


async def test_a_past_away_date_and_a_check_in_inside_quiet_hours_are_refused(
    app: ConsoleApp, pg_url: str
) -> None:
    session = await app.started("eve", "health-4-weeks")
    past = " ".join(r.text for r in await session.send("away until 2020-01-01"))
    assert "already passed" in past
    night = " ".join(r.text for r in await session.send("schedule mon,wed 23:00"))
    assert "inside your quiet hours" in night
    with psycopg.connect(pg_url) as conn:
        row = conn.execute("SELECT away_until, checkin_time FROM enrolments").fetchone()
    assert row == (None, None)  # nothing stored
    ok = " ".join(r.text for r in await session.send("schedule mon,wed 08:30"))
    assert "Mon, Wed at 08:30" in ok
