"""A person's delivery settings (zone, quiet hours, schedule, reminders, snooze, away)
and follow-ups.

The settings live on `users`; a trigger (migrations 0011, 0013) copies every change to
the person's running and completed enrolments, whose copy the planner reads and whose
stored next check-in the change resets. Snooze and away are the person's too: given in
one program, they hold for every program, and one started later inherits them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from engine.store.database import Connection


@dataclass(frozen=True, slots=True)
class DeliverySettings:
    """How and when the coach may reach one person (unset: the defaults)."""

    timezone: str
    quiet_start: time | None
    quiet_end: time | None
    checkin_days: tuple[int, ...] | None
    checkin_time: time | None
    reminders_enabled: bool
    snoozed_until: datetime | None = None  # "remind me at …": one reminder then
    away_until: date | None = None  # nothing scheduled up to and including this local date


_FIELDS = frozenset(DeliverySettings.__slots__)


async def read(conn: Connection, user_id: int) -> DeliverySettings:
    """The person's settings (the defaults for someone not stored)."""
    cur = await conn.execute(
        "SELECT timezone, quiet_start, quiet_end, checkin_days, checkin_time,"
        " reminders_enabled, snoozed_until, away_until FROM users WHERE id = %s",
        (user_id,),
    )
    row = await cur.fetchone()
    if row is None:
        return DeliverySettings("UTC", None, None, None, None, True)
    days = row["checkin_days"]
    return DeliverySettings(
        timezone=row["timezone"],
        quiet_start=row["quiet_start"],
        quiet_end=row["quiet_end"],
        checkin_days=tuple(days) if days is not None else None,
        checkin_time=row["checkin_time"],
        reminders_enabled=bool(row["reminders_enabled"]),
        snoozed_until=row["snoozed_until"],
        away_until=row["away_until"],
    )


async def update(conn: Connection, user_id: int, **changes: object) -> None:
    """Change some of the person's settings; every enrolment of theirs follows (trigger)."""
    unknown = set(changes) - _FIELDS
    if unknown:
        raise ValueError(f"not a delivery setting: {', '.join(sorted(unknown))}")
    if not changes:
        return
    values = {k: list(v) if isinstance(v, tuple) else v for k, v in changes.items()}
    assignments = ", ".join(f"{name} = %({name})s" for name in values)
    await conn.execute(
        f"UPDATE users SET {assignments} WHERE id = %(user_id)s", {**values, "user_id": user_id}
    )


async def recheck_held_check_ins(conn: Connection, user_id: int, now: datetime) -> None:
    """After a settings change, a check-in waiting for a week's opening is decided again now.

    The dispatcher held it (`with_week`) for the settings of the moment; with new ones
    (quiet hours over the opening, another zone) the week may no longer join it, and it
    must then go on its own as soon as that is known, not at the opening (inside quiet
    hours, or past its day). Due now, the dispatcher holds it again if the week still joins.
    """
    await conn.execute(
        """
        UPDATE nudges SET due_at = %(now)s
        WHERE user_id = %(user_id)s AND status = 'pending' AND kind = 'check_in'
          AND payload ? 'with_week'
          AND due_at > %(now)s AND due_at <= %(now)s::timestamptz + interval '3 hours'
          AND last_error LIKE 'rescheduled: the week opens%%'
        """,
        {"user_id": user_id, "now": now},
    )


async def start_follow_up(
    conn: Connection,
    enrolment_id: int,
    *,
    until: datetime,
    days: tuple[int, ...] | None,
    at: time | None,
) -> None:
    """Follow-up check-ins for a completed enrolment, until `until` (NULL days/time: the
    person's own)."""
    await conn.execute(
        "UPDATE enrolments SET follow_up_until = %(until)s, follow_up_days = %(days)s,"
        " follow_up_time = %(at)s WHERE id = %(id)s",
        {"until": until, "days": list(days) if days else None, "at": at, "id": enrolment_id},
    )


async def consented(conn: Connection, enrolment_id: int, step_key: str) -> bool:
    """Whether the person's latest answer to the yes/no step `step_key` was yes."""
    cur = await conn.execute(
        "SELECT classification FROM step_attempts WHERE enrolment_id = %s AND step_key = %s"
        " AND valid ORDER BY id DESC LIMIT 1",
        (enrolment_id, step_key),
    )
    row = await cur.fetchone()
    return row is not None and row["classification"] == "yes"


async def pause(conn: Connection, enrolment_id: int) -> None:
    """Pause an enrolment now (not the turn's own, which the turn's final save writes)."""
    await conn.execute(
        "UPDATE enrolments SET status = 'paused' WHERE id = %s AND status = 'active'",
        (enrolment_id,),
    )


async def running(conn: Connection, user_id: int) -> list[dict[str, object]]:
    """The person's running enrolments (active first, most recent first), with titles."""
    cur = await conn.execute(
        """
        SELECT e.id, e.status, e.current_week, e.program_id, p.slug, p.title
        FROM enrolments e JOIN programs p ON p.id = e.program_id
        WHERE e.user_id = %s AND e.status IN ('active', 'paused') AND e.deleted_at IS NULL
        ORDER BY e.status = 'active' DESC, e.last_activity_at DESC, e.id DESC
        """,
        (user_id,),
    )
    return [dict(r) for r in await cur.fetchall()]


async def version_of(conn: Connection, enrolment_id: int) -> int | None:
    cur = await conn.execute(
        "SELECT program_version_id FROM enrolments WHERE id = %s", (enrolment_id,)
    )
    row = await cur.fetchone()
    return None if row is None else int(row["program_version_id"])
