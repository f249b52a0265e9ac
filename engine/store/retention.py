"""Housekeeping: idempotency keys are kept long enough to outlive every platform retry."""

from __future__ import annotations

from datetime import datetime, timedelta

from engine.store.database import Database

PROCESSED_EVENTS_KEPT = timedelta(days=7)  # Slack retries for minutes; replays for hours


async def prune_processed_events(
    db: Database, now: datetime, *, keep: timedelta = PROCESSED_EVENTS_KEPT
) -> int:
    """Delete idempotency keys older than `keep`; returns how many went."""
    async with db.transaction() as conn:
        cur = await conn.execute(
            "DELETE FROM processed_events WHERE created_at < %s", (now - keep,)
        )
        return cur.rowcount
