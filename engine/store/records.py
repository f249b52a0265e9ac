"""Writes of coaching records: goals, check-ins, profile fields, takeaways, week progress."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from psycopg.types.json import Jsonb

from engine.llm.types import SMART_PARTS
from engine.state import EnrolmentState
from engine.steps import CheckInRecord, TakeawaysRecord
from engine.store.coaching import WEEK_ANSWERS_ROWS
from engine.store.database import Connection
from engine.store.upsert import upsert


async def active_goal(conn: Connection, enrolment_id: int) -> dict[str, Any] | None:
    cur = await conn.execute(
        """
        SELECT id, description, progress, deadline FROM goals
        WHERE enrolment_id = %s AND status = 'active' AND deleted_at IS NULL
        ORDER BY created_at DESC LIMIT 1
        """,
        (enrolment_id,),
    )
    return await cur.fetchone()


async def create_goal(
    conn: Connection,
    *,
    enrolment_id: int,
    user_id: int,
    description: str,
    smart: Mapping[str, str],
    now: datetime,
    revise_active: bool = False,
) -> int:
    """A new active goal; with `revise_active` the active one is marked revised and linked.

    One statement: the lookup, the revision and the insert.
    """
    cur = await conn.execute(
        """
        WITH previous AS (
            SELECT id FROM goals
            WHERE %(revise)s AND enrolment_id = %(e)s AND status = 'active' AND deleted_at IS NULL
            ORDER BY created_at DESC LIMIT 1
        ), revised AS (
            UPDATE goals SET status = 'revised', updated_at = %(now)s,
                history = history || jsonb_build_object('at', %(now)s::text, 'status', 'revised')
            WHERE id IN (SELECT id FROM previous)
        )
        INSERT INTO goals (enrolment_id, user_id, description, specific, measurable, achievable,
            relevant, time_bound, revised_from_id, history, created_at, updated_at)
        VALUES (%(e)s, %(u)s, %(d)s, %(specific)s, %(measurable)s, %(achievable)s, %(relevant)s,
            %(time_bound)s, (SELECT id FROM previous), %(history)s, %(now)s, %(now)s)
        RETURNING id
        """,
        {
            "e": enrolment_id,
            "u": user_id,
            "d": description,
            "revise": revise_active,
            "now": now,
            "history": Jsonb([{"at": now.isoformat(), "status": "active"}]),
            **{part: smart.get(part) for part in SMART_PARTS},
        },
    )
    row = await cur.fetchone()
    assert row is not None
    return int(row["id"])


async def set_goal_status(
    conn: Connection, *, enrolment_id: int, status: str, now: datetime
) -> str | None:
    cur = await conn.execute(
        """
        UPDATE goals SET status = %(status)s, updated_at = %(now)s,
            progress = CASE WHEN %(status)s = 'completed' THEN 100 ELSE progress END,
            history = history || jsonb_build_object('at', %(now)s::text, 'status', %(status)s)
        WHERE id = (SELECT id FROM goals WHERE enrolment_id = %(e)s AND status = 'active'
                    AND deleted_at IS NULL ORDER BY created_at DESC LIMIT 1)
        RETURNING description
        """,
        {"status": status, "now": now, "e": enrolment_id},
    )
    row = await cur.fetchone()
    return None if row is None else str(row["description"])


async def record_check_in(
    conn: Connection, enrolment: EnrolmentState, record: CheckInRecord, now: datetime
) -> None:
    """The week's check-in; its progress also goes on the active goal (`CheckInRecord`'s writer)."""
    await conn.execute(
        """
        WITH goal AS (
            UPDATE goals SET progress = %(progress)s, updated_at = %(now)s
            WHERE %(progress)s::smallint IS NOT NULL AND id = (
                SELECT id FROM goals WHERE enrolment_id = %(e)s AND status = 'active'
                AND deleted_at IS NULL ORDER BY created_at DESC LIMIT 1)
        )
        INSERT INTO check_ins (enrolment_id, user_id, week_number, mood, progress, notes,
            created_at)
        VALUES (%(e)s, %(u)s, %(w)s, %(mood)s, %(progress)s, %(notes)s, %(now)s)
        """,
        {
            "e": enrolment.id,
            "u": enrolment.user_id,
            "w": enrolment.current_week,
            "mood": record.mood,
            "progress": record.progress,
            "notes": None,
            "now": now,
        },
    )


async def last_check_in(conn: Connection, enrolment_id: int) -> dict[str, Any] | None:
    """The enrolment's latest check-in: mood, progress, created_at."""
    cur = await conn.execute(
        "SELECT mood, progress, created_at FROM check_ins WHERE enrolment_id = %s"
        " ORDER BY created_at DESC LIMIT 1",
        (enrolment_id,),
    )
    return await cur.fetchone()


