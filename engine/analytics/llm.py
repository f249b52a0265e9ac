"""What the LLM costs: calls, tokens, cache-read share, cost per program and per active person.

Only replies the LLM produced count as calls (messages with a model). Anthropic reports
`input_tokens` without the cached part, so the prompt is input + cache read + cache write
tokens, and the cache-read share is the part of it read from the cache.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from engine.analytics._sql import EVENT_SINCE, PROGRAM_ENROLMENTS, opt_int, params
from engine.analytics.types import PRIVACY_MIN, Filters, LlmCostDay, LlmUsageRow
from engine.store.database import Connection


def _money(value: Any, people: int) -> Decimal | None:
    if people < PRIVACY_MIN:
        return None
    return Decimal(value or 0).quantize(Decimal("0.000001"))


async def llm_usage(conn: Connection, filters: Filters) -> list[LlmUsageRow]:
    """Per program, over messages in the period; active people wrote at least once in it."""
    cur = await conn.execute(
        f"""
        WITH e AS ({PROGRAM_ENROLMENTS})
        SELECT e.program,
            count(*) FILTER (WHERE m.llm_model IS NOT NULL) AS calls,
            COALESCE(sum(m.input_tokens), 0) AS input_tokens,
            COALESCE(sum(m.output_tokens), 0) AS output_tokens,
            COALESCE(sum(m.cache_read_tokens), 0) AS cache_read,
            COALESCE(sum(m.cache_write_tokens), 0) AS cache_write,
            COALESCE(sum(m.cost_usd), 0) AS cost,
            count(DISTINCT m.user_id) FILTER (WHERE m.direction = 'in') AS active
        FROM e JOIN messages m ON m.enrolment_id = e.id
        WHERE {EVENT_SINCE.format(t="m.created_at")}
        GROUP BY e.program ORDER BY e.program
        """,
        params(filters),
    )
    rows = []
    for r in await cur.fetchall():
        people = int(r["active"])
        prompt = int(r["input_tokens"]) + int(r["cache_read"]) + int(r["cache_write"])
        cost = _money(r["cost"], people)
        rows.append(
            LlmUsageRow(
                program=r["program"],
                calls=opt_int(r["calls"], people),
                input_tokens=opt_int(r["input_tokens"], people),
                output_tokens=opt_int(r["output_tokens"], people),
                cache_read_tokens=opt_int(r["cache_read"], people),
                cache_write_tokens=opt_int(r["cache_write"], people),
                cache_read_share=(
                    round(int(r["cache_read"]) / prompt, 4) if cost is not None and prompt else None
                ),
                cost_usd=cost,
                active_people=people,
                cost_per_active_person=(
                    None if cost is None else (cost / people).quantize(Decimal("0.000001"))
                ),
            )
        )
    return rows


async def llm_cost_by_day(conn: Connection, filters: Filters) -> list[LlmCostDay]:
    """LLM calls and cost per UTC day (days with fewer than five people are hidden)."""
    cur = await conn.execute(
        f"""
        WITH e AS ({PROGRAM_ENROLMENTS})
        SELECT (m.created_at AT TIME ZONE 'UTC')::date AS day, count(*) AS calls,
            COALESCE(sum(m.cost_usd), 0) AS cost, count(DISTINCT m.user_id) AS people
        FROM e JOIN messages m ON m.enrolment_id = e.id
        WHERE m.llm_model IS NOT NULL AND {EVENT_SINCE.format(t="m.created_at")}
        GROUP BY 1 ORDER BY 1
        """,
        params(filters),
    )
    return [
        LlmCostDay(
            day=r["day"],
            calls=opt_int(r["calls"], r["people"]),
            cost_usd=_money(r["cost"], r["people"]),
            people=r["people"],
        )
        for r in await cur.fetchall()
    ]
