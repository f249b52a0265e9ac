"""The console end to end: a reminder appears after `/advance`, and typing a number answers it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import psycopg
import pytest

from adapters.console import ConsoleSession
from bot.nudges import console_tick
from engine.clock import VirtualClock
from engine.llm.offline_coach import OfflineCoach
from engine.programs.loader import builtin_programs
from engine.programs.sync import sync_programs
from engine.store.database import Database
from engine.turn import Coachbot


@dataclass
class ConsoleApp:
    db: Database
    clock: VirtualClock
    coachbot: Coachbot


@pytest.fixture
async def app(pg_url: str) -> AsyncIterator[ConsoleApp]:
    async with Database(pg_url, max_size=4) as db:
        async with db.transaction() as conn:
            await sync_programs(conn, builtin_programs())
        clock = VirtualClock(start=datetime(2026, 6, 8, 7, 0, tzinfo=UTC))  # a Monday
        coachbot = Coachbot(db=db, coach=OfflineCoach(), offline=OfflineCoach(), clock=clock)
        yield ConsoleApp(db, clock, coachbot)


async def test_a_checkin_reminder_in_the_console_is_answered_by_typing_a_number(
    app: ConsoleApp, pg_url: str
) -> None:
    session = ConsoleSession(app.coachbot, app.clock, user="ann", timezone="UTC")
    await session.send("start health-4-weeks")
    assert await console_tick(app, session) == []  # nothing due at 07:00
    app.clock.advance(timedelta(hours=2, minutes=31))  # 09:31, the program's check-in time
    lines = await console_tick(app, session)
    assert lines and lines[0].startswith("🔔 (reminder) ⏰ Time for your check-in")
    assert await console_tick(app, session) == []  # sent once
    replies = await session.send("7")  # the seventh button: mood 7
    assert "how far along" in " ".join(r.text for r in replies)
    await session.send("40")
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT status FROM nudges").fetchall() == [("sent",)]
        assert conn.execute("SELECT mood, progress FROM check_ins").fetchall() == [(7, 40)]
