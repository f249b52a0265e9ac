"""Four worker processes plan and send a virtual week of nudges for 2,000 people; one is killed.

Every process steps a virtual clock through the week hour by hour, paced by the
real one (virtual hour h no earlier than STEP * h seconds after a shared start),
ticks once per virtual hour (plan, then dispatch everything due), and sends
through a `CountingGateway` that records each delivery in `test_deliveries` — a
plain table with no unique constraint, so a duplicate delivery would show up as
two rows. One process hangs inside a send
and is killed with SIGKILL while it holds claims. Afterwards: nothing pending or
claimed, every expected nudge sent, each delivered exactly once.
"""

from __future__ import annotations

import asyncio
import time as _time
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import psycopg
import pytest

from engine.timeexpr import local_datetime
from tests.fakes.gateway import DELIVERIES_TABLE
from tests.integration.replicas import run_with_a_killed_victim
from tests.integration.test_nudges_seed import seed_enrolments, seed_program

V0 = datetime(2026, 6, 8, tzinfo=UTC)  # a Monday
HOURS = 168
STEP = 0.1  # real seconds per virtual hour
LEASE = timedelta(seconds=1)  # ten virtual hours
ZONES = ("UTC", "Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata")
TIMES = (time(8, 0), time(9, 30))
DAY_SETS = ((1, 3, 5), (2, 4))
PER_GROUP = 100  # 5 zones x 2 times x 2 day sets x 100 = 2,000 enrolments
WEEK_GATES = 200
# Early in the week, when there is surely something to send. The claims it dies holding come
# free after the lease (ten virtual hours, plus the moment before the kill): late, but on the
# same local day, so they are still sent, not expired.
VICTIM_HANGS_AT = 30  # virtual hour


def _replica(url: str, worker: str, t0: float, victim: bool, flag: str) -> None:
    asyncio.run(_run_replica(url, worker, t0, victim, Path(flag)))


async def _run_replica(url: str, worker: str, t0: float, victim: bool, flag: Path) -> None:
    from bot.nudges import tick
    from engine.messages import Platform
    from engine.nudges import PlatformPacer, current_nudge
    from engine.store.database import Database
    from tests.fakes.gateway import CountingGateway

    # Durability is not under test here, and 2 cores must keep up with the virtual clock.
    url = psycopg.conninfo.make_conninfo(url, options="-c synchronous_commit=off")
    gateway = CountingGateway(worker=worker, deliveries_url=url)
    clock = {"hour": 0}
    if victim:

        async def hang(identity: Any) -> None:
            if clock["hour"] >= VICTIM_HANGS_AT:
                nudge = current_nudge.get()
                flag.write_text(nudge.idempotency_key if nudge else "")  # noqa: ASYNC240
                await asyncio.sleep(3600)  # killed in here, holding its claims

        gateway.before_send = hang
    options: dict[str, Any] = {
        "worker": worker,
        "lease": LEASE,
        "batch": 25,
        "concurrency": 1 if victim else 3,
        "late_after": timedelta(hours=24),
        "pacer": PlatformPacer({Platform.SLACK: 5000.0}, burst=50),
    }
    gateways = {Platform.SLACK: gateway}
    async with Database(url, max_size=4) as db:
        finished_at: float | None = None
        planned_at_end = False
        # Every hour in turn, never ahead of the shared pace; a replica slowed down by a busy
        # machine falls behind instead of skipping hours (the fastest one sends on time).
        # A tick that finds another replica planning normally skips planning; with virtual
        # clocks that differ (a busy machine), that one may be planning an earlier hour, so
        # each replica waits its turn and plans its own hour.
        for hour in range(HOURS + 1):
            await asyncio.sleep(max(0.0, t0 + hour * STEP - _time.time()))
            clock["hour"] = hour
            await tick(db, gateways, _Fixed(V0 + timedelta(hours=hour)), wait=True, **options)
        while True:
            # The week is over: keep dispatching until the outbox is settled (claims of the
            # killed replica come free when their lease runs out).
            finished_at = finished_at or _time.time()
            async with db.transaction() as conn:
                cur = await conn.execute(
                    "SELECT count(*) AS n FROM nudges WHERE status IN ('pending', 'claimed')"
                )
                row = await cur.fetchone()
            # Done once this process has itself planned the final hour (a tick that found
            # another replica planning did not) and nothing is left to send.
            if planned_at_end and row is not None and row["n"] == 0:
                break
            if _time.time() - finished_at > 30:
                raise SystemExit(f"{worker}: outbox not settled: {row}")
            planned, _ = await tick(db, gateways, _Fixed(V0 + timedelta(hours=HOURS)), **options)
            planned_at_end = planned_at_end or not planned.skipped
            await asyncio.sleep(0.2)
    await gateway.aclose()


