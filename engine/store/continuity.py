"""Reads for continuity between weeks: a week's takeaways and a few profile values."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from engine.store.database import Connection


@dataclass(frozen=True, slots=True)
class WeekTakeaways:
    learnings: tuple[str, ...]
    action_items: tuple[str, ...]


async def week_takeaways(conn: Connection, enrolment_id: int, week: int) -> WeekTakeaways | None:
    """What the reflection of `week` kept (learnings and action items), if it ran."""
    cur = await conn.execute(
        "SELECT learnings, action_items FROM takeaways"
        " WHERE enrolment_id = %s AND week_number = %s",
        (enrolment_id, week),
    )
    row = await cur.fetchone()
    if row is None:
        return None
    return WeekTakeaways(tuple(row["learnings"] or ()), tuple(row["action_items"] or ()))


async def profile_values(conn: Connection, user_id: int, names: Sequence[str]) -> dict[str, str]:
    """The person's profile fields among `names` (those they gave)."""
    cur = await conn.execute(
        "SELECT field, value FROM profile_fields WHERE user_id = %s AND field = ANY(%s)",
        (user_id, list(names)),
    )
    return {row["field"]: row["value"] for row in await cur.fetchall()}


_TAKEAWAYS_AND_PROFILE = """
SELECT t.enrolment_id IS NOT NULL AS kept, t.learnings, t.action_items,
       (SELECT coalesce(jsonb_object_agg(p.field, p.value), '{}'::jsonb)
          FROM profile_fields p WHERE p.user_id = %(user_id)s AND p.field = ANY(%(names)s))
         AS profile
  FROM (SELECT 1) AS one
  LEFT JOIN takeaways t ON t.enrolment_id = %(enrolment_id)s AND t.week_number = %(week)s
"""


async def takeaways_and_profile(
    conn: Connection, *, enrolment_id: int, week: int, user_id: int, names: Sequence[str]
) -> tuple[WeekTakeaways | None, dict[str, str]]:
    """`week_takeaways` and `profile_values` in one statement (a week's end and opening
    need both, after the turn's writes, so the turn's background cannot answer them)."""
    cur = await conn.execute(
        _TAKEAWAYS_AND_PROFILE,
        {"enrolment_id": enrolment_id, "week": week, "user_id": user_id, "names": list(names)},
    )
    row = await cur.fetchone()
    assert row is not None  # one row, whatever is stored
    profile = {str(k): str(v) for k, v in (row["profile"] or {}).items()}
    if not row["kept"]:
        return None, profile
    return WeekTakeaways(tuple(row["learnings"] or ()), tuple(row["action_items"] or ())), profile
