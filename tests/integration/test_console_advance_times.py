"""`/advance` delivers each reminder at the moment it was promised, not at the console's minutes.

The console's clock starts at an odd minute (07:17); walking the skipped time in whole
hours from there used to deliver the 09:30 check-in at 10:17 and a snooze due at 08:02 at
08:17. Programs from `test_person_settings_and_follow_ups` (`long-haul` checks in on
Mondays at 09:30).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest

from adapters.console import ConsoleSession
from bot.console_nudges import console_advance
from tests.harness import console_app
from tests.integration.test_person_settings_and_follow_ups import PROGRAMS, ConsoleApp, _text

ODD_MINUTE = datetime(2026, 6, 8, 7, 17, tzinfo=UTC)  # a Monday


@pytest.fixture
async def app(pg_url: str) -> AsyncIterator[ConsoleApp]:
    async with console_app(pg_url, PROGRAMS, start=ODD_MINUTE) as app:
        yield app


def _header_before(lines: list[str], words: str) -> str:
    at = next(i for i, line in enumerate(lines) if words in line)
    return [line for line in lines[:at] if line.startswith("— ")][-1]


async def test_a_check_in_arrives_at_its_scheduled_minute(app: ConsoleApp) -> None:
    session = ConsoleSession(app.coachbot, app.clock, user="ode", timezone="UTC")
    await session.send("start long-haul")
    assert "Mon at 09:30" in _text(await session.send("settings"))
    lines = await console_advance(app, session, app.clock, timedelta(hours=6))
    assert _header_before(lines, "Time for your check-in") == "— Mon 08 Jun 09:30 UTC —", lines
    assert app.clock.now() == ODD_MINUTE + timedelta(hours=6)  # the walk ends where it was told


@pytest.mark.parametrize(
    ("snooze", "promised"), [("45m", "08:02"), ("53m", "08:10"), ("80m", "08:37")]
)
async def test_a_snooze_arrives_at_the_minute_it_promised(
    app: ConsoleApp, snooze: str, promised: str
) -> None:
    # The snooze is planned into the outbox only minutes before it is due: the walk
    # stops at the snooze's end itself, not at the next whole hour.
    session = ConsoleSession(app.coachbot, app.clock, user="uma", timezone="UTC")
    await session.send("start long-haul")
    said = _text(await session.send(f"snooze {snooze}"))
    assert promised in said, said
    lines = await console_advance(app, session, app.clock, timedelta(hours=3))
    header = _header_before(lines, "You asked me to remind you")
    assert header == f"— Mon 08 Jun {promised} UTC —", lines


async def test_a_check_in_not_yet_planned_when_the_walk_starts_arrives_on_time(
    app: ConsoleApp,
) -> None:
    # Enrolled at 09:17 on a Monday with a 09:30 check-in: its next time is stored only
    # once the planner has run, so the walk plans before it looks for the next moment.
    app.clock.advance(timedelta(hours=2))
    session = ConsoleSession(app.coachbot, app.clock, user="ivo", timezone="UTC")
    await session.send("start long-haul")
    lines = await console_advance(app, session, app.clock, timedelta(hours=2))
    assert _header_before(lines, "Time for your check-in") == "— Mon 08 Jun 09:30 UTC —", lines
