"""`plan --scale`: planning from stored next-due state at up to a million enrolments.

A realistic population (eight time zones, mixed schedules, quiet hours, snoozes)
is planned once from nothing (every enrolment's next check-in computed afresh,
as after the migration), then measured in the steady state a worker lives in:

* a tick at the moment k check-ins fall due, against a bare `INSERT … SELECT` of
  the same k rows into a table shaped like `nudges`, in the same run: interleaved
  rounds (bare, bare with foreign keys, tick), the best of each, because other work on
  the machine moves single figures by 2–3×; every round's tick but the last is rolled
  back, with a VACUUM after each round so that no round pays for another's leftovers;
* a tick a minute later, when nothing new is due: what the worker pays every minute;
* the planning process's peak RSS (`ru_maxrss`).
"""

from __future__ import annotations

import resource
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg

from benchmarks._common import scratch_database
from benchmarks._population import populate, sync_builtin
from benchmarks._progress import Progress
from engine.nudges.planner import (
    DEFAULT_CATCH_UP,
    DEFAULT_HORIZON,
    PlanResult,
    plan_due_nudges,
    tidy_after_tick,
)
from engine.store.database import Database
from engine.store.nudges import planning

DUE = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)

# The same rows the tick plans (their stored next check-in is due), inserted bare: read
# through the same schedule indexes (since 0020 the due classes, then their rows by the
# class index) and enrolment rows, into a table with the indexes of
# `nudges` (`bench_nudges`): the reference the target names; and once more into one that
# also has the two foreign keys `nudges` had until migration 0017 (`bench_nudges_fk`), for
# continuity with the earlier figures, when every planned nudge paid those checks.
BARE = """
INSERT INTO {table} (enrolment_id, user_id, kind, idempotency_key, due_at, payload)
SELECT e.id, e.user_id, 'check_in', 'checkin:' || e.id || ':' || %(day)s, s.at,
    jsonb_build_object('local_date', %(day)s, 'local_time', e.checkin_time)
FROM (
    SELECT s.enrolment_id, s.next_checkin_at AS at FROM enrolment_schedule s
    WHERE s.class_id IS NULL AND s.next_checkin_at <= %(due)s::timestamptz + interval '5 minutes'
    UNION ALL
    SELECT s.enrolment_id, c.next_at FROM schedule_classes c
    JOIN enrolment_schedule s ON s.class_id = c.id
    WHERE s.class_id IS NOT NULL AND c.next_at <= %(due)s::timestamptz + interval '5 minutes'
) AS s JOIN enrolments e ON e.id = s.enrolment_id
WHERE e.status = 'active' AND e.deleted_at IS NULL
"""
REFERENCE_TABLES = """
CREATE TABLE bench_nudges (LIKE nudges INCLUDING DEFAULTS INCLUDING INDEXES);
CREATE TABLE bench_nudges_fk (LIKE nudges INCLUDING DEFAULTS INCLUDING INDEXES);
ALTER TABLE bench_nudges_fk ADD FOREIGN KEY (enrolment_id) REFERENCES enrolments (id),
    ADD FOREIGN KEY (user_id) REFERENCES users (id);
"""


async def _tick(db: Database, now: datetime, *, tidy: bool = True) -> tuple[float, int]:
    """One tick on a long-lived pool, as in a worker; then, as the worker does, the tidy-up
    after a big batch (not timed with the tick)."""
    started = time.perf_counter()
    async with db.transaction() as conn:
        result = await plan_due_nudges(conn, now)
    seconds = time.perf_counter() - started
    if tidy:
        await tidy_after_tick(db, result)
    return seconds, result.check_in


async def _rolled_back_tick(db: Database, now: datetime) -> float:
    """The seconds of one tick whose work is then undone (a round before the last)."""
    started = time.perf_counter()
    async with db.transaction() as conn:
        await plan_due_nudges(conn, now)
        seconds = time.perf_counter() - started
        raise psycopg.Rollback()
    return seconds


def _vacuum(url: str) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE enrolments, enrolment_schedule, nudges")


async def _due_rounds(
    db: Database, url: str, rounds: int
) -> tuple[list[float], list[float], list[float], int, int]:
    """Interleaved rounds of bare, bare with foreign keys and the due tick (the last one
    kept): the seconds of each, the bare rows and the check-ins of the kept tick."""
    bares: list[float] = []
    bares_fk: list[float] = []
    ticks: list[float] = []
    bare_rows, due_rows = 0, 0
    for n in range(rounds):
        seconds, bare_rows = _bare(url, "bench_nudges")
        bares.append(seconds)
        bares_fk.append(_bare(url, "bench_nudges_fk")[0])
        if n < rounds - 1:
            ticks.append(await _rolled_back_tick(db, DUE))
            _vacuum(url)
        else:
            seconds, due_rows = await _tick(db, DUE, tidy=False)
            ticks.append(seconds)
    return bares, bares_fk, ticks, bare_rows, due_rows


def _advanced(rows: int) -> PlanResult:
    return PlanResult(check_in=rows, schedule_advanced=rows)


async def _explain_idle(db: Database, now: datetime) -> dict[str, Any]:
    """EXPLAIN (ANALYZE, BUFFERS) of the check-in statement at `now`, rolled back."""
    found: dict[str, Any] = {}
    async with db.transaction() as conn:
        await planning.lock(conn, wait=True)
        params = {"now": now, "horizon": DEFAULT_HORIZON, "catch_up": DEFAULT_CATCH_UP}
        params |= {"bad_zones": [], "user_id": None}
        cur = await conn.execute(
            "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + planning.STATEMENTS["check_in"],
            params,
            prepare=False,
        )
        row = await cur.fetchone()
        assert row is not None
        [plan] = row["QUERY PLAN"]
        top = plan["Plan"]
        found = {
            "execution_ms": round(plan["Execution Time"], 2),
            "planning_ms": round(plan["Planning Time"], 2),
            "shared_buffers_hit": top.get("Shared Hit Blocks"),
            "shared_buffers_read": top.get("Shared Read Blocks"),
        }
        raise psycopg.Rollback()
    return found


