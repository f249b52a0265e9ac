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
