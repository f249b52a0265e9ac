"""When something may next fall due for one person: the console's walk through skipped time."""

from __future__ import annotations

from datetime import datetime

from engine.store.database import Connection

# A pending nudge (a snooze, a planned reminder) or a stored next check-in of one of the
# person's enrolments, after `after` and no later than `until`.
_NEXT_MOMENT = """
SELECT min(moment) AS moment FROM (
    SELECT min(n.due_at) AS moment FROM nudges n
    WHERE n.user_id = %(user_id)s AND n.status = 'pending'
      AND n.due_at > %(after)s AND n.due_at <= %(until)s
    UNION ALL
    SELECT min(s.next_checkin_at) FROM enrolment_schedule s
    JOIN enrolments e ON e.id = s.enrolment_id
    WHERE e.user_id = %(user_id)s
      AND s.next_checkin_at > %(after)s AND s.next_checkin_at <= %(until)s
) AS moments
"""


async def next_moment(
    conn: Connection, user_id: int, *, after: datetime, until: datetime
) -> datetime | None:
    """The earliest moment in (`after`, `until`] at which this person has a reminder due."""
    cur = await conn.execute(_NEXT_MOMENT, {"user_id": user_id, "after": after, "until": until})
    row = await cur.fetchone()
    moment: datetime | None = None if row is None else row["moment"]
    return moment
