"""`memory`: RSS of a worker process planning and dispatching for 100k enrolments.

The worker runs in its own process (what a `worker` dyno runs: the engine, the
pool, the planner and the dispatcher), samples its own RSS every 100 ms, plans
one nudge per enrolment and dispatches a share of them through an in-process
gateway; the parent reads its report.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import resource
import subprocess
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg

from benchmarks._common import scratch_database
from benchmarks._population import populate, sync_builtin
from benchmarks._progress import Progress
from engine.messages import PlatformIdentity, Reply
from engine.ports import Delivery

DUE = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
PAGE = 4096
# The rows the planner would have inserted: today's check-in for everybody, due at DUE.
SEED = """
INSERT INTO nudges (enrolment_id, user_id, kind, idempotency_key, due_at, payload)
SELECT id, user_id, 'check_in', 'checkin:' || id || ':' || (%(due)s AT TIME ZONE timezone)::date,
    %(due)s, jsonb_build_object('local_date', (%(due)s AT TIME ZONE timezone)::date,
                                'local_time', checkin_time)
FROM enrolments
ON CONFLICT DO NOTHING
"""


def rss_mb() -> float:
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, ValueError, IndexError):
        return float("nan")
    return pages * PAGE / 2**20


class NullGateway:
    """Accepts every nudge at once (the platform is not what is measured here)."""

    def __init__(self) -> None:
        self.sent = 0

    async def send(self, *, identity: PlatformIdentity, replies: Sequence[Reply]) -> Delivery:
        self.sent += 1
        return Delivery(platform_message_id=f"m{self.sent}")


async def worker(url: str, dispatch: int) -> dict[str, Any]:
    """The measured process: plan, then dispatch `dispatch` nudges; report RSS."""
    from engine.clock import VirtualClock
    from engine.messages import Platform
    from engine.nudges import PlatformPacer, dispatch_due, plan_due_nudges
    from engine.store.database import Database

    samples: list[tuple[str, float]] = [("imported", rss_mb())]
    peak = {"mb": samples[0][1]}
    stop = asyncio.Event()

    async def sampler() -> None:
        while not stop.is_set():
            peak["mb"] = max(peak["mb"], rss_mb())
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), 0.1)

    sampling = asyncio.create_task(sampler())
    clock = VirtualClock(start=DUE)
    async with Database(url, max_size=10) as db:
        samples.append(("pool open", rss_mb()))
        started = time.perf_counter()
        planned_total: int | None = None
        try:
            async with db.transaction() as conn:
                # JIT compiles in the server process, not this one; off keeps the bench
                # short (planning time is measured by `bench plan`), and so does the timeout.
                await conn.execute("SET LOCAL jit = off")
                await conn.execute("SET LOCAL statement_timeout = '90s'")
                planned_total = (await plan_due_nudges(conn, DUE)).total
        except psycopg.errors.QueryCanceled:
            # Planning ran too long: give the dispatcher the same rows set-based instead.
            async with db.transaction() as conn:
                await conn.execute(SEED, {"due": DUE})
        plan_seconds = time.perf_counter() - started
        samples.append(("planned", rss_mb()))
        gateway = NullGateway()
        pacer = PlatformPacer({Platform.SLACK: 100_000.0}, burst=100.0)
        started = time.perf_counter()
        outcomes: dict[str, int] = {}
        while gateway.sent < dispatch:
            result = await dispatch_due(
                db,
                {Platform.SLACK: gateway},
                clock,
                worker_id="mem-worker",
                batch=500,
                pacer=pacer,
                concurrency=8,
            )
            for name in ("claimed", "sent", "cancelled", "expired", "deferred", "rescheduled"):
                outcomes[name] = outcomes.get(name, 0) + getattr(result, name)
            if not result.claimed:
                break
        dispatch_seconds = time.perf_counter() - started
        samples.append(("dispatched", rss_mb()))
    stop.set()
    await sampling
    return {
        "planned": planned_total,
        "planning_timed_out_seeded_instead": planned_total is None,
        "plan_seconds": round(plan_seconds, 2),
        "dispatched": gateway.sent,
        "dispatch_seconds": round(dispatch_seconds, 2),
        "dispatch_outcomes": outcomes,
        "rss_mb_at": {name: round(mb, 1) for name, mb in samples},
        "peak_rss_mb_sampled": round(peak["mb"], 1),
        "ru_maxrss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


async def bench_memory(
    *, enrolments: int = 100_000, dispatch: int = 5_000, progress: Progress
) -> dict[str, Any]:
    try:
        from engine.nudges import dispatch_due, plan_due_nudges  # noqa: F401
    except ImportError as exc:
        return {"available": False, "reason": f"engine.nudges not available yet ({exc})"}
    task = progress.task(f"memory: worker with {enrolments} enrolments", 3)
    with scratch_database("memory") as url:
        await sync_builtin(url)
        populate(url, enrolments, due=DUE)
        progress.update(task, advance=1)
        done = await asyncio.to_thread(
            subprocess.run,
            [sys.executable, "-m", "benchmarks.memory", url, str(dispatch)],
            capture_output=True,
            text=True,
            timeout=600,
        )
        progress.update(task, advance=2)
    if done.returncode != 0:
        raise RuntimeError(f"worker failed: {done.stderr.strip().splitlines()[-1:]}")
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    peak = max(report["peak_rss_mb_sampled"], report["ru_maxrss_mb"])
    return {
        "enrolments": enrolments,
        **report,
        "peak_rss_mb": peak,
        "target_le_200mb": peak <= 200,
        "note": "separate worker process: engine + psycopg pool (10) + planner + dispatcher;"
        " the dispatcher sends through an in-process gateway",
    }


if __name__ == "__main__":
    print(json.dumps(asyncio.run(worker(sys.argv[1], int(sys.argv[2])))))