def _bare(url: str, table: str) -> tuple[float, int]:
    with psycopg.connect(url) as conn:
        started = time.perf_counter()
        with conn.transaction():
            cur = conn.execute(
                BARE.replace("{table}", table), {"day": DUE.date().isoformat(), "due": DUE}
            )
        seconds = time.perf_counter() - started
        conn.execute(f"TRUNCATE {table}")
        conn.commit()
        return seconds, cur.rowcount


async def bench_plan_scale(
    *, sizes: tuple[int, ...], progress: Progress, rounds: int = 3
) -> dict[str, Any]:
    results: dict[str, Any] = {
        "what": "planning from stored next-due state: 8 zones, mixed schedules, quiet hours,"
        " snoozes",
        "reference": "INSERT … SELECT of the same due rows (schedule index, enrolment rows) into"
        " a table LIKE nudges with its indexes, without and with its two foreign keys, same run",
        "rounds": rounds,
        "figures": "best of the interleaved rounds; every round in *_all",
    }
    task = progress.task("plan (scale): populate, first tick, due tick, idle ticks", 4 * len(sizes))
    for size in sizes:
        with scratch_database(f"planscale{size}") as url:
            await sync_builtin(url)
            started = time.perf_counter()
            populate(url, size, due=DUE, mixed=True)
            populate_s = time.perf_counter() - started
            with psycopg.connect(url, autocommit=True) as conn:
                conn.execute(REFERENCE_TABLES)
            progress.update(task, advance=1)
            async with Database(url, max_size=1) as db:
                # From nothing: yesterday's occurrences (catch-up), every next one computed.
                first_s, first_rows = await _tick(db, DUE - timedelta(hours=1))
                with psycopg.connect(url, autocommit=True) as conn:
                    conn.execute("TRUNCATE nudges")
                _vacuum(url)
                progress.update(task, advance=1)
                bares, bares_fk, ticks, bare_rows, due_rows = await _due_rounds(db, url, rounds)
                bare_s, bare_fk_s, due_s = min(bares), min(bares_fk), min(ticks)
                # Why an idle tick is slow right after the batch: its check-in statement
                # explained (rolled back) before and after the planner's tidy-up.
                explained = {"before_tidy": await _explain_idle(db, DUE + timedelta(seconds=30))}
                started = time.perf_counter()
                tidied = await tidy_after_tick(db, _advanced(due_rows))
                tidy_s = time.perf_counter() - started if tidied else None
                explained["after_tidy"] = await _explain_idle(db, DUE + timedelta(seconds=30))
                progress.update(task, advance=1)
                # Right after the due batch (and the planner's own tidy-up after it), before
                # autovacuum: what the next minute's tick of a real worker sees.
                idle = [(await _tick(db, DUE + timedelta(minutes=m)))[0] for m in range(1, 8)]
                # A manual VACUUM for comparison with the earlier runs.
                with psycopg.connect(url, autocommit=True) as conn:
                    conn.execute("VACUUM ANALYZE enrolments, enrolment_schedule")
                vacuumed = [(await _tick(db, DUE + timedelta(minutes=m)))[0] for m in range(8, 15)]
                progress.update(task, advance=1)
            idle_ms = statistics.median(idle) * 1000
            results[str(size)] = {
                "enrolments": size,
                "populate_seconds": round(populate_s, 2),
                "first_tick_seconds": round(first_s, 3),
                "first_tick_check_ins": first_rows,
                "due_tick_seconds": round(due_s, 3),
                "due_tick_check_ins": due_rows,
                "bare_insert_select_seconds": round(bare_s, 3),
                "bare_rows": bare_rows,
                "bare_with_foreign_keys_seconds": round(bare_fk_s, 3),
                "due_tick_seconds_all": [round(t, 3) for t in ticks],
                "bare_seconds_all": [round(t, 3) for t in bares],
                "bare_with_foreign_keys_seconds_all": [round(t, 3) for t in bares_fk],
                "due_tick_ratio": round(due_s / bare_s, 2) if bare_s else None,
                "due_tick_ratio_vs_foreign_keys": round(due_s / bare_fk_s, 2)
                if bare_fk_s
                else None,
                "tidy_after_due_tick_seconds": round(tidy_s, 3) if tidy_s else None,
                "idle_check_in_statement_explained": explained,
                "idle_tick_ms_median": round(idle_ms, 1),
                "idle_tick_ms_all": [round(s * 1000, 1) for s in idle],
                "idle_tick_ms_after_vacuum_median": round(statistics.median(vacuumed) * 1000, 1),
                "target_idle_le_50ms": idle_ms <= 50,
                # against the FK-less insert: the outbox has no per-row checks since 0017
                "target_due_ratio_le_2": bare_s > 0 and due_s / bare_s <= 2,
                # The planning process's high-water mark so far (it runs the worker's
                # `plan_due_nudges` on a pool, as the worker does): set-based SQL keeps it
                # flat whatever the number of enrolments.
                "planning_process_peak_rss_mb": _peak_rss_mb(),
                "target_rss_le_200mb": _peak_rss_mb() <= 200,
            }
    return results


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux, bytes on macOS
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)
