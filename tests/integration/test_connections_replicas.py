"""Introductions with four worker replicas, one killed mid-send: each intro and reveal once.

Forty-eight console people fill profiles and opt in. Four processes then run the
weekly round at the same moment (only one round may be stored) and dispatch the
outbox; one hangs inside a send and is killed with SIGKILL while it holds claims
(the other three begin dispatching once it does). Every delivery goes to
`test_deliveries`, a table without a unique constraint, so a second delivery of one
nudge would show as a second row. Then every pair says yes
and four replicas (again one killed) deliver the reveals.
"""

from __future__ import annotations

import asyncio
import time as _time
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest

from tests.fakes.gateway import DELIVERIES_TABLE
from tests.harness import Harness
from tests.integration.replicas import run_with_a_killed_victim

DEPARTMENTS = ("Platform", "Billing", "Mobile", "People", "Data", "Security")
TOPICS = (
    "event sourcing",
    "hiring engineers",
    "accessibility",
    "incident response",
    "pricing experiments",
    "data pipelines",
    "public speaking",
    "mentoring juniors",
)
PEOPLE = 48
LEASE = timedelta(seconds=1)


class _Fixed:
    def __init__(self, now: datetime) -> None:
        self._now = now

    def now(self) -> datetime:
        return self._now


def _replica(url: str, worker: str, at: str, victim: bool, flag: str, run: bool) -> None:
    asyncio.run(_run_replica(url, worker, datetime.fromisoformat(at), victim, Path(flag), run))


async def _run_replica(
    url: str, worker: str, now: datetime, victim: bool, flag: Path, run_the_round: bool
) -> None:
    from engine.connections import run_round
    from engine.messages import Platform
    from engine.nudges import current_nudge, dispatch_due
    from engine.store.database import Database
    from tests.fakes.gateway import CountingGateway

    gateway = CountingGateway(worker=worker, deliveries_url=url)
    if victim:

        async def hang(identity: Any) -> None:
            nudge = current_nudge.get()
            partial = flag.with_suffix(".partial")  # renamed whole: never seen half-written
            partial.write_text(nudge.idempotency_key if nudge else "")
            partial.rename(flag)
            await asyncio.sleep(3600)  # killed in here, holding its claims

        gateway.before_send = hang
    async with Database(url, max_size=3) as db:
        if run_the_round:
            await run_round(db, now=now)
        started = _time.monotonic()
        # The others start once the victim holds claims: a replica that spawned faster
        # could otherwise send the whole outbox before the victim claims anything.
        while not victim and _time.monotonic() - started < 60:
            if await asyncio.to_thread(flag.exists):
                break
            await asyncio.sleep(0.01)
        while _time.monotonic() - started < 60:
            await dispatch_due(
                db,
                {Platform.CONSOLE: gateway},
                _Fixed(now),
                worker_id=worker,
                batch=4,
                lease=LEASE,
                concurrency=2,
            )
            async with db.transaction() as conn:
                cur = await conn.execute(
                    "SELECT count(*) AS n FROM nudges"
                    " WHERE status IN ('pending', 'claimed') AND due_at <= %s",
                    (now,),
                )
                row = await cur.fetchone()
            if row is not None and row["n"] == 0:
                break
            await asyncio.sleep(0.05)
        else:
            raise SystemExit(f"{worker}: outbox not settled")
    await gateway.aclose()


def _four_replicas(url: str, now: datetime, flag: Path, *, run_the_round: bool) -> None:
    """Start four replicas (the first hangs in a send and is killed); wait for the rest."""
    replicas = [(url, f"w{i}", now.isoformat(), i == 0, str(flag), run_the_round) for i in range(4)]
    run_with_a_killed_victim(_replica, replicas, flag)


def _deliveries(url: str, kind: str) -> tuple[Counter[str], set[str], dict[str, int]]:
    """Deliveries per key of `kind`, the keys sent, and the nudge statuses of that kind."""
    with psycopg.connect(url, autocommit=True) as conn:
        delivered: Counter[str] = Counter(
            dict(
                conn.execute(
                    "SELECT d.idempotency_key, count(*) FROM test_deliveries d"
                    " JOIN nudges n USING (idempotency_key) WHERE n.kind = %s GROUP BY 1",
                    (kind,),
                ).fetchall()
            )
        )
        sent = {
            r[0]
            for r in conn.execute(
                "SELECT idempotency_key FROM nudges WHERE kind = %s AND status = 'sent'", (kind,)
            )
        }
        statuses = dict(
            conn.execute(
                "SELECT status, count(*) FROM nudges WHERE kind = %s GROUP BY 1", (kind,)
            ).fetchall()
        )
    return delivered, sent, statuses


@pytest.mark.timeout(240)
async def test_four_replicas_one_killed_send_each_intro_and_reveal_exactly_once(
    harness: Harness, pg_url: str, tmp_path: Path
) -> None:
    h = harness
    sessions = {}
    for n in range(PEOPLE):
        name = f"p{n:02d}"
        session = h.person(name, timezone="UTC")
        lines = [
            f"profile department {DEPARTMENTS[n % len(DEPARTMENTS)]}",
            f"profile expertise {TOPICS[n % len(TOPICS)]}, {TOPICS[(n + 3) % len(TOPICS)]}",
            f"profile working on {TOPICS[(n + 1) % len(TOPICS)]}",
            "connections on",
        ]
        for line in lines:
            await session.send(line)
        sessions[name] = session
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(DELIVERIES_TABLE)
    now = h.clock.now()

    await asyncio.to_thread(_four_replicas, pg_url, now, tmp_path / "hung-1", run_the_round=True)

    rounds = await h.rows("SELECT count(DISTINCT round_key) AS n FROM connection_suggestions")
    pairs = await h.rows("SELECT id, user_a, user_b FROM connection_suggestions")
    assert rounds == [{"n": 1}] and len(pairs) >= PEOPLE // 4
    people = [p[k] for p in pairs for k in ("user_a", "user_b")]
    assert len(people) == len(set(people)), "someone got two suggestions in one round"
    delivered, sent, statuses = _deliveries(pg_url, "connection_intro")
    assert statuses == {"sent": 2 * len(pairs)}
    assert {k: n for k, n in delivered.items() if n > 1} == {}
    assert set(delivered) == sent
    hung = (tmp_path / "hung-1").read_text()
    assert hung in sent, "the intro the killed replica held was sent by another"

    # Everybody says yes to their intro: the second yes of each pair queues the reveal.
    for session in sessions.values():
        pending = await session.send("connections")
        if pending[0].choices:
            await session.click(str(pending[0].choice_ref), "yes")
    await asyncio.to_thread(_four_replicas, pg_url, now, tmp_path / "hung-2", run_the_round=False)

    connected = await h.scalar(
        "SELECT count(*) FROM connection_suggestions WHERE status = 'connected'"
    )
    assert connected == len(pairs)
    delivered, sent, statuses = _deliveries(pg_url, "connection_reveal")
    assert statuses == {"sent": len(pairs)}  # one reveal per pair: the side that said yes first
    assert {k: n for k, n in delivered.items() if n > 1} == {}
    assert set(delivered) == sent
