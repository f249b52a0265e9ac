"""Retention: how long each class of data is kept, and the purge that enforces it.

Periods (configurable, see `bot.settings`): messages and conversation summaries
2 years, connection suggestions 1 year, nudges 90 days, idempotency keys 7 days
(long enough to outlive every platform retry and replay). The knowledge base is
kept (it has versions), and so are connection declines: "not now" to a colleague
must keep that pair from being proposed again. Each table is purged by its own
timestamp column in its own statement, so what goes is exactly what is older
than its period; a table that does not exist yet (an optional feature) is skipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from psycopg.types.json import Jsonb

from engine.store.database import Connection, Database

__all__ = [
    "PROCESSED_EVENTS_KEPT",
    "RetentionPeriods",
    "prune_processed_events",
    "purge_expired_data",
]

PROCESSED_EVENTS_KEPT = timedelta(days=7)  # Slack retries for minutes; replays for hours


@dataclass(frozen=True, slots=True)
class RetentionPeriods:
    messages: timedelta = timedelta(days=730)
    conversation_summaries: timedelta = timedelta(days=730)
    connection_suggestions: timedelta = timedelta(days=365)
    nudges: timedelta = timedelta(days=90)
    processed_events: timedelta = PROCESSED_EVENTS_KEPT

    def tables(self) -> dict[str, tuple[str, timedelta]]:
        """table → (timestamp column it is purged by, period)."""
        return {
            "messages": ("created_at", self.messages),
            # Conversation steps' summaries, sources used and ratings (seed 002's sessions).
            "conversation_sessions": ("ended_at", self.conversation_summaries),
            "connection_suggestions": ("created_at", self.connection_suggestions),
            "nudges": ("created_at", self.nudges),
            "processed_events": ("created_at", self.processed_events),
        }


async def _exists(conn: Connection, table: str) -> bool:
    cur = await conn.execute("SELECT to_regclass(%s) IS NOT NULL AS present", (table,))
    row = await cur.fetchone()
    return bool(row and row["present"])


async def purge_expired_data(
    db: Database,
    now: datetime,
    *,
    periods: RetentionPeriods = RetentionPeriods(),
    dry_run: bool = False,
) -> dict[str, int]:
    """Delete (or, with `dry_run`, count) what is older than its period, per table.

    The counts, and nothing else, are written to the audit log (not in a dry run).
    """
    counts: dict[str, int] = {}
    async with db.transaction() as conn:
        for table, (column, period) in periods.tables().items():
            if not await _exists(conn, table):
                continue
            # Table and column names come from the list above, never from input.
            verb = "SELECT count(*) AS n FROM" if dry_run else "DELETE FROM"
            cur = await conn.execute(f"{verb} {table} WHERE {column} < %s", (now - period,))
            if dry_run:
                row = await cur.fetchone()
                counts[table] = int(row["n"]) if row else 0
            else:
                counts[table] = cur.rowcount
        if not dry_run:
            await conn.execute(
                "INSERT INTO audit_log (actor, action, detail, created_at)"
                " VALUES ('system', 'retention_purge', %s, %s)",
                (Jsonb({"deleted": counts}), now),
            )
    return counts


async def prune_processed_events(
    db: Database, now: datetime, *, keep: timedelta = PROCESSED_EVENTS_KEPT
) -> int:
    """Delete idempotency keys older than `keep`; returns how many went."""
    async with db.transaction() as conn:
        cur = await conn.execute(
            "DELETE FROM processed_events WHERE created_at < %s", (now - keep,)
        )
        return cur.rowcount
