"""How far people get: the overview, completion funnels by week and step, time per week.

An enrolment *reached* a step when its position (current week, current step) is at or
past it, and *passed* it when its position is beyond it or the program is completed;
positions only move forward, so the enrolment row alone answers both.
"""

from __future__ import annotations

from engine.analytics._sql import ENROLMENTS, fetch, figures, opt_int, params, ratio
from engine.analytics.types import (
    PRIVACY_MIN,
    Filters,
    Overview,
    StepFunnelRow,
    WeekDurationRow,
    WeekFunnelRow,
)
from engine.store.database import Connection

# A completed enrolment's position: past every step (positions are week * 1000 + step).
_DONE = 1_000_000


async def overview(conn: Connection, filters: Filters) -> Overview:
    """Headline numbers; all hidden when fewer than five people are enrolled."""
    cur = await conn.execute(
        f"""
        WITH e AS ({ENROLMENTS})
        SELECT count(DISTINCT e.user_id) AS people, count(*) AS enrolments,
            count(*) FILTER (WHERE e.status = 'active') AS active,
            count(*) FILTER (WHERE e.status = 'paused') AS paused,
            count(*) FILTER (WHERE e.status = 'completed') AS completed,
            count(*) FILTER (WHERE e.status = 'abandoned') AS abandoned,
            (SELECT count(*) FROM messages m JOIN e e2 ON e2.id = m.enrolment_id
             WHERE m.direction = 'in' AND (%(since)s::timestamptz IS NULL
                OR m.created_at >= %(since)s::timestamptz)) AS messages_in,
            (SELECT sum(m.cost_usd) FROM messages m JOIN e e2 ON e2.id = m.enrolment_id
             WHERE m.direction = 'out' AND (%(since)s::timestamptz IS NULL
                OR m.created_at >= %(since)s::timestamptz)) AS cost
        FROM e
        """,
        params(filters),
    )
    row = await cur.fetchone()
    assert row is not None
    people = int(row["people"])
    enrolments = opt_int(row["enrolments"], people)
    completed = opt_int(row["completed"], people)
    return Overview(
        people=people,
        enrolments=enrolments,
        active=opt_int(row["active"], people),
        paused=opt_int(row["paused"], people),
        completed=completed,
        abandoned=opt_int(row["abandoned"], people),
        completion_rate=ratio(completed, enrolments),
        messages_in=opt_int(row["messages_in"], people),
        llm_cost_usd=row["cost"] if people >= PRIVACY_MIN else None,
    )


async def week_funnel(conn: Connection, filters: Filters) -> list[WeekFunnelRow]:
    """Per program and week: enrolments that reached the week and that completed it."""
    query = f"""
        WITH e AS ({ENROLMENTS})
        SELECT e.program, wp.week_number AS week,
            count(*) FILTER (WHERE wp.status IN ('unlocked', 'in_progress', 'completed'))
                AS reached,
            count(*) FILTER (WHERE wp.status = 'completed') AS completed,
            count(DISTINCT e.user_id) FILTER (
                WHERE wp.status IN ('unlocked', 'in_progress', 'completed')) AS people
        FROM e JOIN week_progress wp ON wp.enrolment_id = e.id
        GROUP BY e.program, wp.week_number
        ORDER BY e.program, wp.week_number
        """
    return [
        figures(WeekFunnelRow, r, counts=("reached", "completed"))
        for r in await fetch(conn, query, filters)
    ]


async def step_funnel(conn: Connection, filters: Filters) -> list[StepFunnelRow]:
    """Per program step (week, position): enrolments that reached it and that passed it.

    Enrolments are first counted per position (a few hundred groups, however many people),
    and people per furthest position, so the join with the steps stays small.
    """
    cur = await conn.execute(
        f"""
        WITH e AS ({ENROLMENTS}),
        at AS (
            SELECT program, program_version_id, user_id,
                CASE WHEN status = 'completed' THEN {_DONE}
                     ELSE current_week * 1000 + current_step END AS pos
            FROM e
        ),
        enrolment_pos AS (
            SELECT program, program_version_id, pos, count(*) AS n FROM at GROUP BY 1, 2, 3
        ),
        person_pos AS (
            SELECT program, pos, count(*) AS n
            FROM (SELECT program, user_id, max(pos) AS pos FROM at GROUP BY 1, 2) furthest
            GROUP BY 1, 2
        ),
        per_step AS (
            SELECT x.program, w.number AS week, s.position, s.key AS step_key,
                s.kind AS step_type,
                COALESCE(sum(x.n) FILTER (WHERE x.pos >= w.number * 1000 + s.position), 0)
                    AS reached,
                COALESCE(sum(x.n) FILTER (WHERE x.pos > w.number * 1000 + s.position), 0)
                    AS passed
            FROM enrolment_pos x
            JOIN weeks w ON w.program_version_id = x.program_version_id
            JOIN steps s ON s.week_id = w.id
            GROUP BY x.program, w.number, s.position, s.key, s.kind
        )
        SELECT g.*, (
            SELECT COALESCE(sum(pp.n), 0) FROM person_pos pp
            WHERE pp.program = g.program AND pp.pos >= g.week * 1000 + g.position
        ) AS people
        FROM per_step g
        ORDER BY g.program, g.week, g.position
        """,
        params(filters),
    )
    return [figures(StepFunnelRow, r, counts=("reached", "passed")) for r in await cur.fetchall()]


async def week_durations(conn: Connection, filters: Filters) -> list[WeekDurationRow]:
    """Median hours from starting a week to completing it, over completed weeks."""
    query = f"""
        WITH e AS ({ENROLMENTS})
        SELECT e.program, wp.week_number AS week,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM
                wp.completed_at - COALESCE(wp.started_at, wp.unlocked_at)) / 3600.0)
                AS median_hours,
            count(DISTINCT e.user_id) AS people
        FROM e JOIN week_progress wp ON wp.enrolment_id = e.id
        WHERE wp.status = 'completed' AND wp.completed_at IS NOT NULL
            AND COALESCE(wp.started_at, wp.unlocked_at) IS NOT NULL
        GROUP BY e.program, wp.week_number
        ORDER BY e.program, wp.week_number
        """
    return [
        figures(WeekDurationRow, r, averages={"median_hours": 1})
        for r in await fetch(conn, query, filters)
    ]