async def profile(conn: Connection, user_id: int) -> dict[str, str]:
    cur = await conn.execute(
        "SELECT field, value FROM profile_fields WHERE user_id = %s", (user_id,)
    )
    return {row["field"]: row["value"] for row in await cur.fetchall()}


async def add_profile_fields(
    conn: Connection,
    *,
    user_id: int,
    values: Mapping[str, str],
    confidence: Mapping[str, float],
    now: datetime,
) -> None:
    """Fill fields that are still empty; what the person told us before is kept."""
    if not values:
        return
    names = list(values)
    await conn.execute(
        """
        INSERT INTO profile_fields (user_id, field, value, confidence, created_at, updated_at)
        SELECT %(u)s, f, v, c, %(now)s, %(now)s
        FROM unnest(%(f)s::text[], %(v)s::text[], %(c)s::real[]) AS x(f, v, c)
        ON CONFLICT (user_id, field) DO NOTHING
        """,
        {
            "u": user_id,
            "now": now,
            "f": names,
            "v": [values[n] for n in names],
            "c": [min(1.0, max(0.0, confidence.get(n, 0.8))) for n in names],
        },
    )


_WEEK_ANSWERS = f"""
    SELECT w.step_key, w.by_time AS answer
    FROM {WEEK_ANSWERS_ROWS.format(enrolment="%(enrolment)s", week="%(week)s")}
    ORDER BY w.first_at, w.first_id
"""


async def week_answers(conn: Connection, enrolment_id: int, week: int) -> list[tuple[str, str]]:
    """(step key, the person's words) for each step answered this week, in order.

    Every attempt at a step counts, not only the accepted one: what an earlier attempt
    said is part of the answer ("eight engineers", then "shipping goes well").
    """
    cur = await conn.execute(_WEEK_ANSWERS, {"enrolment": enrolment_id, "week": week})
    return [(r["step_key"], r["answer"]) for r in await cur.fetchall()]


_SAVE_TAKEAWAYS = upsert(
    "takeaways",
    "enrolment_id user_id week_number summary learnings action_items created_at",
    key="enrolment_id week_number",
    update="summary learnings action_items",
)


async def save_takeaways(
    conn: Connection, enrolment: EnrolmentState, record: TakeawaysRecord, now: datetime
) -> None:
    """The week's takeaways, kept once a week (`TakeawaysRecord`'s writer)."""
    await conn.execute(
        _SAVE_TAKEAWAYS,
        (
            enrolment.id,
            enrolment.user_id,
            enrolment.current_week,
            record.summary,
            list(record.learnings),
            list(record.action_items),
            now,
        ),
    )


@dataclass(frozen=True, slots=True)
class WeekChange:
    """One week moved to `status` (with its unlock time or summary when given)."""

    week: int
    status: str
    unlocks_at: datetime | None = None
    summary: str | None = None


async def set_weeks(
    conn: Connection, *, enrolment_id: int, changes: Sequence[WeekChange], now: datetime
) -> None:
    """Move each week to its status, stamping the matching time column once.

    One statement for a week transition: the week completed and the next one locked or
    begun.
    """
    if not changes:
        return
    await conn.execute(
        """
        UPDATE week_progress w SET status = c.status,
            unlocks_at = COALESCE(c.unlocks_at, w.unlocks_at),
            unlocked_at = CASE WHEN c.status IN ('unlocked', 'in_progress')
                THEN COALESCE(w.unlocked_at, %(now)s) ELSE w.unlocked_at END,
            started_at = CASE WHEN c.status = 'in_progress'
                THEN COALESCE(w.started_at, %(now)s) ELSE w.started_at END,
            completed_at = CASE WHEN c.status = 'completed' THEN %(now)s ELSE w.completed_at END,
            summary = COALESCE(c.summary, w.summary)
        FROM unnest(%(w)s::int[], %(status)s::text[], %(unlocks_at)s::timestamptz[],
            %(summary)s::text[]) AS c(week, status, unlocks_at, summary)
        WHERE w.enrolment_id = %(e)s AND w.week_number = c.week
        """,
        {
            "now": now,
            "e": enrolment_id,
            "w": [c.week for c in changes],
            "status": [c.status for c in changes],
            "unlocks_at": [c.unlocks_at for c in changes],
            "summary": [c.summary for c in changes],
        },
    )


async def record_crisis_signal(
    conn: Connection, *, user_id: int, source: str, step_key: str | None, now: datetime
) -> None:
    """That crisis language was seen, by whom (never the message text)."""
    await conn.execute(
        "INSERT INTO audit_log (user_id, actor, action, detail, created_at)"
        " VALUES (%s, %s, 'crisis_signal', %s, %s)",
        (user_id, source, Jsonb({"step": step_key}), now),
    )
