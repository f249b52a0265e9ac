"""`dispatch`: delivering 10,000 nudges through a rate-limited fake platform on loopback.

The platform accepts `limit` messages a second and answers 429 with Retry-After
beyond that; it counts every accepted message by the nudge's idempotency key, so
a lost or doubled nudge shows. The dispatcher (`engine.nudges.dispatch_due`) runs
as one worker, with its `PlatformPacer` set to the platform's published limit.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import aiohttp
import psycopg

from benchmarks._common import (
    StatementCount,
    current_count,
    install_statement_counter,
    scratch_database,
)
from benchmarks._fakes import RateLimitedPlatform
from benchmarks._population import populate, sync_builtin
from benchmarks._progress import Progress
from engine.clock import VirtualClock
from engine.messages import Platform, PlatformIdentity, Reply
from engine.ports import Delivery, DeliveryDeferred
from engine.store.database import Database


def dispatcher_available() -> str | None:
    try:
        from engine.nudges import PlatformPacer, current_nudge, dispatch_due  # noqa: F401
    except ImportError as exc:
        return f"engine.nudges dispatcher not available yet ({exc})"
    return None


class PlatformGateway:
    """A `ChatGateway` posting to the fake platform; 429 becomes `DeliveryDeferred`."""

    def __init__(self, session: aiohttp.ClientSession, url: str) -> None:
        self.session = session
        self.url = url
        self.rate_limited = 0

    async def send(self, *, identity: PlatformIdentity, replies: Sequence[Reply]) -> Delivery:
        from engine.nudges import current_nudge

        nudge = current_nudge.get()
        payload = {
            "key": nudge.idempotency_key if nudge else None,
            "user": identity.user_id,
            "text": "\n".join(r.as_plain_text() for r in replies),
        }
        try:
            async with self.session.post(self.url, json=payload) as response:
                body = await response.json()
                if response.status == 429:
                    self.rate_limited += 1
                    raise DeliveryDeferred(
                        "rate limited",
                        float(response.headers.get("Retry-After", "1")),
                        rate_limited=True,
                    )
                if response.status >= 500:
                    raise DeliveryDeferred(f"HTTP {response.status}")
        except aiohttp.ClientError as exc:
            raise DeliveryDeferred(f"network: {exc}") from exc
        return Delivery(platform_message_id=str(body["id"]))


def _seed_nudges(url: str, due: datetime) -> int:
    with psycopg.connect(url, autocommit=True) as conn:
        # Throughput against the platform's limit, whatever the hour the bench runs at: no
        # quiet hours (the default 21:00-08:00 would hold back the zones where it is night).
        conn.execute("UPDATE enrolments SET quiet_start = time '00:00', quiet_end = time '00:00'")
        cur = conn.execute(
            """
            INSERT INTO nudges (enrolment_id, user_id, kind, idempotency_key, due_at, payload)
            SELECT id, user_id, 're_engage', 'reengage:' || id || ':1', %s,
                '{"count": 1}'::jsonb
            FROM enrolments
            """,
            (due,),
        )
        conn.execute("VACUUM ANALYZE nudges")
        return cur.rowcount


def _statuses(url: str) -> dict[str, int]:
    with psycopg.connect(url) as conn:
        rows = conn.execute("SELECT status, count(*) FROM nudges GROUP BY status").fetchall()
    return {str(status): int(n) for status, n in rows}


async def bench_dispatch(
    *,
    nudges: int = 10_000,
    limit: float = 500.0,
    concurrency: int = 8,
    batch: int = 500,
    pool_size: int = 10,
    pacer_rate: float | None = None,
    overdrive: bool = True,
    progress: Progress,
) -> dict[str, Any]:
    missing = dispatcher_available()
    if missing:
        return {"available": False, "reason": missing}
    from engine.nudges import PlatformPacer, dispatch_due

    install_statement_counter()
    start = datetime.now(UTC)
    platform = RateLimitedPlatform(limit)
    await platform.start()
    task = progress.task(f"dispatch: {nudges} nudges at {limit:g}/s", nudges)
    try:
        with scratch_database("dispatch") as url:
            await sync_builtin(url)
            populate(url, nudges, due=start)
            seeded = _seed_nudges(url, start - timedelta(minutes=1))
            clock = VirtualClock()  # real time; moved on only to skip a retry backoff
            skipped = 0.0
            pacer = PlatformPacer({Platform.SLACK: pacer_rate or limit})
            count = StatementCount()
            token = current_count.set(count)
            rounds = 0
            totals: dict[str, int] = {}
            async with (
                Database(url, max_size=pool_size) as db,
                aiohttp.ClientSession(
                    connector=aiohttp.TCPConnector(limit=concurrency * 2)
                ) as session,
            ):
                gateway = PlatformGateway(session, platform.url)
                begun = time.perf_counter()
                deadline = begun + max(120.0, 5 * nudges / limit)
                while time.perf_counter() < deadline:
                    outcome = await dispatch_due(
                        db,
                        {Platform.SLACK: gateway},
                        clock,
                        worker_id="bench-worker-1",
                        batch=batch,
                        pacer=pacer,
                        concurrency=concurrency,
                    )
                    rounds += 1
                    for name, n in outcome.counts().items():
                        totals[name] = totals.get(name, 0) + n
                    progress.update(task, completed=sum(platform.accepted.values()))
                    if outcome.claimed:
                        continue
                    async with db.transaction() as conn:
                        row = await (
                            await conn.execute(
                                "SELECT count(*) AS n, min(next_attempt_at) AS next FROM nudges"
                                " WHERE status IN ('pending', 'claimed')"
                            )
                        ).fetchone()
                    if not row or not row["n"]:
                        break
                    if row["next"] is not None and row["next"] > clock.now():
                        gap = (row["next"] - clock.now()).total_seconds() + 0.001
                        clock.advance(timedelta(seconds=gap))
                        skipped += gap
                    else:
                        await asyncio.sleep(0.05)
                elapsed = time.perf_counter() - begun
            current_count.reset(token)
            statuses = _statuses(url)
    finally:
        await platform.stop()
    accepted = platform.accepted
    sending = (
        (platform.last_accept - platform.first_accept)
        if platform.first_accept and platform.last_accept
        else 0.0
    )
    delivered = len(accepted)
    achieved = (sum(accepted.values()) - 1) / sending if sending > 0 else 0.0
    result: dict[str, Any] = {
        "nudges": seeded,
        "platform_limit_per_s": limit,
        "pacer_rate_per_s": pacer_rate or limit,
        "worker_concurrency": concurrency,
        "claim_batch": batch,
        "dispatch_rounds": rounds,
        "seconds": round(elapsed, 2),
        "sending_seconds": round(sending, 2),
        "achieved_per_s": round(achieved, 1),
        "achieved_over_limit": round(achieved / limit, 3),
        "rate_limited_429": platform.rejected_429,
        "delivered": delivered,
        # Not delivered but recorded (failed after max attempts, expired, ...) is not lost:
        # lost is what the platform never got and the outbox does not account for.
        "undelivered": seeded - delivered,
        "undelivered_recorded_as": {
            k: v
            for k, v in statuses.items()
            if k in ("failed", "expired", "cancelled", "unreachable")
        },
        "lost": seeded
        - delivered
        - sum(
            v for k, v in statuses.items() if k in ("failed", "expired", "cancelled", "unreachable")
        ),
        "doubled": sum(n - 1 for n in accepted.values() if n > 1),
        "rows_by_status": statuses,
        "dispatcher_totals": totals,
        "retry_backoff_skipped_virtual_seconds": round(skipped, 1),
        "sql_per_nudge": {
            "statements": round(count.statements / max(seeded, 1), 2),
            "begin_commit": round(count.commands / max(seeded, 1), 2),
            "pool_checks": round(count.pool_checks / max(seeded, 1), 2),
        },
        "target_achieved_ge_95pct": achieved / limit >= 0.95,
        "note": f"fake limit {limit:g}/s instead of Discord's 50/s keeps `make bench` short;"
        " one worker process",
    }
    if overdrive:
        # The same with the pacer set 1.5× above the platform's limit (a wrong setting, or
        # a limit shared with another app): 429s must cost time, never a nudge.
        slow = min(limit, 100.0)
        result["overdriven_pacer"] = await bench_dispatch(
            nudges=max(min(nudges // 5, 1000), 100),
            limit=slow,
            concurrency=concurrency,
            batch=batch,
            pool_size=pool_size,
            pacer_rate=1.5 * slow,
            overdrive=False,
            progress=progress,
        )
    return result
