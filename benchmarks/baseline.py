"""`baseline`: TPC-B-like transactions, the database's own ceiling for our turns.

The same five statements pgbench's built-in "tpcb-like" script runs (update an
account, read its balance, update a teller and a branch, insert history), sent
from Python with psycopg's async pool at the engine's pool size and concurrency.
`pgbench` itself runs too when it is installed.
"""

from __future__ import annotations

import asyncio
import random
import re
import shutil
import subprocess
import time
from typing import Any

import psycopg
from psycopg_pool import AsyncConnectionPool

from benchmarks._common import CpuMeter, latency_summary, scratch_database, throughput
from benchmarks._progress import Progress

TPCB = (
    "UPDATE pgbench_accounts SET abalance = abalance + %(delta)s WHERE aid = %(aid)s",
    "SELECT abalance FROM pgbench_accounts WHERE aid = %(aid)s",
    "UPDATE pgbench_tellers SET tbalance = tbalance + %(delta)s WHERE tid = %(tid)s",
    "UPDATE pgbench_branches SET bbalance = bbalance + %(delta)s WHERE bid = %(bid)s",
    "INSERT INTO pgbench_history (tid, bid, aid, delta, mtime)"
    " VALUES (%(tid)s, %(bid)s, %(aid)s, %(delta)s, CURRENT_TIMESTAMP)",
)


def init_tables(url: str, scale: int) -> None:
    """pgbench's tables at `scale` (pgbench -i when installed, the same shape otherwise)."""
    if shutil.which("pgbench"):
        subprocess.run(
            ["pgbench", "-i", "-q", "-s", str(scale), url],
            check=True,
            capture_output=True,
        )
        return
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(
            """
            CREATE TABLE pgbench_branches (bid int PRIMARY KEY, bbalance int, filler char(88));
            CREATE TABLE pgbench_tellers (tid int PRIMARY KEY, bid int, tbalance int,
                filler char(84));
            CREATE TABLE pgbench_accounts (aid int PRIMARY KEY, bid int, abalance int,
                filler char(84));
            CREATE TABLE pgbench_history (tid int, bid int, aid int, delta int,
                mtime timestamp, filler char(22));
            """
        )
        conn.execute(
            "INSERT INTO pgbench_branches SELECT g, 0 FROM generate_series(1, %s) g", (scale,)
        )
        conn.execute(
            "INSERT INTO pgbench_tellers SELECT g, (g - 1) / 10 + 1, 0"
            " FROM generate_series(1, %s) g",
            (10 * scale,),
        )
        conn.execute(
            "INSERT INTO pgbench_accounts SELECT g, (g - 1) / 100000 + 1, 0, ''"
            " FROM generate_series(1, %s) g",
            (100_000 * scale,),
        )
        conn.execute("VACUUM ANALYZE")


async def python_tpcb(
    url: str, *, scale: int, concurrency: int, pool_size: int, seconds: float, progress: Progress
) -> dict[str, Any]:
    pool: AsyncConnectionPool[Any] = AsyncConnectionPool(
        url, min_size=pool_size, max_size=pool_size, open=False
    )
    await pool.open(wait=True, timeout=30)
    latencies: list[float] = []
    rng = random.Random(1)
    deadline = time.perf_counter() + seconds
    task = progress.task("baseline: TPC-B from Python", total=seconds)

    async def client() -> None:
        while time.perf_counter() < deadline:
            params = {
                "aid": rng.randint(1, 100_000 * scale),
                "tid": rng.randint(1, 10 * scale),
                "bid": rng.randint(1, scale),
                "delta": rng.randint(-5000, 5000),
            }
            started = time.perf_counter()
            async with pool.connection() as conn, conn.transaction():
                for statement in TPCB:
                    await conn.execute(statement, params)
            latencies.append(time.perf_counter() - started)

    async def ticker() -> None:
        begun = time.perf_counter()
        while time.perf_counter() < deadline:
            progress.update(task, completed=time.perf_counter() - begun)
            await asyncio.sleep(0.2)

    begun = time.perf_counter()
    meter = CpuMeter()
    await asyncio.gather(ticker(), *(client() for _ in range(concurrency)))
    elapsed = time.perf_counter() - begun
    cpu = meter.read()
    cpu["python_cpu_ms_per_transaction"] = round(
        cpu["python_cpu_seconds"] / max(len(latencies), 1) * 1000, 3
    )
    progress.update(task, completed=seconds)
    await pool.close()
    return {
        "transactions": len(latencies),
        **throughput(len(latencies), elapsed, "tps"),
        "latency": latency_summary(latencies),
        "round_trips_per_transaction": 7,
        "cpu": cpu,
    }


def run_pgbench(url: str, *, concurrency: int, seconds: float, protocol: str) -> dict[str, Any]:
    threads = max(1, min(concurrency, 2))
    done = subprocess.run(
        [
            "pgbench",
            "-n",
            "-c",
            str(concurrency),
            "-j",
            str(threads),
            "-T",
            str(int(seconds)),
            "-M",
            protocol,
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    tps = re.search(r"tps = ([\d.]+) \(without initial connection time\)", done.stdout)
    lat = re.search(r"latency average = ([\d.]+) ms", done.stdout)
    count = re.search(r"number of transactions actually processed: (\d+)", done.stdout)
    return {
        "protocol": protocol,
        "transactions": int(count.group(1)) if count else None,
        "tps": round(float(tps.group(1)), 1) if tps else None,
        "latency_avg_ms": float(lat.group(1)) if lat else None,
    }


async def _python_run(
    url: str, scale: int, concurrency: int, pool_size: int, seconds: float, progress: Progress, /
) -> dict[str, Any]:
    """Fresh TPC-B tables at `scale`, then the Python (psycopg async) run on them."""
    init_tables(url, scale)
    return await python_tpcb(
        url,
        scale=scale,
        concurrency=concurrency,
        pool_size=pool_size,
        seconds=seconds,
        progress=progress,
    )


async def bench_baseline(
    *,
    concurrency: int = 4,
    pool_size: int = 10,
    seconds: float = 10.0,
    scale: int = 4,
    again: bool = False,
    progress: Progress,
) -> dict[str, Any]:
    """TPC-B-like TPS from Python (psycopg async) and from pgbench, on a scratch database.

    `again`: the Python run only, once more after `turns` (how much the ceiling moved).
    """
    with scratch_database("baseline2" if again else "baseline", migrated=False) as url:
        python = await _python_run(url, scale, concurrency, pool_size, seconds, progress)
        if again:
            return {"what": "Python TPC-B again, right after turns", "python_psycopg": python}
        result: dict[str, Any] = {
            "what": "pgbench tpcb-like transaction (5 statements + BEGIN/COMMIT)",
            "scale": scale,
            "concurrency": concurrency,
            "pool_size": pool_size,
            "python_psycopg": python,
        }
        if shutil.which("pgbench"):
            task = progress.task("baseline: pgbench", total=2)
            result["pgbench"] = run_pgbench(
                url, concurrency=concurrency, seconds=seconds, protocol="simple"
            )
            progress.update(task, completed=1)
            result["pgbench_prepared"] = run_pgbench(
                url, concurrency=concurrency, seconds=seconds, protocol="prepared"
            )
            progress.update(task, completed=2)
            result["python_vs_pgbench"] = round(python["tps"] / result["pgbench"]["tps"], 3)
        else:
            result["pgbench"] = {"available": False, "reason": "pgbench is not installed"}
        return result
