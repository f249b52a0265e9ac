"""After a tick that advanced many schedule rows, the planner vacuums the schedule itself.

A big batch of rewritten schedule rows (a first tick from nothing, many settings changed)
leaves one dead row version (and dead entries in the next-due index) per row; until
autovacuum gets there, every following idle tick steps over them. The planner does not
wait for autovacuum. A due tick in step with the schedule classes (0020) rewrites no
schedule row: each due class moves instead (one row each).
"""

from __future__ import annotations

from datetime import UTC, datetime, time
from typing import Any

import psycopg
import pytest

from engine.nudges import plan_due_nudges
from engine.nudges.planner import PlanResult, tidy_after_tick
from engine.store.database import Database
from tests.integration.test_nudges_seed import ALL_DAYS, seed_enrolments, seed_program

DUE = datetime(2026, 7, 1, 9, 30, tzinfo=UTC)


def schedule_stats(sync: Any) -> tuple[int, int]:
    """(vacuum_count, n_dead_tup) of `enrolment_schedule`, read afresh."""
    sync.execute("SELECT pg_stat_clear_snapshot()")
    [row] = sync.execute(
        "SELECT vacuum_count, n_dead_tup FROM pg_stat_user_tables"
        " WHERE relname = 'enrolment_schedule'"
    ).fetchall()
    return int(row[0]), int(row[1])


async def tick(db: Database, now: datetime, threshold: int) -> tuple[PlanResult, bool]:
    async with db.transaction() as conn:
        result = await plan_due_nudges(conn, now)
    return result, await tidy_after_tick(db, result, threshold=threshold)


async def test_a_tick_that_advanced_many_rows_vacuums_the_schedule(db: Database, sync: Any) -> None:
    program = seed_program(sync, checkin_days=ALL_DAYS, checkin_time=time(9, 30))
    seed_enrolments(sync, program, count=30, started_at=datetime(2026, 1, 1, tzinfo=UTC))
    before, _ = schedule_stats(sync)
    # from nothing: every row computed, and each joins its schedule class
    first, tidied = await tick(db, DUE.replace(hour=8), threshold=20)
    assert first.check_in == 30 and first.schedule_advanced == 30
    assert tidied
    vacuums, dead = schedule_stats(sync)
    assert vacuums == before + 1
    assert dead == 0, "the batch's old row versions are gone before the next tick"
    # due: 30 check-ins, the class moves, no schedule row rewritten, no vacuum
    due, tidied = await tick(db, DUE, threshold=20)
    assert (due.check_in, due.schedule_advanced, tidied) == (30, 0, False)
    # the next minute nothing is due: nothing advanced, no vacuum
    idle, tidied = await tick(db, DUE.replace(minute=31), threshold=20)
    assert (idle.total, idle.schedule_advanced, tidied) == (0, 0, False)
    assert schedule_stats(sync)[0] == vacuums


async def test_a_tick_below_the_threshold_leaves_it_to_autovacuum(db: Database, sync: Any) -> None:
    program = seed_program(sync, checkin_days=ALL_DAYS, checkin_time=time(9, 30))
    seed_enrolments(sync, program, count=5, started_at=datetime(2026, 1, 1, tzinfo=UTC))
    before, _ = schedule_stats(sync)
    result, tidied = await tick(db, DUE.replace(hour=8), threshold=20)
    assert result.schedule_advanced == 5 and not tidied
    assert schedule_stats(sync)[0] == before


async def test_a_skipped_tick_never_vacuums(db: Database) -> None:
    assert not await tidy_after_tick(db, PlanResult(skipped=True, schedule_advanced=10**6))


async def test_a_tidy_up_that_cannot_get_its_lock_is_skipped_not_waited_for(
    db: Database, sync: Any, pg_url: str
) -> None:
    program = seed_program(sync, checkin_days=ALL_DAYS, checkin_time=time(9, 30))
    seed_enrolments(sync, program, count=30, started_at=datetime(2026, 1, 1, tzinfo=UTC))
    before, _ = schedule_stats(sync)
    # another session holds the lock a VACUUM needs (as a running VACUUM or index build would)
    with psycopg.connect(pg_url) as holder:
        holder.execute("LOCK TABLE enrolment_schedule IN SHARE UPDATE EXCLUSIVE MODE")
        result, tidied = await tick(db, DUE.replace(hour=8), threshold=20)
        assert result.check_in == 30 and result.schedule_advanced == 30, "committed"
        assert not tidied
        holder.rollback()
    assert schedule_stats(sync)[0] == before
    # the pooled connection is left as it was: the next tidy-up runs
    assert await tidy_after_tick(db, PlanResult(schedule_advanced=30), threshold=20)


async def test_a_failing_tidy_up_is_logged_and_never_raised(
    pg_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    # a connection on which the table cannot be found: the VACUUM itself fails
    lost = psycopg.conninfo.make_conninfo(pg_url, options="-c search_path=nowhere")
    async with Database(lost, max_size=1) as other:
        with caplog.at_level("WARNING", logger="engine.nudges.planner"):
            tidied = await tidy_after_tick(other, PlanResult(schedule_advanced=10**6))
    assert not tidied
    assert "planner tidy-up failed (UndefinedTable)" in caplog.text


def schedule_blocks(sync: Any) -> dict[int, int]:
    """Each enrolment's schedule row: the heap page it is on."""
    rows = sync.execute(
        "SELECT enrolment_id, (ctid::text::point)[0]::int FROM enrolment_schedule"
    ).fetchall()
    return {int(r[0]): int(r[1]) for r in rows}


async def test_the_advance_rewrites_each_schedule_row_on_its_own_page(
    db: Database, sync: Any
) -> None:
    # More rows than a packed page holds (≈ 185): on packed pages the new version of an
    # advanced row had to go to another page (an extra WAL record and a second page each).
    program = seed_program(sync, checkin_days=ALL_DAYS, checkin_time=time(9, 30))
    seed_enrolments(sync, program, count=400, started_at=datetime(2026, 1, 1, tzinfo=UTC))
    before = schedule_blocks(sync)
    # from nothing: every row computed, rewritten as it joins its class, then vacuumed
    first, tidied = await tick(db, DUE.replace(hour=8), threshold=1)
    assert first.schedule_advanced == 400 and tidied
    after = schedule_blocks(sync)
    moved = [e for e in before if after[e] != before[e]]
    assert moved == []
    # due: the class moves, no row is rewritten
    due, _ = await tick(db, DUE, threshold=1)
    assert (due.check_in, due.schedule_advanced) == (400, 0)
