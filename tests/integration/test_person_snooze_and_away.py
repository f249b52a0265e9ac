"""Snooze and away are the person's: given in one program, they hold for every program.

Console sessions against PostgreSQL with the programs of
`test_person_settings_and_follow_ups` (`long-haul` checks in on Mondays at 09:30;
`side-quest` may run alongside it).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta

import psycopg
import pytest

from adapters.console import ConsoleSession
from bot.console_nudges import console_advance
from tests.harness import console_app
from tests.integration.test_person_settings_and_follow_ups import (
    PROGRAMS,
    ConsoleApp,
    _reminder_days,
    _text,
)

MONDAY = datetime(2026, 6, 8, 7, 0, tzinfo=UTC)


@pytest.fixture
async def app(pg_url: str) -> AsyncIterator[ConsoleApp]:
    async with console_app(pg_url, PROGRAMS) as app:
        yield app


def _enrolments(pg_url: str) -> list[tuple[str, datetime | None, date | None]]:
    with psycopg.connect(pg_url) as conn:
        return conn.execute(
            "SELECT p.slug, e.snoozed_until, e.away_until FROM enrolments e"
            " JOIN programs p ON p.id = e.program_id ORDER BY p.slug"
        ).fetchall()


async def test_a_snooze_arrives_three_hours_later_naming_the_step_after_an_earlier_check_in(
    app: ConsoleApp, pg_url: str
) -> None:
    session = ConsoleSession(app.coachbot, app.clock, user="pia", timezone="UTC")
    await session.send("start long-haul")  # the step waiting: "Shall we keep in touch…?"
    await session.send("check in")
    saved = _text(await session.send("7"))
    assert "7/10" in saved
    promised = _text(await session.send("snooze 3h"))
    assert "remind you" in promised and "10:00" in promised
    await session.send("start side-quest")  # a second program inherits the snooze
    with psycopg.connect(pg_url) as conn:
        person = conn.execute("SELECT snoozed_until FROM users").fetchone()
    assert person == (MONDAY + timedelta(hours=3),)
    assert [row[1] for row in _enrolments(pg_url)] == [MONDAY + timedelta(hours=3)] * 2
    assert "Snoozed: I'll remind you" in _text(await session.send("settings"))
    lines = await console_advance(app, session, app.clock, timedelta(hours=4))
    reminders = [i for i, line in enumerate(lines) if "You asked me to remind you" in line]
    assert len(reminders) == 1, lines  # one reminder for the person, not one per program
    header = [line for line in lines[: reminders[0]] if line.startswith("— ")][-1]
    assert header == "— Mon 08 Jun 10:00 UTC —"
    assert "Shall we keep in touch afterwards?" in "\n".join(lines[reminders[0] :])
    with psycopg.connect(pg_url) as conn:
        rows = conn.execute(
            "SELECT status, due_at FROM nudges WHERE payload ? 'snoozed' ORDER BY id"
        ).fetchall()
    assert rows == [("sent", MONDAY + timedelta(hours=3))]


async def test_away_given_in_one_program_covers_both_programs_and_a_new_one_inherits_it(
    app: ConsoleApp, pg_url: str
) -> None:
    session = ConsoleSession(app.coachbot, app.clock, user="ren", timezone="UTC")
    await session.send("start long-haul")
    await session.send("start side-quest")  # runs alongside: both are active
    answer = _text(await session.send("away until 2026-06-16"))
    assert "No reminders until" in answer
    assert [row[2] for row in _enrolments(pg_url)] == [date(2026, 6, 16)] * 2
    assert "Away until Tuesday 16 June" in _text(await session.send("status"))
    lines = await console_advance(app, session, app.clock, timedelta(days=15))
    # Mondays 8 and 15 June fall inside the absence; 22 June has one prompt for both.
    assert _reminder_days(lines, "Time for your check-in") == ["Mon 22 Jun"]
    with psycopg.connect(pg_url) as conn:
        inside = conn.execute(
            "SELECT count(*) FROM nudges WHERE kind = 'check_in' AND status = 'sent'"
            " AND due_at < '2026-06-17'"
        ).fetchone()
    assert inside == (0,)


async def test_back_clears_the_persons_absence_for_every_program(
    app: ConsoleApp, pg_url: str
) -> None:
    session = ConsoleSession(app.coachbot, app.clock, user="sol", timezone="UTC")
    await session.send("start long-haul")
    await session.send("away until 2026-06-30")
    await session.send("start side-quest")  # started during the absence: inherits it
    assert [row[2] for row in _enrolments(pg_url)] == [date(2026, 6, 30)] * 2
    await session.send("back")
    assert _enrolments(pg_url) == [("long-haul", None, None), ("side-quest", None, None)]
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT snoozed_until, away_until FROM users").fetchone() == (
            None,
            None,
        )
