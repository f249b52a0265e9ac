"""How hard steps are: attempts and forced progressions per step, and per A/B prompt variant."""

from __future__ import annotations

from engine.analytics._sql import ENROLMENTS, fetch, figures
from engine.analytics.types import Filters, StepAttemptsRow, VariantRow
from engine.store.database import Connection

_VARIANT_COUNTS = ("enrolments", "completed")
_VARIANT_AVERAGES = {"attempts_per_step": 2, "forced_share": 4}
_VARIANT_RATES = {"completion_rate": ("completed", "enrolments")}


async def step_attempts(conn: Connection, filters: Filters) -> list[StepAttemptsRow]:
    """Per step: answers given, answers per enrolment, answers not accepted, forced moves on."""
    query = f"""
        WITH e AS ({ENROLMENTS})
        SELECT e.program, a.week_number AS week, a.step_key,
            count(*) AS attempts,
            count(*)::float / count(DISTINCT a.enrolment_id) AS attempts_per_person,
            count(*) FILTER (WHERE NOT a.valid AND NOT a.forced) AS invalid,
            count(*) FILTER (WHERE a.forced) AS forced,
            count(DISTINCT e.user_id) AS people,
            min(s.position) AS position, min(a.id) AS first_id
        FROM e JOIN step_attempts a ON a.enrolment_id = e.id
        LEFT JOIN weeks w ON w.program_version_id = e.program_version_id
            AND w.number = a.week_number
        LEFT JOIN steps s ON s.week_id = w.id AND s.key = a.step_key
        GROUP BY e.program, a.week_number, a.step_key
        ORDER BY e.program, a.week_number, position NULLS LAST, first_id
        """
    return [
        figures(
            StepAttemptsRow,
            r,
            counts=("attempts", "invalid", "forced"),
            averages={"attempts_per_person": 2},
        )
        for r in await fetch(conn, query, filters)
    ]


async def variant_comparison(conn: Connection, filters: Filters) -> list[VariantRow]:
    """Per program and prompt variant (A, B, ...): completion and how many tries steps took."""
    query = f"""
        WITH e AS ({ENROLMENTS}),
        tries AS (
            SELECT a.enrolment_id, count(*) AS attempts,
                count(DISTINCT (a.week_number, a.step_key)) AS steps,
                count(*) FILTER (WHERE a.forced) AS forced
            FROM step_attempts a JOIN e ON e.id = a.enrolment_id
            GROUP BY a.enrolment_id
        )
        SELECT e.program, e.prompt_variant AS variant,
            count(*) AS enrolments,
            count(*) FILTER (WHERE e.status = 'completed') AS completed,
            sum(t.attempts)::float / NULLIF(sum(t.steps), 0) AS attempts_per_step,
            sum(t.forced)::float / NULLIF(sum(t.steps), 0) AS forced_share,
            count(DISTINCT e.user_id) AS people
        FROM e LEFT JOIN tries t ON t.enrolment_id = e.id
        GROUP BY e.program, e.prompt_variant
        ORDER BY e.program, e.prompt_variant
        """
    return [
        figures(
            VariantRow, r, counts=_VARIANT_COUNTS, averages=_VARIANT_AVERAGES, rates=_VARIANT_RATES
        )
        for r in await fetch(conn, query, filters)
    ]
