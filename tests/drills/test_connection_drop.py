"""Fault drill: the PostgreSQL backend is killed while a turn is in flight."""

from __future__ import annotations

import asyncio

import psycopg

from engine.llm.offline_coach import OfflineCoach
from engine.llm.types import CoachRequest, CoachResult
from engine.service import SORRY
from tests.integration.conftest import make_harness

STATE = """
SELECT e.current_week, e.current_step, e.step_attempt FROM enrolments e
JOIN platform_identities i ON i.user_id = e.user_id WHERE i.platform_user_id = %s
"""


class BlockingCoach:
    """The offline coach, except that while `blocking` it waits for `release` first."""

    name = "blocking"

    def __init__(self) -> None:
        self.inner = OfflineCoach()
        self.blocking = False
        self.entered = asyncio.Event()
        self.release = asyncio.Event()

    async def evaluate(self, request: CoachRequest) -> CoachResult:
        if self.blocking:
            self.entered.set()
            await self.release.wait()
        return await self.inner.evaluate(request)


async def _counts(h: object, pg_url: str) -> dict[str, int]:
    with psycopg.connect(pg_url) as conn:
        return {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # type: ignore[index]
            for table in ("processed_events", "messages", "step_attempts", "profile_fields")
        }


async def test_backend_killed_mid_turn_fails_cleanly_and_the_next_message_works(
    pg_url: str,
) -> None:
    coach = BlockingCoach()
    h = await make_harness(pg_url, coach=coach)
    try:
        ada = h.person("ada")
        await ada.send("start demo")
        before_state = await h.rows(STATE, "ada")
        before = await _counts(h, pg_url)

        coach.blocking = True
        turn = asyncio.create_task(ada.send("My name is Ada Lovelace."))
        await asyncio.wait_for(coach.entered.wait(), 10)
        with psycopg.connect(pg_url, autocommit=True) as admin:
            killed = admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                " AND state = 'idle in transaction'"
            ).fetchall()
        assert len(killed) == 1, "exactly the turn's backend was in a transaction"
        coach.blocking = False
        coach.release.set()
        replies = await asyncio.wait_for(turn, 10)

        assert [r.text for r in replies] == [SORRY]  # polite, and says progress is safe
        assert await _counts(h, pg_url) == before  # nothing half-written
        assert await h.rows(STATE, "ada") == before_state

        again = await ada.send("My name is Ada Lovelace.")
        assert again and all(r.text != SORRY for r in again)
        after = await h.rows(STATE, "ada")
        assert after != before_state  # the step moved on this time
        stored = await h.scalar(
            "SELECT count(*) FROM messages WHERE direction = 'in' AND text = %s",
            "My name is Ada Lovelace.",
        )
        assert stored == 1
    finally:
        await h.db.close()
