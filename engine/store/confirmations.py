"""Questions waiting for a yes or a no, kept like the deletion request of `delete my data`.

A request is an `audit_log` row (`action`, what it is about in `detail`) that a
confirmation within the window acts on and removes; after the window it is ignored.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from psycopg.types.json import Jsonb

from engine.store.database import Connection

CONFIRM_WINDOW = timedelta(minutes=15)


async def request(
    conn: Connection, user_id: int, action: str, detail: dict[str, Any], now: datetime
) -> None:
    """Ask: the newest request of this kind replaces any earlier one."""
    await clear(conn, user_id, action)
    await conn.execute(
        "INSERT INTO audit_log (user_id, actor, action, detail, created_at)"
        " VALUES (%s, 'user', %s, %s, %s)",
        (user_id, action, Jsonb(detail), now),
    )


async def pending(
    conn: Connection, user_id: int, action: str, now: datetime
) -> dict[str, Any] | None:
    """The open request of this kind (its detail), if asked within the window."""
    cur = await conn.execute(
        "SELECT detail FROM audit_log WHERE user_id = %s AND action = %s AND created_at > %s"
        " AND created_at <= %s ORDER BY id DESC LIMIT 1",
        (user_id, action, now - CONFIRM_WINDOW, now),
    )
    row = await cur.fetchone()
    return None if row is None else dict(row["detail"])


async def clear(conn: Connection, user_id: int, action: str) -> None:
    await conn.execute(
        "DELETE FROM audit_log WHERE user_id = %s AND action = %s", (user_id, action)
    )
