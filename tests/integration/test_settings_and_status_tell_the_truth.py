"""`settings` and `status` say what will actually happen, for a team's own program.

Console sessions against PostgreSQL with a program written here: its check-in time
(07:45) falls inside the default quiet hours (21:00-08:00), so check-ins go at 08:00
and `settings` must say 08:00, as the completion promise already does; and once the
next week has opened, `status` no longer announces when it "opens".
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from adapters.console import ConsoleSession
from bot.nudges import console_advance
from engine.clock import VirtualClock
from engine.llm.offline import OfflineCoach
from engine.messages import Reply
from engine.programs.loader import LoadedProgram, content_hash, parse_program
from engine.programs.sync import sync_programs
from engine.store.database import Database
from engine.turn import Coachbot


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


@dataclass
class ConsoleApp:
    db: Database
    clock: VirtualClock
    coachbot: Coachbot


@pytest.fixture
async def app(pg_url: str) -> AsyncIterator[ConsoleApp]:
    async with Database(pg_url, max_size=4) as db:
        async with db.transaction() as conn:
            await sync_programs(conn, [_early_bird()])
        clock = VirtualClock(start=datetime(2026, 6, 8, 1, 0, tzinfo=UTC))  # Mon 10:00 Tokyo
        coachbot = Coachbot(db=db, coach=OfflineCoach(), offline=OfflineCoach(), clock=clock)
        yield ConsoleApp(db, clock, coachbot)


def _text(replies: list[Reply]) -> str:
    return "\n".join(r.as_plain_text() for r in replies)


async def test_settings_show_the_check_in_time_quiet_hours_move_it_to(
    app: ConsoleApp, pg_url: str
) -> None:
    session = ConsoleSession(app.coachbot, app.clock, user="aiko", timezone="Asia/Tokyo")
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
    app: ConsoleApp,
) -> None:
    session = ConsoleSession(app.coachbot, app.clock, user="bo", timezone="America/Los_Angeles")
    await session.send("start early-bird")
    await session.send("quiet hours off")
    assert "Wed at 06:30" in _text(await session.send("schedule wed 06:30"))
    told = _text(await session.send("quiet hours 21:00-07:00"))
    assert "Check-ins set for 06:30 will come at 07:00" in told
    shown = _text(await session.send("settings"))
    assert "Wed at 07:00 (06:30 is inside your quiet hours)" in shown


async def test_status_stops_announcing_a_week_that_has_opened(app: ConsoleApp) -> None:
    session = ConsoleSession(app.coachbot, app.clock, user="chie", timezone="Asia/Tokyo")
    await session.send("start early-bird")
    await session.send("yes")
    waiting = _text(await session.send("status"))
    assert "Next week opens:" in waiting
    await console_advance(app, session, app.clock, timedelta(days=3))
    opened = _text(await session.send("status"))
    assert "Week 2/2" in opened
    assert "Next week opens" not in opened  # it opened; nothing else is scheduled to open
