"""Engine fixtures: built-in programs synced, the offline coach, a virtual clock."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from adapters.console import ConsoleSession
from engine.clock import VirtualClock
from engine.llm.offline import OfflineCoach
from engine.ports import Coach
from engine.programs.loader import builtin_programs
from engine.programs.sync import sync_programs
from engine.store.database import Database
from engine.turn import Coachbot

START = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@dataclass
class Harness:
    db: Database
    clock: VirtualClock
    bot: Coachbot

    def person(self, user: str = "ada", timezone: str | None = "Europe/Berlin") -> ConsoleSession:
        return ConsoleSession(self.bot, self.clock, user=user, display_name=user, timezone=timezone)

    async def scalar(self, sql: str, *params: object) -> object:
        async with self.db.transaction() as conn:
            cur = await conn.execute(sql, params)
            row = await cur.fetchone()
        return None if row is None else next(iter(row.values()))

    async def rows(self, sql: str, *params: object) -> list[dict[str, object]]:
        async with self.db.transaction() as conn:
            cur = await conn.execute(sql, params)
            return list(await cur.fetchall())


async def make_harness(pg_url: str, coach: Coach | None = None) -> Harness:
    db = Database(pg_url, max_size=12)
    await db.open()
    async with db.transaction() as conn:
        await sync_programs(conn, builtin_programs())
    clock = VirtualClock(start=START)
    offline = OfflineCoach()
    bot = Coachbot(db=db, coach=coach or offline, offline=offline, clock=clock)
    return Harness(db=db, clock=clock, bot=bot)


@pytest.fixture
async def harness(pg_url: str) -> AsyncIterator[Harness]:
    h = await make_harness(pg_url)
    yield h
    await h.db.close()
