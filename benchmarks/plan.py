"""`plan`: planning nudges for 10k and 100k enrolments, against a bare INSERT … SELECT.

Every enrolment's daily check-in is due at the same instant (people spread over
eight time zones), so one tick inserts one nudge per enrolment. The reference is
an INSERT … SELECT of the same number of rows, built from the same enrolments,
into a scratch table shaped like `nudges` (same columns, defaults and indexes,
no foreign keys), in the same run.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any

import psycopg

from benchmarks._common import scratch_database
from benchmarks._population import populate, sync_builtin
from benchmarks._progress import Progress
from engine.store.database import Database

DUE = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)

BARE = """
INSERT INTO bench_nudges (enrolment_id, user_id, kind, idempotency_key, due_at, payload)
SELECT e.id, e.user_id, 'check_in', 'checkin:' || e.id || ':' || %(day)s, %(due)s,
    jsonb_build_object('local_date', %(day)s, 'local_time', e.checkin_time)
FROM enrolments e WHERE e.status = 'active'
"""


def planner_available() -> str | None:
    """None when `engine.nudges.planner.plan_due_nudges` can be imported, else why not."""
    try:
        from engine.nudges.planner import plan_due_nudges  # noqa: F401
    except ImportError as exc:
        return f"engine.nudges.planner.plan_due_nudges not available yet ({exc})"
    return None


class PlanTimedOut(Exception):
    pass


async def _plan_once(
    url: str, *, jit: bool = True, statement_timeout: float = 60.0
) -> tuple[float, int]:
    """Seconds and nudges of one tick; PlanTimedOut past the timeout (keeps `make bench` short)."""
    from engine.nudges.planner import plan_due_nudges

    async with Database(url, max_size=1) as db:
        started = time.perf_counter()
        try:
            async with db.transaction() as conn:
                await conn.execute(
                    f"SET LOCAL statement_timeout = '{int(statement_timeout * 1000)}ms'"
                )
                if not jit:  # diagnosis only: what the planner costs without JIT compilation
                    await conn.execute("SET LOCAL jit = off")
                result = await plan_due_nudges(conn, DUE)
        except psycopg.errors.QueryCanceled as exc:
            raise PlanTimedOut(f"a planning statement ran over {statement_timeout:g} s") from exc
        return time.perf_counter() - started, result.total


async def _timed_plan(
    url: str, *, jit: bool = True, statement_timeout: float
) -> tuple[float | None, int]:
    try:
        return await _plan_once(url, jit=jit, statement_timeout=statement_timeout)
    except PlanTimedOut:
        return None, 0


def _jit_settings(url: str) -> dict[str, str]:
    with psycopg.connect(url) as conn:
        return {
            name: str(conn.execute(f"SHOW {name}").fetchone()[0])  # type: ignore[index]
            for name in ("jit", "jit_above_cost", "jit_optimize_above_cost")
        }


def _bare_once(url: str) -> tuple[float, int]:
    with psycopg.connect(url) as conn:
        started = time.perf_counter()
        with conn.transaction():
            cur = conn.execute(BARE, {"day": DUE.date().isoformat(), "due": DUE})
        return time.perf_counter() - started, cur.rowcount


def _reset(url: str) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("TRUNCATE nudges, bench_nudges")
        conn.execute("VACUUM ANALYZE nudges, bench_nudges")


async def bench_plan(
    *,
    sizes: tuple[int, ...] = (10_000, 100_000),
    repeats: int = 2,
    statement_timeout: float = 60.0,
    progress: Progress,
) -> dict[str, Any]:
    missing = planner_available()
    if missing:
        return {"available": False, "reason": missing}
    results: dict[str, Any] = {
        "what": "one planning tick: check-ins due for every enrolment (8 time zones)",
        "reference": "INSERT … SELECT of the same rows into a table LIKE nudges"
        " (defaults and indexes, no FKs), same run",
        "repeats": repeats,
        "statement_timeout_s": statement_timeout,
    }
    task = progress.task("plan: populate, plan, INSERT…SELECT", len(sizes) * (3 * repeats + 2))
    for size in sizes:
        with scratch_database(f"plan{size}") as url:
            await sync_builtin(url)
            populate(url, size, due=DUE)
            with psycopg.connect(url, autocommit=True) as conn:
                conn.execute(
                    "CREATE TABLE bench_nudges (LIKE nudges INCLUDING DEFAULTS INCLUDING INDEXES)"
                )
            progress.update(task, advance=1)
            plans: list[float | None] = []
            no_jit: list[float | None] = []
            bares: list[float] = []
            inserted, bare_rows = 0, 0
            for _ in range(repeats):
                _reset(url)
                seconds, bare_rows = _bare_once(url)
                bares.append(seconds)
                progress.update(task, advance=1)
                took, inserted = await _timed_plan(url, statement_timeout=statement_timeout)
                plans.append(took)
                progress.update(task, advance=1)
                _reset(url)
                took, _ = await _timed_plan(url, jit=False, statement_timeout=statement_timeout)
                no_jit.append(took)
                progress.update(task, advance=1)
            # Nothing new is due now: the cost of the steady per-minute tick.
            repeat_tick, again = await _timed_plan(url, statement_timeout=statement_timeout)
            repeat_no_jit, _ = await _timed_plan(
                url, jit=False, statement_timeout=statement_timeout
            )
            progress.update(task, advance=1)
            jit = _jit_settings(url)
            bare = min(bares)
            best = _best(plans)
            best_no_jit = _best(no_jit)
            results[str(size)] = {
                "enrolments": size,
                "nudges_inserted": inserted,
                "bare_rows": bare_rows,
                "plan_seconds": _round(best),
                "plan_seconds_all": [_round(s) for s in plans],
                "timed_out": best is None,
                "bare_insert_select_seconds": round(bare, 3),
                "bare_seconds_all": [round(s, 3) for s in bares],
                # a timed-out tick counts as the statement_timeout: the ratio is then a lower bound
                "ratio": round((best or statement_timeout) / bare, 2),
                "repeat_tick_seconds": _round(repeat_tick),
                "repeat_tick_inserted": again,
                "diagnosis_jit_off": {
                    "plan_seconds": _round(best_no_jit),
                    "ratio": round((best_no_jit or statement_timeout) / bare, 2),
                    "repeat_tick_seconds": _round(repeat_no_jit),
                },
                "server_jit_settings": jit,
                "target_ratio_le_2": best is not None and best / bare <= 2,
            }
    return results


def _best(values: list[float | None]) -> float | None:
    done = [v for v in values if v is not None]
    return min(done) if done else None


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)
