"""Dashboard sessions and the login throttle, kept in PostgreSQL.

Both live in the database rather than in the process so that they hold across
replicas and restarts: a logout revokes the session for every copy of its cookie
on every replica, and failed logins count per *account* (not per client address,
which behind a proxy is the proxy's), so twenty guesses spread over replicas are
still twenty. The throttle is a fixed window: once `limit` failures are counted
the account refuses logins until the window that began with the first failure
ends. That lets an attacker who keeps guessing keep the account locked; it cannot
let them guess faster, which is the trade we want for a single admin account.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from engine.store.database import Connection


def _key(session_id: str) -> str:
    # Only a digest is stored: a read of the table does not hand out live cookies.
    return hashlib.sha256(session_id.encode()).hexdigest()


async def open_session(
    conn: Connection, *, session_id: str, account: str, expires_at: datetime
) -> None:
    """Record a new login; expired rows are dropped on the way."""
    await conn.execute("DELETE FROM admin_sessions WHERE expires_at < now()")
    await conn.execute(
        "INSERT INTO admin_sessions (id, account, expires_at) VALUES (%s, %s, %s)",
        (_key(session_id), account, expires_at),
    )


async def session_is_live(conn: Connection, *, session_id: str) -> bool:
    """True while the session exists, has not expired and was not revoked."""
    cur = await conn.execute(
        "SELECT 1 FROM admin_sessions WHERE id = %s AND revoked_at IS NULL AND expires_at > now()",
        (_key(session_id),),
    )
    return await cur.fetchone() is not None


async def revoke_session(conn: Connection, *, session_id: str) -> None:
    """End the session server-side: its cookie no longer works anywhere."""
    await conn.execute(
        "UPDATE admin_sessions SET revoked_at = now() WHERE id = %s AND revoked_at IS NULL",
        (_key(session_id),),
    )


async def login_blocked(conn: Connection, *, account: str, limit: int, window: timedelta) -> bool:
    """True when `account` has `limit` failed logins in the window that is still open."""
    cur = await conn.execute(
        "SELECT 1 FROM admin_login_throttle"
        " WHERE account = %s AND failures >= %s AND window_started > now() - %s",
        (account, limit, window),
    )
    return await cur.fetchone() is not None


async def record_failed_login(conn: Connection, *, account: str, window: timedelta) -> int:
    """Count one failure (a new window if the last one closed); returns the count."""
    cur = await conn.execute(
        "INSERT INTO admin_login_throttle AS t (account, failures, window_started)"
        " VALUES (%(account)s, 1, now())"
        " ON CONFLICT (account) DO UPDATE SET"
        "  failures = CASE WHEN t.window_started <= now() - %(window)s THEN 1"
        "                  ELSE t.failures + 1 END,"
        "  window_started = CASE WHEN t.window_started <= now() - %(window)s THEN now()"
        "                        ELSE t.window_started END"
        " RETURNING failures",
        {"account": account, "window": window},
    )
    row = await cur.fetchone()
    return int(row["failures"]) if row else 0


async def clear_failed_logins(conn: Connection, *, account: str) -> None:
    await conn.execute("DELETE FROM admin_login_throttle WHERE account = %s", (account,))