class _Fixed:
    def __init__(self, now: datetime) -> None:
        self._now = now

    def now(self) -> datetime:
        return self._now


def _expected_checkins(groups: dict[tuple[str, time, tuple[int, ...]], list[int]]) -> set[str]:
    keys = set()
    end = V0 + timedelta(hours=HOURS)
    for (zone, at, days), ids in groups.items():
        tz = ZoneInfo(zone)
        day: date = V0.date() - timedelta(days=1)
        while day <= end.date() + timedelta(days=1):
            due = local_datetime(day, at, tz)
            if day.isoweekday() in days and V0 <= due <= end:
                keys.update(f"checkin:{e}:{day}" for e in ids)
            day += timedelta(days=1)
    return keys


@pytest.mark.timeout(120)
def test_four_replicas_one_killed_deliver_every_nudge_exactly_once(
    pg_url: str, tmp_path: Path
) -> None:
    with psycopg.connect(pg_url, autocommit=True) as conn:
        program = seed_program(conn, checkin_days=(1, 3, 5), reengage_after_days=5, reengage_max=1)
        groups: dict[tuple[str, time, tuple[int, ...]], list[int]] = {}
        for n, zone in enumerate(ZONES):
            for m, at in enumerate(TIMES):
                for k, days in enumerate(DAY_SETS):
                    groups[(zone, at, days)] = seed_enrolments(
                        conn,
                        program,
                        count=PER_GROUP,
                        timezones=[zone],
                        started_at=V0,
                        user_prefix=f"U{n}{m}{k}-",
                        checkin_time=at,
                        checkin_days=list(days),
                    )
        every = sorted(e for ids in groups.values() for e in ids)
        assert len(every) == 2000
        gated = every[::10]
        # Last active 0-47 hours before the week: re-engagements spread over hours 72-120
        # (and nobody goes dormant before hour 192).
        conn.execute(
            "UPDATE enrolments SET last_activity_at = %s - (id %% 48) * interval '1 hour'", (V0,)
        )
        conn.execute(
            """
            INSERT INTO week_progress (enrolment_id, week_number, status, unlocks_at)
            SELECT e, 2, 'locked', %s + ((e %% 160) * interval '1 hour') + interval '17 minutes'
            FROM unnest(%s::bigint[]) AS e
            """,
            (V0, gated),
        )
        conn.execute("DROP TABLE IF EXISTS test_deliveries")
        conn.execute(DELIVERIES_TABLE)
    assert len(gated) == WEEK_GATES

    flag = tmp_path / "victim-hung"
    t0 = _time.time() + 4.0  # time for the processes to start
    replicas = [(pg_url, f"w{i}", t0, i == 0, str(flag)) for i in range(4)]
    run_with_a_killed_victim(_replica, replicas, flag, before_kill=0.2)

    hung_key = flag.read_text()
    with psycopg.connect(pg_url, autocommit=True) as conn:
        statuses = Counter(
            dict(conn.execute("SELECT status, count(*) FROM nudges GROUP BY status").fetchall())
        )
        sent = {
            r[0] for r in conn.execute("SELECT idempotency_key FROM nudges WHERE status = 'sent'")
        }
        deliveries = Counter(
            dict(
                conn.execute(
                    "SELECT idempotency_key, count(*) FROM test_deliveries GROUP BY idempotency_key"
                ).fetchall()
            )
        )
        by_worker = dict(
            conn.execute("SELECT worker, count(*) FROM test_deliveries GROUP BY worker").fetchall()
        )
        hung = conn.execute(
            "SELECT status, claimed_by FROM nudges WHERE idempotency_key = %s", (hung_key,)
        ).fetchone()
        reasons = conn.execute(
            "SELECT kind, left(last_error, 60), count(*) FROM nudges WHERE status <> 'sent'"
            " GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 5"
        ).fetchall()
        conn.execute("DROP TABLE test_deliveries")

    expected = (
        _expected_checkins(groups)
        | {f"reengage:{e}:1" for e in every}
        | {f"week:{e}:2" for e in gated}
    )
    duplicates = {key: n for key, n in deliveries.items() if n > 1}
    assert duplicates == {}
    assert set(statuses) == {"sent"}, (
        statuses,
        reasons,
    )  # nothing pending, claimed, expired or lost
    assert sent == expected
    assert set(deliveries) == sent
    assert by_worker["w0"] > 0 and all(by_worker[w] > 0 for w in ("w1", "w2", "w3"))
    assert hung is not None and hung[0] == "sent" and hung[1] != "w0"
