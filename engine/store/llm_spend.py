"""What the LLM has cost since a moment, from the replies it wrote (for the daily budget)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from engine.store.database import Connection


async def llm_spend_since(conn: Connection, *, since: datetime) -> Decimal:
    """Sum of `messages.cost_usd` of LLM-written replies created at or after `since`.

    Replies of the offline coach (provider "offline", or no provider) cost nothing and
    are left out; replies of unknown cost (NULL) count as zero.
    """
    cur = await conn.execute(
        """
        SELECT COALESCE(sum(cost_usd), 0) AS spent FROM messages
        WHERE direction = 'out' AND created_at >= %(since)s
            AND llm_provider IS NOT NULL AND llm_provider <> 'offline'
        """,
        {"since": since},
    )
    row = await cur.fetchone()
    return Decimal(row["spent"]) if row else Decimal(0)
