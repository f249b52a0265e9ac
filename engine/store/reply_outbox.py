"""Replies that the platform refused after the turn was saved, parked in the nudge outbox.

A turn's answer is committed before it is sent. When the platform then refuses it
for a while (Slack's 429 twice, with a Retry-After longer than an adapter will wait
inline), the answer must not be lost: it becomes a `reply` row in `nudges`, due when
the platform said to come back, and the dispatcher delivers it like any nudge —
claimed with SKIP LOCKED, sent once, marked sent (the same remaining window as
nudges: a crash between the platform accepting and the mark). The idempotency key is
the incoming message's, so a platform retry of the same event cannot park it twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from psycopg.types.json import Jsonb

from engine.messages import PlatformIdentity
from engine.store.database import Database

_PARK = """
INSERT INTO nudges (enrolment_id, user_id, kind, idempotency_key, due_at, payload)
SELECT (SELECT e.id FROM enrolments e
        WHERE e.user_id = pi.user_id AND e.deleted_at IS NULL
        ORDER BY e.last_activity_at DESC NULLS LAST, e.id DESC LIMIT 1),
    pi.user_id, 'reply', %(key)s, %(due)s, %(payload)s
FROM platform_identities pi
WHERE pi.platform = %(platform)s AND pi.workspace_id = %(workspace)s
    AND pi.platform_user_id = %(user)s
ON CONFLICT (idempotency_key) DO NOTHING
"""


class PgReplyOutbox:
    """`ReplyOutbox` on the `nudges` table."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def park(
        self, *, identity: PlatformIdentity, key: str, texts: Sequence[str], due_at: datetime
    ) -> bool:
        """Queue `texts` for `identity`; False when the person is unknown or already queued."""
        async with self.db.transaction() as conn:
            cur = await conn.execute(
                _PARK,
                {
                    "key": f"reply:{key}",
                    "due": due_at,
                    "payload": Jsonb({"texts": list(texts)}),
                    "platform": identity.platform.value,
                    "workspace": identity.workspace_id,
                    "user": identity.user_id,
                },
            )
            return cur.rowcount == 1
