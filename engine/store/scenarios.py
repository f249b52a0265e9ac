"""SQL of scenario practice: scene progress (upserted as a scene goes on) and reviews."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from psycopg.types.json import Jsonb

from engine.scenarios.state import SceneProgress, verdict_json
from engine.store.database import Connection


def _criteria(progress: SceneProgress) -> dict[str, Any]:
    return {
        m.key: {"met": True, "quote": m.quote, "attempt": m.attempt, "weight": m.weight}
        for m in progress.met
    }


def _turns(progress: SceneProgress) -> list[dict[str, Any]]:
    return [verdict_json(v) for v in progress.verdicts]


async def save_scene(
    conn: Connection,
    *,
    enrolment_id: int,
    user_id: int,
    step_key: str,
    progress: SceneProgress,
    now: datetime,
) -> None:
    """Insert or update the row of one scene; called on every turn or when it ends."""
    await conn.execute(
        """
        INSERT INTO scene_progress (enrolment_id, user_id, step_key, scene_key, attempts,
            hints_used, criteria, turns, score, passed, forced, feedback, seconds_spent,
            started_at, ended_at, updated_at)
        VALUES (%(e)s, %(u)s, %(step)s, %(scene)s, %(attempts)s, %(hints)s, %(criteria)s,
            %(turns)s, %(score)s, %(passed)s, %(forced)s, %(feedback)s, %(seconds)s,
            %(started)s, %(ended)s, %(now)s)
        ON CONFLICT (enrolment_id, step_key, scene_key) DO UPDATE SET
            attempts = EXCLUDED.attempts, hints_used = EXCLUDED.hints_used,
            criteria = EXCLUDED.criteria, turns = EXCLUDED.turns, score = EXCLUDED.score,
            passed = EXCLUDED.passed, forced = EXCLUDED.forced, feedback = EXCLUDED.feedback,
            seconds_spent = EXCLUDED.seconds_spent, ended_at = EXCLUDED.ended_at,
            updated_at = EXCLUDED.updated_at
        """,
        {
            "e": enrolment_id,
            "u": user_id,
            "step": step_key,
            "scene": progress.scene_key,
            "attempts": progress.attempts,
            "hints": progress.hints_used,
            "criteria": Jsonb(_criteria(progress)),
            "turns": Jsonb(_turns(progress)),
            "score": progress.score,
            "passed": progress.passed,
            "forced": progress.forced,
            "feedback": progress.feedback or None,
            "seconds": progress.seconds_spent,
            "started": progress.started_at,
            "ended": progress.ended_at,
            "now": now,
        },
    )


async def scene_rows(conn: Connection, *, enrolment_id: int, step_key: str) -> list[dict[str, Any]]:
    cur = await conn.execute(
        "SELECT * FROM scene_progress WHERE enrolment_id = %s AND step_key = %s ORDER BY id",
        (enrolment_id, step_key),
    )
    return list(await cur.fetchall())


async def save_review(
    conn: Connection,
    *,
    enrolment_id: int,
    user_id: int,
    program_id: int,
    scope: str,
    rating: int,
    comment: str | None,
    now: datetime,
) -> None:
    """Store a 1–5 rating for a scenario step (`scope` = its key) or the program (`''`)."""
    await conn.execute(
        """
        INSERT INTO scenario_reviews (enrolment_id, user_id, program_id, scope, rating,
            comment, created_at)
        VALUES (%s, %s, %s, %s, %s, %s, %s)
        ON CONFLICT (enrolment_id, scope) DO UPDATE SET
            rating = EXCLUDED.rating, comment = EXCLUDED.comment, created_at = EXCLUDED.created_at
        """,
        (enrolment_id, user_id, program_id, scope, rating, comment, now),
    )


async def review_rows(conn: Connection, *, user_id: int) -> list[dict[str, Any]]:
    cur = await conn.execute(
        "SELECT * FROM scenario_reviews WHERE user_id = %s ORDER BY id", (user_id,)
    )
    return list(await cur.fetchall())


@dataclass(frozen=True, slots=True)
class RatingTarget:
    enrolment_id: int
    program_id: int
    scope: str  # the scenario step's key, or '' for the program


async def rating_target(conn: Connection, *, user_id: int) -> RatingTarget | None:
    """What `rate …` rates: the person's latest enrolment, and its latest scenario if any."""
    cur = await conn.execute(
        """
        SELECT e.id, e.program_id, (
            SELECT sp.step_key FROM scene_progress sp WHERE sp.enrolment_id = e.id
            ORDER BY sp.updated_at DESC, sp.id DESC LIMIT 1) AS scope
        FROM enrolments e WHERE e.user_id = %s AND e.deleted_at IS NULL
        ORDER BY e.started_at DESC, e.id DESC LIMIT 1
        """,
        (user_id,),
    )
    row = await cur.fetchone()
    if row is None:
        return None
    return RatingTarget(int(row["id"]), int(row["program_id"]), str(row["scope"] or ""))
