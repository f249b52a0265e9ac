"""Fault drill: the PostgreSQL backend is killed while a turn is in flight.

The engine asks the LLM with no transaction open, so the turn is caught mid-transaction
another way: a second connection holds a SHARE lock on `messages`, the turn runs its
statements up to the final insert of the messages and waits there, and that waiting
backend is terminated. Everything before it (the idempotency key, the enrolment update,
the profile fields) must vanish with the transaction.
"""

from __future__ import annotations

import asyncio

import psycopg

from engine.turn import SORRY
from tests.harness import make_harness

STATE = """
SELECT e.current_week, e.current_step, e.step_attempt FROM enrolments e
JOIN platform_identities i ON i.user_id = e.user_id WHERE i.platform_user_id = %s
"""


async def _counts(h: object, pg_url: str) -> dict[str, int]:
    with psycopg.connect(pg_url) as conn:
        return {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # type: ignore[index]
            for table in ("processed_events", "messages", "step_attempts", "profile_fields")
        }


async def test_backend_killed_mid_turn_fails_cleanly_and_the_next_message_works(
    pg_url: str,
) -> None:
    h = await make_harness(pg_url)
    try:
        ada = h.person("ada")
        await ada.send("start demo")
        before_state = await h.rows(STATE, "ada")
        before = await _counts(h, pg_url)

        with psycopg.connect(pg_url) as blocker:
            blocker.execute("LOCK TABLE messages IN SHARE MODE")  # held until rollback
            turn = asyncio.create_task(ada.send("My name is Ada Lovelace."))
            killed: list[object] = []
            with psycopg.connect(pg_url, autocommit=True) as admin:
                for _ in range(200):  # the turn reaches its last statement and waits
                    killed = admin.execute(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                        " WHERE datname = current_database() AND wait_event_type = 'Lock'"
                        " AND pid <> pg_backend_pid()"
                    ).fetchall()
                    if killed:
                        break
                    await asyncio.sleep(0.05)
            blocker.rollback()
        assert len(killed) == 1, "the turn's backend was waiting inside its transaction"
        replies = await asyncio.wait_for(turn, 10)

        assert [r.text for r in replies] == [SORRY]  # polite, and says progress is safe
        assert await _counts(h, pg_url) == before  # nothing half-written
        assert await h.rows(STATE, "ada") == before_state

        again = await ada.send("My name is Ada Lovelace.")
        assert again and all(r.text != SORRY for r in again)
        assert await h.rows(STATE, "ada") != before_state  # the step moved on this time
        stored = await h.scalar(
            "SELECT count(*) FROM messages WHERE direction = 'in' AND text = %s",
            "My name is Ada Lovelace.",
        )
        assert stored == 1
    finally:
        await h.db.close()
