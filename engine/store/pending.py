"""What was last asked of a person outside a turn (a check-in reminder not yet answered), and
whether they checked in since a moment."""

from __future__ import annotations

from datetime import datetime, timedelta

from engine.store.database import Connection

# A check-in reminder is still "the question on the table" this long after it was sent.
REMINDER_ANSWERABLE = timedelta(hours=18)


async def unanswered_check_in_prompt(
    conn: Connection, *, user_id: int, since: datetime, now: datetime
) -> datetime | None:
    """When a check-in reminder reached the person after `since` (their last message), if no
    check-in was recorded after it; None when the latest thing asked was not a reminder.

    A snoozed reminder counts only while the week is locked: otherwise it repeats the step
    left waiting (`engine.nudges.render`), and an answer belongs to that step.
    """
    cur = await conn.execute(
        """
        SELECT max(n.sent_at) AS sent_at FROM nudges n
        JOIN enrolments e ON e.id = n.enrolment_id
        WHERE e.user_id = %(u)s AND n.kind = 'check_in' AND n.status = 'sent'
          AND n.sent_at > %(since)s AND n.sent_at > %(oldest)s AND n.sent_at <= %(now)s
          AND (n.payload -> 'snoozed' IS DISTINCT FROM 'true'::jsonb
               OR e.step_state ? 'locked_until')
          AND NOT EXISTS (SELECT 1 FROM check_ins c
                          WHERE c.user_id = %(u)s AND c.created_at >= n.sent_at)
        """,
        {"u": user_id, "since": since, "oldest": now - REMINDER_ANSWERABLE, "now": now},
    )
    row = await cur.fetchone()
    return None if row is None else row["sent_at"]


async def checked_in_since(
    conn: Connection, *, user_id: int, enrolment_id: int, since: datetime
) -> bool:
    """Whether the person recorded a check-in in this enrolment at or after `since`."""
    cur = await conn.execute(
        "SELECT EXISTS (SELECT 1 FROM check_ins WHERE user_id = %(u)s AND enrolment_id = %(e)s"
        " AND created_at >= %(since)s) AS done",
        {"u": user_id, "e": enrolment_id, "since": since},
    )
    row = await cur.fetchone()
    return bool(row and row["done"])
