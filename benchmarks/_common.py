"""What every benchmark shares: scratch databases, machine details, statement counting."""

from __future__ import annotations

import contextlib
import contextvars
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql

from bot.database import database_at, resolve_url

ROOT = Path(__file__).resolve().parent.parent


def server_url() -> str:
    """The PostgreSQL server the bench runs against: DATABASE_URL, else the embedded one."""
    from bot.settings import load_settings

    s = load_settings()
    return resolve_url(s.database_url, s.coachbot_data_dir)


@contextlib.contextmanager
def scratch_database(label: str, *, migrated: bool = True) -> Iterator[str]:
    """Create `coachbot_bench_<label>_<pid>` on the server, yield its URL, drop it after."""
    admin = server_url()
    name = f"coachbot_bench_{label}_{os.getpid()}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    url = database_at(admin, name)
    try:
        if migrated:
            from bot.migrate import upgrade

            upgrade(url)
        yield url
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


def percentile(values: Sequence[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def latency_summary(seconds: Sequence[float]) -> dict[str, float]:
    """p50/p95/p99/max/mean in milliseconds."""
    ms = [s * 1000 for s in seconds]
    return {
        "p50_ms": round(percentile(ms, 50), 2),
        "p95_ms": round(percentile(ms, 95), 2),
        "p99_ms": round(percentile(ms, 99), 2),
        "max_ms": round(max(ms), 2) if ms else float("nan"),
        "mean_ms": round(statistics.fmean(ms), 2) if ms else float("nan"),
    }


def throughput(count: float, elapsed: float, per_second: str) -> dict[str, float]:
    """How long a run took and how many things a second it did, under the bench's own name."""
    return {"seconds": round(elapsed, 2), per_second: round(count / elapsed, 1)}


def machine() -> dict[str, Any]:
    """The machine, Python and PostgreSQL the figures were measured on."""
    cpu_model = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
    mem_total_mb = None
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem_total_mb = int(line.split()[1]) // 1024
    commit = None
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        commit = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            timeout=5,
        ).stdout.strip()
    info: dict[str, Any] = {
        "hostname": platform.node(),
        "os": platform.platform(),
        "cpu_model": cpu_model,
        "cpu_count": os.cpu_count(),
        "mem_total_mb": mem_total_mb,
        "python": sys.version.split()[0],
        "psycopg": psycopg.__version__,
        "git_commit": commit,
        "pgbench": shutil.which("pgbench"),
    }
    with contextlib.suppress(Exception), psycopg.connect(server_url(), connect_timeout=10) as conn:
        info["postgresql"] = conn.execute("SHOW server_version").fetchone()[0]  # type: ignore[index]
        for name in ("shared_buffers", "synchronous_commit", "fsync", "max_connections"):
            info[f"pg_{name}"] = conn.execute(f"SHOW {name}").fetchone()[0]  # type: ignore[index]
        host = conn.info.host
        info["pg_host"] = host if not host.startswith("/") else "unix socket (embedded)"
    return info


# --- counting SQL statements ---------------------------------------------------------


@dataclass
class StatementCount:
    """Statements sent by the code running in one task (and tasks it starts)."""

    statements: int = 0  # cursor.execute / executemany: the SQL the engine writes
    commands: int = 0  # BEGIN, COMMIT, ROLLBACK, SAVEPOINT sent by psycopg itself
    pool_checks: int = 0  # the pool's connection check on checkout (an empty query)
    db_seconds: float = 0.0  # wall time spent waiting on those round trips
    texts: list[str] = field(default_factory=list)
    timings: list[float] = field(default_factory=list)  # seconds, one per entry of `texts`

    @property
    def round_trips(self) -> int:
        return self.statements + self.commands + self.pool_checks


current_count: contextvars.ContextVar[StatementCount | None] = contextvars.ContextVar(
    "current_count", default=None
)
_installed = False
_keep = {"text": False}


def install_statement_counter(*, keep_text: bool = False) -> None:
    """Wrap psycopg's async cursor and connection so each task's statements are counted.

    Only this process is affected; the engine's code is unchanged.
    """
    global _installed
    _keep["text"] = keep_text
    if _installed:
        return
    _installed = True
    from psycopg import AsyncConnection, AsyncCursor
    from psycopg_pool import AsyncConnectionPool

    execute = AsyncCursor.execute
    executemany = AsyncCursor.executemany
    exec_command = AsyncConnection._exec_command
    check = AsyncConnectionPool.check_connection

    async def counted_execute(self: Any, query: Any, params: Any = None, **kw: Any) -> Any:
        count = current_count.get()
        if count is None:
            return await execute(self, query, params, **kw)
        count.statements += 1
        keep = _keep["text"]
        if keep:
            count.texts.append(" ".join(str(query).split())[:80])
            count.timings.append(0.0)
            index = len(count.timings) - 1
        started = time.perf_counter()
        try:
            return await execute(self, query, params, **kw)
        finally:
            took = time.perf_counter() - started
            count.db_seconds += took
            if keep:
                count.timings[index] = took

    async def counted_executemany(self: Any, query: Any, params_seq: Any, **kw: Any) -> Any:
        count = current_count.get()
        if count is not None:
            count.statements += 1
        return await executemany(self, query, params_seq, **kw)

    def counted_command(self: Any, command: Any, *args: Any, **kw: Any) -> Any:
        # A generator function in psycopg (BEGIN/COMMIT/ROLLBACK go through it).
        count = current_count.get()
        if count is not None:
            count.commands += 1
            index = None
            if _keep["text"]:
                text = command.decode() if isinstance(command, bytes) else str(command)
                count.texts.append(f"<{text[:40]}>")
                count.timings.append(0.0)
                index = len(count.timings) - 1
            return _timed(exec_command(self, command, *args, **kw), count, index)
        return exec_command(self, command, *args, **kw)

    async def counted_check(conn: Any) -> None:
        count = current_count.get()
        started = time.perf_counter()
        await check(conn)
        if count is not None:
            count.statements -= 1  # the check's empty query went through cursor.execute
            count.pool_checks += 1
            if _keep["text"]:
                count.texts.pop()
                count.timings.pop()
                count.texts.append("<pool check>")
                count.timings.append(time.perf_counter() - started)

    AsyncCursor.execute = counted_execute  # type: ignore[method-assign]
    AsyncCursor.executemany = counted_executemany  # type: ignore[method-assign]
    AsyncConnection._exec_command = counted_command  # type: ignore[method-assign]
    AsyncConnectionPool.check_connection = staticmethod(counted_check)  # type: ignore[method-assign]


def _timed(gen: Any, count: StatementCount, index: int | None) -> Any:
    started = time.perf_counter()
    try:
        return (yield from gen)
    finally:
        took = time.perf_counter() - started
        count.db_seconds += took
        if index is not None:
            count.timings[index] = took


def _cpu_jiffies() -> tuple[int, int]:
    """(busy, total) jiffies of the whole machine, from /proc/stat."""
    try:
        fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return (0, 0)
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return (sum(fields) - idle, sum(fields))


class CpuMeter:
    """This process's CPU seconds and the machine's CPU use over an interval."""

    def __init__(self) -> None:
        self.process = time.process_time()
        self.wall = time.perf_counter()
        self.machine = _cpu_jiffies()

    def read(self) -> dict[str, float]:
        busy0, total0 = self.machine
        busy1, total1 = _cpu_jiffies()
        cores = os.cpu_count() or 1
        share = (busy1 - busy0) / (total1 - total0) if total1 > total0 else float("nan")
        return {
            "python_cpu_seconds": round(time.process_time() - self.process, 3),
            "wall_seconds": round(time.perf_counter() - self.wall, 3),
            "machine_cpu_busy": round(share, 3),
            "machine_cores_busy": round(share * cores, 2),
        }
