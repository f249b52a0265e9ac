"""How people feel and progress: cohort averages of check-ins per program week."""

from __future__ import annotations

from engine.analytics._sql import ENROLMENTS, opt_float, opt_int, params
from engine.analytics.types import Filters, WellbeingRow
from engine.store.database import Connection


async def wellbeing_trend(conn: Connection, filters: Filters) -> list[WellbeingRow]:
    """Average mood (1-10) and goal progress (0-100) per program week; never one person's."""
    cur = await conn.execute(
        f"""
        WITH e AS ({ENROLMENTS})
        SELECT e.program, c.week_number AS week,
            avg(c.mood) AS mood_avg, avg(c.progress) AS progress_avg,
            count(*) AS check_ins, count(DISTINCT e.user_id) AS people
        FROM e JOIN check_ins c ON c.enrolment_id = e.id
        GROUP BY e.program, c.week_number
        ORDER BY e.program, c.week_number
        """,
        params(filters),
    )
    return [
        WellbeingRow(
            program=r["program"],
            week=r["week"],
            mood_avg=opt_float(r["mood_avg"], r["people"]),
            progress_avg=opt_float(r["progress_avg"], r["people"], 1),
            check_ins=opt_int(r["check_ins"], r["people"]),
            people=r["people"],
        )
        for r in await cur.fetchall()
    ]
