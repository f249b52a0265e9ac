"""The audit trail of yes/no questions: asked, answered, confirmed — appended, never removed.

The question itself waits on the person (`users.pending_question`, saved with the turn);
these rows only record what happened: `<kind>_requested` when it was asked, and
`<kind>_answered` with the answer (`yes`, `no`, `other`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from psycopg.types.json import Jsonb

from engine.store.database import Connection


async def note(
    conn: Connection, user_id: int, action: str, detail: dict[str, Any], now: datetime
) -> None:
    """Append one audit row about the person's question."""
    await conn.execute(
        "INSERT INTO audit_log (user_id, actor, action, detail, created_at)"
        " VALUES (%s, 'user', %s, %s, %s)",
        (user_id, action, Jsonb(detail), now),
    )
