"""Reads about a finished program: the enrolment, its goal, the weeks and check-ins done."""

from __future__ import annotations

from typing import Any

from engine.state import EnrolmentState
from engine.store.database import Connection
from engine.store.turns import ENROLMENT_COLUMNS


async def latest_completed(conn: Connection, user_id: int) -> EnrolmentState | None:
    """The person's most recently completed program, for `status` and goal commands after it."""
    cur = await conn.execute(
        f"""
        SELECT {ENROLMENT_COLUMNS} FROM enrolments
        WHERE user_id = %s AND status = 'completed' AND deleted_at IS NULL
        ORDER BY completed_at DESC NULLS LAST, id DESC LIMIT 1
        """,
        (user_id,),
    )
    row = await cur.fetchone()
    return None if row is None else EnrolmentState.from_row(row)


async def finished_in(conn: Connection, user_id: int, program_id: int) -> EnrolmentState | None:
    """The person's latest completed enrolment in one program, if they finished it."""
    cur = await conn.execute(
        f"""
        SELECT {ENROLMENT_COLUMNS} FROM enrolments
        WHERE user_id = %s AND program_id = %s AND status = 'completed' AND deleted_at IS NULL
        ORDER BY completed_at DESC NULLS LAST, id DESC LIMIT 1
        """,
        (user_id, program_id),
    )
    row = await cur.fetchone()
    return None if row is None else EnrolmentState.from_row(row)


async def completed_count(conn: Connection, enrolment_id: int) -> tuple[int, int]:
    """(weeks completed, check-ins recorded) of one enrolment."""
    cur = await conn.execute(
        """
        SELECT (SELECT count(*) FROM week_progress
                WHERE enrolment_id = %(e)s AND status = 'completed') AS weeks,
               (SELECT count(*) FROM check_ins WHERE enrolment_id = %(e)s) AS check_ins
        """,
        {"e": enrolment_id},
    )
    row = await cur.fetchone()
    assert row is not None
    return int(row["weeks"]), int(row["check_ins"])


async def latest_goal(conn: Connection, enrolment_id: int) -> dict[str, Any] | None:
    """The enrolment's newest goal that was not replaced: description, status, progress."""
    cur = await conn.execute(
        """
        SELECT description, status, progress FROM goals
        WHERE enrolment_id = %s AND status <> 'revised' AND deleted_at IS NULL
        ORDER BY created_at DESC, id DESC LIMIT 1
        """,
        (enrolment_id,),
    )
    return await cur.fetchone()
