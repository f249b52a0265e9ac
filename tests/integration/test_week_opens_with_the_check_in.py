"""A week that opens on a check-in day comes with that day's check-in: one message, one time.

Console sessions against PostgreSQL, with the default quiet hours (21:00-08:00) and
programs written here: the week's unlock time and the check-in time differ (the unlock
before the check-in, after it, and both inside quiet hours), and whichever comes first
waits for the other. The week's own check-in step then does not ask again for the
check-in the person has just answered.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from adapters.console import ConsoleSession
from bot.console_nudges import console_advance
from engine.programs.loader import LoadedProgram, content_hash, parse_program
from tests.harness import console_app
from tests.integration.test_person_settings_and_follow_ups import ConsoleApp, _text

MONDAY = datetime(2026, 6, 8, 10, 0, tzinfo=UTC)


def _program(slug: str, *, checkin_time: str, unlock_at: str) -> LoadedProgram:
    data = {
        "slug": slug,
        "title": "Tide Tables",
        "schedule": {
            "checkin_days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
            "checkin_time": checkin_time,
        },
        "weeks": [
            {
                "title": "Low water",
                "steps": [{"key": "ready", "type": "yes_no", "prompt": "Ready for the tides?"}],
            },
            {
                "title": "High water",
                "unlock": {"after_previous": True, "days": 1, "at": unlock_at},
                "steps": [
                    {"key": "pulse", "type": "check_in", "prompt": "First, a quick pulse."},
                    {"key": "onwards", "type": "yes_no", "prompt": "Shall we read the tides?"},
                ],
            },
        ],
    }
    spec = parse_program(data, source=f"{slug}.yaml")
    return LoadedProgram(spec=spec, path=Path(f"{slug}.yaml"), content_hash=content_hash(spec))


CASES = {
    # check-in 07:45 moved to 08:00 by quiet hours; the week's own time would be 09:00
    "tides-dawn": ("07:45", "07:45", "Tue 09 Jun 08:00"),
    # the week opens at 08:00 (announced at 09:00), the check-in is at 09:30
    "tides-early": ("09:30", "08:00", "Tue 09 Jun 09:30"),
    # the week opens at 10:00, after the 09:30 check-in: the check-in waits for it
    "tides-late": ("09:30", "10:00", "Tue 09 Jun 10:00"),
}
PROGRAMS = [
    *(
        _program(slug, checkin_time=checkin, unlock_at=unlock)
        for slug, (checkin, unlock, _) in CASES.items()
    ),
    _program("tides-night", checkin_time="09:30", unlock_at="21:30"),
]


@pytest.fixture
async def app(pg_url: str) -> AsyncIterator[ConsoleApp]:
    async with console_app(pg_url, PROGRAMS, start=MONDAY) as app:
        yield app


def _batches(lines: list[str]) -> dict[str, list[str]]:
    """The reminders delivered, by the moment ("Tue 09 Jun 08:00") they arrived."""
    batches: dict[str, list[str]] = {}
    header = ""
    for line in lines:
        if line.startswith("— "):
            header = " ".join(line.strip("— ").split()[:4])
        elif line.startswith("🔔"):
            batches.setdefault(header, []).append(line)
    return batches


@pytest.mark.parametrize("slug", list(CASES))
async def test_a_week_opening_on_a_check_in_day_is_one_message_with_the_check_in(
    app: ConsoleApp, slug: str
) -> None:
    session = ConsoleSession(app.coachbot, app.clock, user=f"u-{slug}", timezone="UTC")
    await session.send(f"start {slug}")
    assert "Week 2 opens" in _text(await session.send("yes"))
    # Monday's check-in time has passed: Tuesday is the first check-in day, and week 2's.
    lines = await console_advance(app, session, app.clock, timedelta(days=1, hours=4))
    batches = _batches(lines)
    assert list(batches) == [CASES[slug][2]], lines
    [message] = batches[CASES[slug][2]]  # one bubble: the check-in and the week's offer
    assert "Time for your check-in" in message and "Week 2 of *Tide Tables* is open" in message
    answered = _text(await session.send("7"))
    assert "Check-in saved" in answered
    # The week's first step is a check-in: answered a moment ago, it is not asked again.
    assert "How is your mood today" not in answered, answered
    assert "Shall we read the tides?" in answered, answered


async def test_a_week_opening_in_quiet_hours_does_not_hold_back_that_days_check_in(
    app: ConsoleApp,
) -> None:
    # Week 2 opens at 21:30 on Tuesday, inside quiet hours: Tuesday's 09:30 check-in goes at
    # 09:30 (held for the week, it would be pushed past its day and expire); the week's offer
    # waits for the morning and goes with Wednesday's check-in.
    session = ConsoleSession(app.coachbot, app.clock, user="u-night", timezone="UTC")
    await session.send("start tides-night")
    await session.send("yes")
    lines = await console_advance(app, session, app.clock, timedelta(days=2, hours=2))
    batches = _batches(lines)
    assert list(batches) == ["Tue 09 Jun 09:30", "Wed 10 Jun 09:30"], lines
    [tuesday] = batches["Tue 09 Jun 09:30"]
    assert "Time for your check-in" in tuesday and "is open" not in tuesday
    [wednesday] = batches["Wed 10 Jun 09:30"]
    assert "Time for your check-in" in wednesday and "Week 2 of *Tide Tables* is open" in wednesday
