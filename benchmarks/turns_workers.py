"""`turns` served by N worker processes, each for its own people, as replicas would.

Turns are independent per person: the per-person lock and the idempotency key make any
number of processes serving one database safe, and one process is bound by its own
Python (≈ 3–4 ms of CPU a turn). This figure says what one host does with N of them.
Each process opens its own pool and `Coachbot`, warms up on people of its own, waits
for the others, then replays the learned script for its share of the people; the rate
is all their turns over the time from the common start to the last one's end.

The total concurrency is kept the one-process run's (C turns in flight in all, split
across the processes), so the latency compares with `pgbench` at the same concurrency.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import time
from dataclasses import dataclass
from typing import Any

from benchmarks._common import install_statement_counter, latency_summary, throughput


@dataclass(frozen=True)
class _Share:
    """What one worker process serves (pickled to it by `spawn`)."""

    url: str
    script: list[str]
    index: int
    people: int
    concurrency: int
    pool_size: int


def _serve(share: _Share, barrier: Any, results: Any) -> None:
    """One worker process: warm up, wait for the others, replay, report."""
    import logging

    logging.getLogger("engine").setLevel(logging.ERROR)
    try:
        results.put(asyncio.run(_replay_in_process(share, barrier)))
    except BaseException as exc:  # the parent must hear of it, not wait for a result
        barrier.abort()
        results.put({"error": f"worker {share.index}: {type(exc).__name__}: {exc}"})
        raise


async def _replay_in_process(share: _Share, barrier: Any) -> dict[str, Any]:
    from benchmarks.turns import START, ZeroLatencyLLM, replay
    from engine.clock import VirtualClock
    from engine.llm.offline import OfflineCoach
    from engine.store.database import Database
    from engine.turn import Coachbot

    install_statement_counter(keep_text=False)  # the same wrapping as the one-process run
    db = Database(share.url, max_size=share.pool_size)
    await db.open()
    try:
        clock = VirtualClock(start=START)
        bot = Coachbot(db=db, coach=ZeroLatencyLLM(), offline=OfflineCoach(), clock=clock)
        script, index = share.script, share.index
        await replay(bot, clock, script, people=5, concurrency=1, prefix=f"w{index}-warm-")
        await asyncio.to_thread(barrier.wait)
        started = time.monotonic()
        run = await replay(
            bot,
            clock,
            script,
            people=share.people,
            concurrency=share.concurrency,
            prefix=f"w{index}-",
            keep_latencies=True,
        )
        ended = time.monotonic()
    finally:
        await db.close()
    return {
        "started": started,
        "ended": ended,
        "turns": run["turns"],
        "latencies": run["latencies_s"],
        "failures": run["failures"],
        "cpu_seconds": run["cpu"]["python_cpu_seconds"],
        "statements_mean": run["sql_per_ordinary_turn"].get("statements_mean"),
    }


async def bench_turns_workers(
    url: str,
    script: list[str],
    *,
    workers: int,
    people: int,
    concurrency: int,
    pool_size: int,
    pgbench_tps: float | None = None,
) -> dict[str, Any]:
    """`people` people (split evenly) served by `workers` processes, C in flight in all."""
    ctx = multiprocessing.get_context("spawn")  # no inherited event loop or pool
    barrier = ctx.Barrier(workers, timeout=300)
    results = ctx.Queue()
    per_worker = max(1, concurrency // workers)
    shares = [people // workers + (1 if i < people % workers else 0) for i in range(workers)]
    processes = [
        ctx.Process(
            target=_serve,
            args=(_Share(url, script, i, shares[i], per_worker, pool_size), barrier, results),
            daemon=True,
        )
        for i in range(workers)
    ]
    for process in processes:
        process.start()
    try:
        runs = [await asyncio.to_thread(results.get, True, 600) for _ in processes]
    finally:
        for process in processes:
            process.join(timeout=30)
            if process.is_alive():
                process.kill()
    errors = [r["error"] for r in runs if "error" in r]
    if errors:
        raise RuntimeError("; ".join(errors))
    elapsed = max(r["ended"] for r in runs) - min(r["started"] for r in runs)
    turns = sum(r["turns"] for r in runs)
    failures: dict[str, int] = {}
    for run in runs:
        for kind, n in run["failures"].items():
            failures[kind] = failures.get(kind, 0) + n
    result: dict[str, Any] = {
        "workers": workers,
        "concurrency_per_worker": per_worker,
        "concurrency_total": per_worker * workers,
        "people": sum(shares),
        "turns": turns,
        **throughput(turns, elapsed, "turns_per_s"),
        "turns_per_s_by_worker": [round(r["turns"] / (r["ended"] - r["started"]), 1) for r in runs],
        "latency": latency_summary([s for r in runs for s in r["latencies"]]),
        "python_cpu_ms_per_turn": round(sum(r["cpu_seconds"] for r in runs) / turns * 1000, 3),
        "sql_per_ordinary_turn_mean": [r["statements_mean"] for r in runs],
        "failures": failures,
    }
    if pgbench_tps:
        result["ratio_to_pgbench"] = round(result["turns_per_s"] / pgbench_tps, 3)
    return result
