"""The in-memory store stands in for PostgreSQL: the same messages, the same replies.

`tests.memory_turns.MemoryBot` runs the turn logic on `MemoryTurnStore`; here the engine
runs it on the database. Were the in-memory reads to drift from the SQL (the week's
answers, the step's earlier attempts, a reminder's window, the weeks moved on), the unit
tests on it would prove nothing about the bot.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import yaml
from psycopg.types.json import Jsonb

from engine.state import EnrolmentState
from engine.steps import CheckInRecord
from engine.store.database import Connection
from engine.store.memory import MemoryTurnStore, SentReminder, WeekStatus
from engine.store.postgres import PostgresTurnStore
from engine.store.records import WeekChange
from engine.store.turns import load_turn
from tests.harness import Harness, said, sync_program_text
from tests.memory_turns import LEADING_WELL, MemoryBot, enrolment_at

# Every path of the slice: a missing item, a full answer, a number off the scale, a scale,
# a choice ending the week (recap, next week locked); a week later a greeting opens week 2,
# and its one answer ends the program.
WEEK_1 = (
    "We ship a billing API.",
    "We ship billing; our customers rely on it every day.",
    "42",
    "six",
    "Delegating",
)
WEEK_2 = ("hello", "Delegate the release notes to Sam, then review them together on Friday.")


async def test_the_in_memory_turns_say_what_the_postgresql_turns_say(
    harness: Harness, tmp_path: Path
) -> None:
    h = await sync_program_text(harness, tmp_path / "leading.yaml", yaml.safe_dump(LEADING_WELL))
    ada = h.person(timezone=None)
    await ada.send("start leading-well")
    bot = MemoryBot(enrolment=enrolment_at(now=h.clock.now()), now=h.clock.now())
    for text in WEEK_1 + WEEK_2:
        if text == WEEK_2[0]:
            h.clock.advance(timedelta(days=7))
            bot.now += timedelta(days=7)
        h.clock.advance(timedelta(minutes=1))  # as the bot's clock, one minute a message
        assert said((await bot.says(text)).replies) == said(await ada.send(text)), text
    assert bot.enrolment.status == "completed"


@dataclass(frozen=True)
class Stores:
    """Ada's enrolment in `LEADING_WELL` on PostgreSQL (in `conn`'s transaction) and in memory."""

    conn: Connection
    enrolment: EnrolmentState
    sql: PostgresTurnStore
    memory: MemoryTurnStore


@pytest.fixture
async def stores(harness: Harness, tmp_path: Path) -> AsyncIterator[Stores]:
    h = await sync_program_text(harness, tmp_path / "leading.yaml", yaml.safe_dump(LEADING_WELL))
    ada = h.person(timezone=None)
    await ada.send("start leading-well")
    async with h.db.transaction() as conn:
        e = (await load_turn(conn, ada.identity, key="test:parity", now=h.clock.now())).enrolment
        assert e is not None
        memory = MemoryTurnStore()
        memory.enrol(e, weeks=len(LEADING_WELL["weeks"]), now=e.started_at)
        yield Stores(conn, e, PostgresTurnStore(conn), memory)


async def _remind(conn: Connection, e: EnrolmentState, sent: datetime, *, snoozed: bool) -> None:
    await conn.execute(
        "INSERT INTO nudges (enrolment_id, user_id, kind, idempotency_key, due_at, status,"
        " sent_at, payload) VALUES (%s, %s, 'check_in', %s, %s, 'sent', %s, %s)",
        (e.id, e.user_id, f"test:{sent.isoformat()}", sent, sent, Jsonb({"snoozed": snoozed})),
    )


async def _lock(conn: Connection, e: EnrolmentState, until: datetime | None) -> None:
    e.step_state.locked_until = until
    await conn.execute(
        "UPDATE enrolments SET step_state = %s WHERE id = %s", (Jsonb(e.step_state.to_json()), e.id)
    )


async def test_both_stores_find_the_same_unanswered_reminder(stores: Stores) -> None:
    conn, e, sql, memory = stores.conn, stores.enrolment, stores.sql, stores.memory
    now = e.started_at + timedelta(days=1)
    for hours, snoozed in ((20, False), (2, False), (1, True)):  # 20 h: too old to answer
        sent = now - timedelta(hours=hours)
        await _remind(conn, e, sent, snoozed=snoozed)
        memory.reminders.append(SentReminder(e.id, sent, snoozed))

    async def found() -> datetime | None:
        since = now - timedelta(days=1)
        on_sql = await sql.unanswered_check_in_prompt(user_id=e.user_id, since=since, now=now)
        on_memory = await memory.unanswered_check_in_prompt(user_id=e.user_id, since=since, now=now)
        assert on_memory == on_sql
        return on_sql

    assert await found() == now - timedelta(hours=2)  # the snoozed one repeats the step
    await _lock(conn, e, now + timedelta(days=6))
    assert await found() == now - timedelta(hours=1)  # while locked, it asks for a check-in
    check_in = [CheckInRecord(mood=6, progress=None)]
    for store in (sql, memory):
        await store.write_records(enrolment=e, written=check_in, now=now - timedelta(minutes=90))
    assert await found() == now - timedelta(hours=1)
    await _lock(conn, e, None)
    assert await found() is None


async def test_both_stores_move_the_same_weeks_and_create_none(stores: Stores) -> None:
    conn, e = stores.conn, stores.enrolment
    now = e.started_at + timedelta(days=3)
    moves = (
        [WeekChange(1, "completed", summary="Done"), WeekChange(2, "locked", now)],
        [WeekChange(2, "in_progress"), WeekChange(3, "unlocked")],  # no week 3
        [WeekChange(2, "completed", summary="Also done")],
    )
    for changes in moves:
        now += timedelta(days=1)
        for store in (stores.sql, stores.memory):
            await store.set_weeks(enrolment_id=e.id, changes=changes, now=now)
        cur = await conn.execute(
            "SELECT week_number, status, unlocks_at, summary, unlocked_at, started_at,"
            " completed_at FROM week_progress WHERE enrolment_id = %s ORDER BY week_number",
            (e.id,),
        )
        rows = {r.pop("week_number"): WeekStatus(**r) for r in await cur.fetchall()}
        assert {week: s for (_, week), s in stores.memory.weeks.items()} == rows
