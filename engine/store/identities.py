"""Looking a person up by a platform identity, without creating anyone."""

from __future__ import annotations

from engine.messages import PlatformIdentity
from engine.store.database import Connection


async def user_id_of(conn: Connection, identity: PlatformIdentity) -> int | None:
    """The id of the person behind `identity`, or None if they have never written."""
    cur = await conn.execute(
        """
        SELECT user_id FROM platform_identities
        WHERE platform = %s AND workspace_id = %s AND platform_user_id = %s
        """,
        (identity.platform.value, identity.workspace_id, identity.user_id),
    )
    row = await cur.fetchone()
    return None if row is None else int(row["user_id"])


async def user_id_on_platform(conn: Connection, platform: str, platform_user_id: str) -> int | None:
    """The person with this user id on `platform`, in whichever workspace (newest first)."""
    cur = await conn.execute(
        """
        SELECT user_id FROM platform_identities WHERE platform = %s AND platform_user_id = %s
        ORDER BY created_at DESC, id DESC LIMIT 1
        """,
        (platform, platform_user_id),
    )
    row = await cur.fetchone()
    return None if row is None else int(row["user_id"])
