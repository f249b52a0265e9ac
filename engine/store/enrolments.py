"""Enrolment reads and writes outside the turn's load and final save: enrolling, abandoning."""

from __future__ import annotations

from datetime import datetime

from engine.state import EnrolmentState
from engine.store.database import Connection
from engine.store.turns import ENROLMENT_COLUMNS


async def enrol(
    conn: Connection,
    *,
    user_id: int,
    program_id: int,
    version_id: int,
    timezone: str,
    variant: str,
    weeks: int,
    now: datetime,
) -> EnrolmentState:
    """A new enrolment with week 1 in progress and the later weeks locked, in one statement."""
    cur = await conn.execute(
        f"""
        WITH enrolment AS (
            INSERT INTO enrolments (user_id, program_id, program_version_id, timezone,
                prompt_variant, started_at, last_activity_at)
            VALUES (%(u)s, %(p)s, %(v)s, %(tz)s, %(variant)s, %(now)s, %(now)s)
            RETURNING *
        ), weeks AS (
            INSERT INTO week_progress (enrolment_id, week_number, status, unlocked_at,
                started_at)
            SELECT enrolment.id, n,
                CASE WHEN n = 1 THEN 'in_progress' ELSE 'locked' END,
                CASE WHEN n = 1 THEN %(now)s END, CASE WHEN n = 1 THEN %(now)s END
            FROM enrolment, generate_series(1, %(weeks)s) AS n
        )
        SELECT {ENROLMENT_COLUMNS} FROM enrolment
        """,
        {
            "u": user_id,
            "p": program_id,
            "v": version_id,
            "tz": timezone,
            "variant": variant,
            "now": now,
            "weeks": weeks,
        },
    )
    row = await cur.fetchone()
    assert row is not None
    return EnrolmentState.from_row(row)


async def abandon(conn: Connection, enrolment_id: int) -> None:
    """Now, not at the turn's end: a new enrolment in the program must not meet this one."""
    await conn.execute("UPDATE enrolments SET status = 'abandoned' WHERE id = %s", (enrolment_id,))


async def running_enrolment(
    conn: Connection, user_id: int, program_id: int
) -> EnrolmentState | None:
    """The person's running enrolment in one program, if any."""
    cur = await conn.execute(
        f"""
        SELECT {ENROLMENT_COLUMNS} FROM enrolments
        WHERE user_id = %s AND program_id = %s AND status IN ('active', 'paused')
          AND deleted_at IS NULL
        """,
        (user_id, program_id),
    )
    row = await cur.fetchone()
    return None if row is None else EnrolmentState.from_row(row)
