"""Which platform identities can no longer be messaged (implements `Reachability`)."""

from __future__ import annotations

from engine.messages import PlatformIdentity
from engine.store.database import Database


class PgReachability:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def mark_unreachable(self, *, identity: PlatformIdentity, reason: str) -> None:
        async with self.db.transaction() as conn:
            await conn.execute(
                """
                UPDATE platform_identities SET unreachable_reason = %s, unreachable_at = now()
                WHERE platform = %s AND workspace_id = %s AND platform_user_id = %s
                """,
                (reason[:200], identity.platform.value, identity.workspace_id, identity.user_id),
            )

    async def unreachable_reason(self, *, identity: PlatformIdentity) -> str | None:
        async with self.db.transaction() as conn:
            cur = await conn.execute(
                """
                SELECT unreachable_reason FROM platform_identities
                WHERE platform = %s AND workspace_id = %s AND platform_user_id = %s
                """,
                (identity.platform.value, identity.workspace_id, identity.user_id),
            )
            row = await cur.fetchone()
        return None if row is None else row["unreachable_reason"]

    async def mark_reachable(self, *, identity: PlatformIdentity) -> None:
        async with self.db.transaction() as conn:
            await conn.execute(
                """
                UPDATE platform_identities SET unreachable_reason = NULL, unreachable_at = NULL
                WHERE platform = %s AND workspace_id = %s AND platform_user_id = %s
                  AND unreachable_reason IS NOT NULL
                """,
                (identity.platform.value, identity.workspace_id, identity.user_id),
            )
