"""`settings` and `status` say what will actually happen, for a team's own program.

Console sessions against PostgreSQL with a program written here: its check-in time
(07:45) falls inside the default quiet hours (21:00-08:00), so check-ins go at 08:00
and `settings` must say 08:00, as the completion promise already does; and once the
next week has opened, `status` no longer announces when it "opens".
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from bot.console_nudges import console_advance
from engine.messages import Reply
from engine.programs.loader import LoadedProgram, content_hash, parse_program
from engine.programs.sync import sync_programs
from tests.harness import Harness, make_harness


def _early_bird() -> LoadedProgram:
    week = {
        "title": "Warm up",
        "steps": [{"key": "ready", "type": "yes_no", "prompt": "Ready for a short week?"}],
    }
    later = {
        "title": "Speak",
        "unlock": {"after_previous": True, "days": 2, "at": "10:00"},
        "steps": [{"key": "spoke", "type": "yes_no", "prompt": "Did you speak up?"}],
    }
    data = {
        "slug": "early-bird",
        "title": "Early Bird",
        "schedule": {"checkin_days": ["tue", "sat"], "checkin_time": "07:45"},
        "weeks": [week, later],
    }
    spec = parse_program(data, source="early-bird.yaml")
    return LoadedProgram(spec=spec, path=Path("early-bird.yaml"), content_hash=content_hash(spec))


@pytest.fixture
async def app(pg_url: str) -> AsyncIterator[Harness]:
    h = await make_harness(pg_url, builtins=False)
    async with h.db.transaction() as conn:
        await sync_programs(conn, [_early_bird()])
    h.clock.set(datetime(2026, 6, 8, 1, 0, tzinfo=UTC))  # Monday, 10:00 in Tokyo
    yield h
    await h.db.close()


def _text(replies: list[Reply]) -> str:
    return "\n".join(r.as_plain_text() for r in replies)


async def test_settings_show_the_check_in_time_quiet_hours_move_it_to(
    app: Harness, pg_url: str
) -> None:
    session = app.person(user="aiko", timezone="Asia/Tokyo")
    await session.send("start early-bird")
    shown = _text(await session.send("settings"))
    assert "Quiet hours: 21:00-08:00 (the default)" in shown
    # What arrives, and why it is not 07:45.
    assert "Tue, Sat at 08:00 (the program's schedule; 07:45 is inside your quiet hours)" in shown
    assert "Tue, Sat at 07:45" not in shown
    await console_advance(app, session, app.clock, timedelta(days=2))
    with psycopg.connect(pg_url) as conn:
        due = conn.execute(
            "SELECT to_char(due_at AT TIME ZONE 'Asia/Tokyo', 'Dy HH24:MI') FROM nudges"
            " WHERE kind = 'check_in' ORDER BY due_at"
        ).fetchall()
    assert due == [("Tue 08:00",)]  # what `settings` said


async def test_settings_show_a_persons_time_that_later_quiet_hours_cover(
    app: Harness,
) -> None:
    session = app.person(user="bo", timezone="America/Los_Angeles")
    await session.send("start early-bird")
    await session.send("quiet hours off")
    assert "Wed at 06:30" in _text(await session.send("schedule wed 06:30"))
    told = _text(await session.send("quiet hours 21:00-07:00"))
    assert "Check-ins set for 06:30 will come at 07:00" in told
    shown = _text(await session.send("settings"))
    assert "Wed at 07:00 (06:30 is inside your quiet hours)" in shown


async def test_status_stops_announcing_a_week_that_has_opened(app: Harness) -> None:
    session = app.person(user="chie", timezone="Asia/Tokyo")
    await session.send("start early-bird")
    await session.send("yes")
    waiting = _text(await session.send("status"))
    assert "Next week opens:" in waiting
    await console_advance(app, session, app.clock, timedelta(days=3))
    opened = _text(await session.send("status"))
    assert "Week 2/2" in opened
    assert "Next week opens" not in opened  # it opened; nothing else is scheduled to open
