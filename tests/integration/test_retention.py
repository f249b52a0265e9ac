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


def _seed_aged_rows(pg_url: str, now: datetime) -> None:
    """Per table, one row just older than its period and one just inside it."""
    second = timedelta(seconds=1)
    with psycopg.connect(pg_url) as conn:
        conn.execute("INSERT INTO users (id, display_name) VALUES (1, 'ada'), (2, 'grace')")
        for label, age in (("old", timedelta(days=730) + second), ("kept", timedelta(days=730))):
            conn.execute(
                "INSERT INTO messages (user_id, direction, text, created_at)"
                " VALUES (1, 'in', %s, %s)",
                (label, now - age),
            )
        for n, age in enumerate((timedelta(days=365) + second, timedelta(days=365))):
            conn.execute(
                "INSERT INTO connection_suggestions (workspace, round_key, user_a, user_b,"
                " reason_type, explanation, a_intro, b_intro, expires_at, created_at)"
                " VALUES ('console:local', %s, 1, 2, 'similar_challenge', '', '', '', %s, %s)",
                (f"r{n}", now - age + timedelta(days=14), now - age),
            )
        for n, age in enumerate((timedelta(days=90) + second, timedelta(days=90))):
            conn.execute(
                "INSERT INTO nudges (user_id, kind, idempotency_key, due_at, status, created_at)"
                " VALUES (1, 'connection_intro', %s, %s, 'sent', %s)",
                (f"n{n}", now - age, now - age),
            )
        conn.execute(
            "INSERT INTO processed_events (key, created_at) VALUES ('old', %s), ('kept', %s)",
            (now - timedelta(days=7) - second, now - timedelta(days=7)),
        )
        conn.execute(
            "INSERT INTO connection_declines (user_id, declined_user_id, created_at)"
            " VALUES (2, 1, %s)",
            (now - timedelta(days=3000),),
        )


async def test_the_purge_deletes_exactly_what_is_older_than_each_period(pg_url: str) -> None:
    from engine.store.retention import purge_expired_data

    now = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    _seed_aged_rows(pg_url, now)
    expected = {
        "messages": 1,
        "conversation_sessions": 0,  # none seeded: the table exists, so it is purged too
        "connection_suggestions": 1,
        "nudges": 1,
        "processed_events": 1,
    }
    async with Database(pg_url, max_size=1) as db:
        assert await purge_expired_data(db, now, dry_run=True) == expected
        with psycopg.connect(pg_url) as conn:
            assert conn.execute("SELECT count(*) FROM messages").fetchone() == (2,)
            assert conn.execute("SELECT count(*) FROM audit_log").fetchone() == (0,)
        assert await purge_expired_data(db, now) == expected
        assert await purge_expired_data(db, now) == dict.fromkeys(expected, 0)
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT text FROM messages").fetchall() == [("kept",)]
        assert conn.execute("SELECT round_key FROM connection_suggestions").fetchall() == [("r1",)]
        assert conn.execute("SELECT idempotency_key FROM nudges").fetchall() == [("n1",)]
        assert conn.execute("SELECT key FROM processed_events").fetchall() == [("kept",)]
        assert conn.execute("SELECT count(*) FROM connection_declines").fetchone() == (1,)
        audit = conn.execute(
            "SELECT detail FROM audit_log WHERE action = 'retention_purge' ORDER BY id"
        ).fetchall()
    assert audit[0][0] == {"deleted": expected}
    assert "kept" not in str(audit) and "old" not in str(audit), "counts only, no text"


async def test_periods_are_configurable(pg_url: str) -> None:
    from engine.store.retention import RetentionPeriods, purge_expired_data

    now = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    _seed_aged_rows(pg_url, now)
    periods = RetentionPeriods(messages=timedelta(days=1))
    async with Database(pg_url, max_size=1) as db:
        counts = await purge_expired_data(db, now, periods=periods, dry_run=True)
    assert counts["messages"] == 2
