"""Running the planning statements: the planning lock, the zones in use, one kind's insert.

The rules live in `engine.nudges.planner`; the statements in `planning_sql`.
"""

from __future__ import annotations

from typing import Any

import psycopg

from engine.store.database import Connection, Database
from engine.store.nudges import planning_checkins, planning_sql

LOCK_NOT_AVAILABLE = "55P03"  # SQLSTATE of VACUUM's "skipping ... lock not available"

# The planning lock, and (only when it is ours) the time zones in use.
# The planning statements are set-based over every enrolment, and their time-zone
# arithmetic inflates cost estimates: PostgreSQL would JIT-compile them on every tick
# (seconds each), and on a young outbox (no statistics yet) it picks sequential scans for
# the "already planned?" probes, which grow with every row. Both are turned off for this
# transaction only, in the same round trip as the lock, and so are merge joins: the small
# per-(zone, time) tables are joined back to the due rows, and misestimated sizes made it
# sort the due rows twice instead of hashing the small side.
# `work_mem` too: a due tick keeps its due rows in a few materialised CTEs (≈ 230 bytes a
# row); under the default 4 MB they spilled to temporary files (46 MB written and 44 MB
# read back at 75,000 due rows). 128 MB keeps a few hundred thousand due rows in memory;
# it is a ceiling per CTE, not an allocation, and holds for this transaction only.
_LOCK = """
WITH settings AS (
    SELECT set_config('jit', 'off', true), set_config('enable_seqscan', 'off', true),
        set_config('enable_mergejoin', 'off', true), set_config('work_mem', '128MB', true)
), lock AS (SELECT {lock} AS got FROM settings)
SELECT lock.got, CASE WHEN lock.got THEN ARRAY(
    -- the distinct zones by skipping through the index: one probe per zone, not per row
    WITH RECURSIVE z AS (
        (SELECT e.timezone FROM enrolments e WHERE e.status = 'active' AND e.deleted_at IS NULL
         ORDER BY e.timezone LIMIT 1)
        UNION ALL
        SELECT (SELECT e.timezone FROM enrolments e
                WHERE e.status = 'active' AND e.deleted_at IS NULL AND e.timezone > z.timezone
                ORDER BY e.timezone LIMIT 1)
        FROM z WHERE z.timezone IS NOT NULL
    )
    SELECT timezone FROM z WHERE timezone IS NOT NULL
) END AS zones
FROM lock
"""
_ZONES = "SELECT array_agg(name) AS names FROM pg_timezone_names"
_TRY_LOCK = "pg_try_advisory_xact_lock(hashtext('coachbot.nudges.plan'), 1)"
_WAIT_FOR_LOCK = (
    "(SELECT true FROM (SELECT pg_advisory_xact_lock(hashtext('coachbot.nudges.plan'), 1))"
    " AS waited)"
)

STATEMENTS = {
    "week_unlocked": planning_sql.WEEKS,
    "check_in": planning_checkins.CHECK_INS,
    "goal_deadline": planning_sql.GOAL_DEADLINES,
    "re_engage": planning_sql.RE_ENGAGEMENTS,
}


async def lock(conn: Connection, *, wait: bool) -> tuple[bool, set[str]]:
    """Take the planning lock (transaction-scoped); when got, the time zones in use."""
    cur = await conn.execute(_LOCK.replace("{lock}", _WAIT_FOR_LOCK if wait else _TRY_LOCK))
    row = await cur.fetchone()
    if row is None or not row["got"]:
        return False, set()
    return True, set(row["zones"] or ())


async def known_zones(conn: Connection) -> set[str]:
    """Every zone name PostgreSQL knows (slow: it walks the zone files)."""
    cur = await conn.execute(_ZONES)
    row = await cur.fetchone()
    return set(row["names"]) if row and row["names"] else set()


async def plan_kind(conn: Connection, kind: str, params: dict[str, Any]) -> dict[str, Any]:
    """Run one kind's planning statement; its counts (`inserted`, and per kind `still_due`,
    `opened`, `dormant`)."""
    # Never prepared: each tick is planned for its own parameters. A generic plan, blind to
    # how few rows are due, hashed every enrolment on every idle tick (3.7 s a tick at 1M
    # enrolments instead of milliseconds). (`plan_cache_mode` would do it too, but for the
    # whole transaction: every statement a trigger runs would be re-planned as well.)
    cur = await conn.execute(STATEMENTS[kind], params, prepare=False)
    result = await cur.fetchone()
    assert result is not None
    return dict(result)


async def vacuum_schedule(db: Database) -> bool:
    """VACUUM (ANALYZE) `enrolment_schedule` on an autocommit connection (VACUUM cannot run
    in a transaction): the dead row versions of a big tick gone before the next one.

    `SKIP_LOCKED`: when another session holds a conflicting lock (a VACUUM, an index build)
    it skips at once instead of waiting, and says so with a lock-not-available warning;
    False then. No session setting is changed (the connection may be a pooled one)."""
    skipped: list[bool] = []

    def notice(diag: psycopg.errors.Diagnostic) -> None:
        if diag.sqlstate == LOCK_NOT_AVAILABLE:
            skipped.append(True)

    async with db.read() as conn:
        conn.add_notice_handler(notice)
        try:
            await conn.execute("VACUUM (ANALYZE, SKIP_LOCKED) enrolment_schedule")
        finally:
            conn.remove_notice_handler(notice)
    return not skipped
