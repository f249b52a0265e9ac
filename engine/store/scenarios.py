"""SQL of scenario practice: scene progress (upserted as a scene goes on) and reviews."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from psycopg.types.json import Jsonb

from engine.scenarios.state import SceneProgress, verdict_json
from engine.store.database import Connection
from engine.store.upsert import upsert


def _criteria(progress: SceneProgress) -> dict[str, Any]:
    return {
        m.key: {"met": True, "quote": m.quote, "attempt": m.attempt, "weight": m.weight}
        for m in progress.met
    }


def _turns(progress: SceneProgress) -> list[dict[str, Any]]:
    return [verdict_json(v) for v in progress.verdicts]


_SCENE_PROGRESS = (
    "attempts hints_used criteria turns score passed forced feedback seconds_spent ended_at"
)
_SAVE_SCENE = upsert(
    "scene_progress",
    f"enrolment_id user_id step_key scene_key {_SCENE_PROGRESS} started_at updated_at",
    key="enrolment_id step_key scene_key",
    update=f"{_SCENE_PROGRESS} updated_at",
)


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
        _SAVE_SCENE,
        (
            enrolment_id,
            user_id,
            step_key,
            progress.scene_key,
            progress.attempts,
            progress.hints_used,
            Jsonb(_criteria(progress)),
            Jsonb(_turns(progress)),
            progress.score,
            progress.passed,
            progress.forced,
            progress.feedback or None,
            progress.seconds_spent,
            progress.ended_at,
            progress.started_at,
            now,
        ),
    )


async def scene_rows(conn: Connection, *, enrolment_id: int, step_key: str) -> list[dict[str, Any]]:
    cur = await conn.execute(
        "SELECT * FROM scene_progress WHERE enrolment_id = %s AND step_key = %s ORDER BY id",
        (enrolment_id, step_key),
    )
    return list(await cur.fetchall())


_SAVE_REVIEW = upsert(
    "scenario_reviews",
    "enrolment_id user_id program_id scope rating comment created_at",
    key="enrolment_id scope",
    update="rating comment created_at",
)


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
        _SAVE_REVIEW, (enrolment_id, user_id, program_id, scope, rating, comment, now)
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
