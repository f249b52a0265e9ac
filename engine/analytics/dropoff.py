"""Where people stop: drop-off by step, and for extract steps by the field still missing.

An enrolment has *dropped off* when it was abandoned, or when it is still running but the
person has said nothing for `inactive_days`. It dropped off at the step it stands on.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from engine.analytics._sql import ENROLMENTS, fetch, figures
from engine.analytics.types import DropOffRow, FieldDropOffRow, Filters
from engine.store.database import Connection

DEFAULT_INACTIVE_DAYS = 14

_DROPPED = f"""
    WITH e AS ({ENROLMENTS}),
    dropped AS (
        SELECT e.*, w.number AS week, s.position, s.key AS step_key, s.kind AS step_type,
            s.definition
        FROM e
        JOIN weeks w ON w.program_version_id = e.program_version_id AND w.number = e.current_week
        JOIN steps s ON s.week_id = w.id AND s.position = e.current_step
        WHERE e.status = 'abandoned'
            OR (e.status IN ('active', 'paused') AND e.last_activity_at < %(cutoff)s)
    )
"""


async def _dropped(
    conn: Connection, select: str, filters: Filters, now: datetime, inactive_days: int
) -> list[Mapping[str, Any]]:
    """`select` over the enrolments that dropped: stopped, or silent for `inactive_days`."""
    return await fetch(conn, _DROPPED + select, filters, cutoff=now - timedelta(days=inactive_days))


async def drop_off(
    conn: Connection,
    filters: Filters,
    *,
    now: datetime,
    inactive_days: int = DEFAULT_INACTIVE_DAYS,
) -> list[DropOffRow]:
    """Per step with any drop-off: how many stopped there, and what share of those who got there.

    Args:
        now: the present, so that "silent for `inactive_days`" is reproducible.
        inactive_days: silence after which a running enrolment counts as dropped.
    """
    select = """
        , reached AS (
            SELECT e.program, w.number AS week, s.position, count(*) AS reached
            FROM e
            JOIN weeks w ON w.program_version_id = e.program_version_id
            JOIN steps s ON s.week_id = w.id
            WHERE e.status = 'completed'
                OR (e.current_week, e.current_step) >= (w.number, s.position)
            GROUP BY e.program, w.number, s.position
        )
        SELECT d.program, d.week, d.position, d.step_key, d.step_type,
            count(*) AS dropped, count(DISTINCT d.user_id) AS people, max(r.reached) AS reached
        FROM dropped d
        JOIN reached r ON (r.program, r.week, r.position) = (d.program, d.week, d.position)
        GROUP BY d.program, d.week, d.position, d.step_key, d.step_type
        ORDER BY d.program, d.week, d.position
        """
    return [
        figures(DropOffRow, r, counts=("dropped",), rates={"share": ("dropped", "reached")})
        for r in await _dropped(conn, select, filters, now, inactive_days)
    ]


async def field_drop_off(
    conn: Connection,
    filters: Filters,
    *,
    now: datetime,
    inactive_days: int = DEFAULT_INACTIVE_DAYS,
) -> list[FieldDropOffRow]:
    """For people who stopped at an extract step: how many had not yet given each field."""
    select = """
        SELECT d.program, d.step_key, f.name AS field, f.ord,
            count(*) AS missing, count(DISTINCT d.user_id) AS people
        FROM dropped d
        CROSS JOIN LATERAL jsonb_array_elements(d.definition -> 'fields')
            WITH ORDINALITY AS fe(spec, ord)
        CROSS JOIN LATERAL (SELECT fe.spec ->> 'name' AS name, fe.ord) AS f
        WHERE d.step_type = 'extract'
            AND NOT EXISTS (
                SELECT 1 FROM profile_fields pf WHERE pf.user_id = d.user_id AND pf.field = f.name
            )
        GROUP BY d.program, d.step_key, f.name, f.ord
        ORDER BY d.program, d.step_key, f.ord
        """
    return [
        figures(FieldDropOffRow, r, counts=("missing",))
        for r in await _dropped(conn, select, filters, now, inactive_days)
    ]
