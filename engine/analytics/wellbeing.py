"""How people feel and progress: cohort averages of check-ins per program week."""

from __future__ import annotations

from engine.analytics._sql import ENROLMENTS, fetch, figures
from engine.analytics.types import Filters, WellbeingRow
from engine.store.database import Connection


async def wellbeing_trend(conn: Connection, filters: Filters) -> list[WellbeingRow]:
    """Average mood (1-10) and goal progress (0-100) per program week; never one person's."""
    query = f"""
        WITH e AS ({ENROLMENTS})
        SELECT e.program, c.week_number AS week,
            avg(c.mood) AS mood_avg, avg(c.progress) AS progress_avg,
            count(*) AS check_ins, count(DISTINCT e.user_id) AS people
        FROM e JOIN check_ins c ON c.enrolment_id = e.id
        GROUP BY e.program, c.week_number
        ORDER BY e.program, c.week_number
        """
    return [
        figures(WellbeingRow, r, counts=("check_ins",), averages={"mood_avg": 2, "progress_avg": 1})
        for r in await fetch(conn, query, filters)
    ]
