"""Connection analytics by reason type: aggregates only, suppressed below five people."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import psycopg

from engine.analytics import Filters, connection_outcomes
from engine.store.database import Database

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


def _seed(pg_url: str, people: int, reason: str, statuses: list[str]) -> None:
    with psycopg.connect(pg_url) as conn:
        start = conn.execute("SELECT coalesce(max(id), 0) FROM users").fetchone()
        assert start is not None
        ids = [start[0] + i + 1 for i in range(people)]
        for uid in ids:
            conn.execute("INSERT INTO users (id) VALUES (%s)", (uid,))
        for n, status in enumerate(statuses):
            a, b = ids[n % people], ids[(n + 1) % people]
            conn.execute(
                "INSERT INTO connection_suggestions (workspace, round_key, user_a, user_b,"
                " reason_type, explanation, a_intro, b_intro, status, a_met, expires_at,"
                " created_at) VALUES ('w', %s, %s, %s, %s, '', '', '', %s, %s, %s, %s)",
                (
                    f"r{n}",
                    min(a, b),
                    max(a, b),
                    reason,
                    status,
                    n == 0 and status == "connected",
                    NOW + timedelta(days=14),
                    NOW - timedelta(days=n),
                ),
            )


async def test_outcomes_per_reason_with_the_five_people_rule(pg_url: str) -> None:
    _seed(pg_url, 6, "expertise_match", ["connected", "connected", "declined", "expired", "viewed"])
    _seed(pg_url, 3, "similar_challenge", ["connected", "declined"])
    async with Database(pg_url, max_size=1) as db, db.transaction() as conn:
        rows = {r.reason_type: r for r in await connection_outcomes(conn, Filters())}
        recent = await connection_outcomes(conn, Filters(since=NOW - timedelta(days=1, hours=1)))
    shown = rows["expertise_match"]
    assert (shown.suggested, shown.accepted, shown.declined, shown.expired, shown.open) == (
        5,
        2,
        1,
        1,
        1,
    )
    assert shown.met == 1 and shown.met_rate == 0.5 and not shown.suppressed
    small = rows["similar_challenge"]
    assert small.suppressed and small.suggested is None and small.met_rate is None
    assert all(r.suppressed for r in recent), "a period with fewer people is suppressed too"
