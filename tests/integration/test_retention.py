"""Old idempotency keys are pruned; recent ones stay so retries are still recognised."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import psycopg

from engine.store.database import Database
from engine.store.retention import prune_processed_events


async def test_keys_older_than_a_week_are_pruned(pg_url: str) -> None:
    now = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    with psycopg.connect(pg_url) as conn:
        conn.execute(
            "INSERT INTO processed_events (key, created_at) VALUES ('old', %s), ('recent', %s)",
            (now - timedelta(days=8), now - timedelta(days=1)),
        )
    async with Database(pg_url, max_size=1) as db:
        assert await prune_processed_events(db, now) == 1
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT key FROM processed_events").fetchall() == [("recent",)]
