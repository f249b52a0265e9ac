"""When something may next fall due for one person: the console's walk through skipped time."""

from __future__ import annotations

from datetime import datetime

from engine.store.database import Connection
from engine.store.nudges.planning_sql import STORED_NEXT

# The moments a reminder of this person's may be planned or sent: a pending nudge, a stored
# next check-in, the end of a snooze (planned only minutes before it), a re-engagement, a
# week that unlocks. After `after` and no later than `until`.
_NEXT_MOMENT = f"""
SELECT min(moment) AS moment FROM (
    SELECT n.due_at FROM nudges n WHERE n.user_id = %(user_id)s AND n.status = 'pending'
    UNION ALL
    SELECT u.snoozed_until FROM users u WHERE u.id = %(user_id)s
    UNION ALL
    SELECT unnest(ARRAY[s.at, e.snoozed_until, e.next_reengage_at])
    FROM enrolments e LEFT JOIN ({STORED_NEXT}) AS s ON s.enrolment_id = e.id
    WHERE e.user_id = %(user_id)s AND e.deleted_at IS NULL
    UNION ALL
    SELECT w.unlocks_at FROM week_progress w JOIN enrolments e ON e.id = w.enrolment_id
    WHERE e.user_id = %(user_id)s AND e.deleted_at IS NULL
) AS moments (moment)
WHERE moment > %(after)s AND moment <= %(until)s
"""


async def next_moment(
    conn: Connection, user_id: int, *, after: datetime, until: datetime
) -> datetime | None:
    """The earliest moment in (`after`, `until`] at which this person may have a reminder due."""
    cur = await conn.execute(_NEXT_MOMENT, {"user_id": user_id, "after": after, "until": until})
    row = await cur.fetchone()
    moment: datetime | None = None if row is None else row["moment"]
    return moment
