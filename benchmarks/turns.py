"""`turns`: simulated people taking a week of turns through `Coachbot.handle`.

A probe person walks week 1 of the program once, reading their position from the
database between turns, to learn the script (the offline coach is deterministic,
so every sincere person types the same lines). The timed run then replays that
script for N people, C at a time, with no extra queries: what is measured is
the engine's turn and nothing else.
"""

from __future__ import annotations

import asyncio
import cProfile
import io
import pstats
import time
from collections import Counter
from datetime import UTC, datetime
from typing import Any

from adapters.console import ConsoleSession
from benchmarks._common import (
    CpuMeter,
    StatementCount,
    current_count,
    install_statement_counter,
    latency_summary,
    scratch_database,
    throughput,
)
from benchmarks._people import STATE_SQL, Position, sincere_answer
from benchmarks._progress import Progress
from benchmarks.turns_workers import bench_turns_workers
from engine.clock import VirtualClock
from engine.llm.offline import OfflineCoach
from engine.llm.types import CoachRequest, CoachResult
from engine.ports import Coach
from engine.programs.loader import builtin_programs
from engine.programs.model import ProgramSpec
from engine.programs.sync import sync_programs
from engine.store.database import Database
from engine.turn import SORRY, Coachbot

START = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


class ZeroLatencyLLM:
    """A fake LLM that answers at once, as the offline coach would.

    A separate object from the fallback, so the engine treats it as a remote LLM: a turn
    that needs a judgement rolls back, asks it outside the transaction, and replays, as
    it does in production. (With the offline coach itself as the coach, that path is
    skipped.)
    """

    name = "zero-latency fake LLM"

    def __init__(self) -> None:
        self.inner = OfflineCoach()
        self.calls = 0

    async def evaluate(self, request: CoachRequest) -> CoachResult:
        self.calls += 1
        return await self.inner.evaluate(request)


async def make_bot(
    url: str, *, pool_size: int, llm: str = "fake"
) -> tuple[Database, Coachbot, VirtualClock]:
    db = Database(url, max_size=pool_size)
    await db.open()
    async with db.transaction() as conn:
        await sync_programs(conn, builtin_programs())
    clock = VirtualClock(start=START)
    offline = OfflineCoach()
    coach: Coach = ZeroLatencyLLM() if llm == "fake" else offline
    return db, Coachbot(db=db, coach=coach, offline=offline, clock=clock), clock


def program_spec(slug: str) -> ProgramSpec:
    for loaded in builtin_programs():
        if loaded.spec.slug == slug:
            return loaded.spec
    raise ValueError(f"no built-in program {slug!r}")


async def learn_week_script(
    db: Database, bot: Coachbot, clock: VirtualClock, slug: str
) -> list[str]:
    """What a sincere person types from `start` to the end of week 1."""
    spec = program_spec(slug)
    session = ConsoleSession(
        bot, clock, user="probe", display_name="probe", timezone="Europe/Lisbon"
    )
    script = [f"start {slug}"]
    await session.send(script[0])
    for _ in range(100):
        async with db.transaction() as conn:
            row = await (await conn.execute(STATE_SQL, ("probe",))).fetchone()
        assert row is not None
        pos = Position.from_row(row)
        if pos.status != "active" or pos.locked or pos.week != 1:
            return script
        step = pos.step_spec(spec)
        if step is None:
            return script
        text = sincere_answer(step, pos.part)
        script.append(text)
        await session.send(text)
    raise RuntimeError("week 1 did not end within 100 turns")


async def replay(
    bot: Coachbot,
    clock: VirtualClock,
    script: list[str],
    *,
    people: int,
    concurrency: int,
    prefix: str,
    progress: Progress | None = None,
    keep_latencies: bool = False,
) -> dict[str, Any]:
    """Run `script` for `people` people, `concurrency` at a time; time and count each turn."""
    latencies: dict[str, list[float]] = {"first": [], "ordinary": []}
    counts: dict[str, list[StatementCount]] = {"first": [], "ordinary": []}
    failures = Counter[str]()
    queue: asyncio.Queue[int] = asyncio.Queue()
    for n in range(people):
        queue.put_nowait(n)
    task = (
        progress.task(f"turns: {people} people × {len(script)} turns", people) if progress else None
    )

    async def worker() -> None:
        while not queue.empty():
            n = queue.get_nowait()
            session = ConsoleSession(
                bot,
                clock,
                user=f"{prefix}{n}",
                display_name=f"Person {n}",
                timezone="Europe/Lisbon",
            )
            for i, text in enumerate(script):
                kind = "first" if i == 0 else "ordinary"
                count = StatementCount()
                token = current_count.set(count)
                started = time.perf_counter()
                try:
                    replies = await session.send(text)
                finally:
                    elapsed = time.perf_counter() - started
                    current_count.reset(token)
                latencies[kind].append(elapsed)
                counts[kind].append(count)
                if not replies:
                    failures["no reply"] += 1
                elif any(r.text == SORRY for r in replies):
                    failures["SORRY reply"] += 1
            if progress and task is not None:
                progress.update(task, advance=1)

    begun = time.perf_counter()
    meter = CpuMeter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    elapsed = time.perf_counter() - begun
    cpu = meter.read()
    turns = sum(len(v) for v in latencies.values())
    cpu["python_cpu_ms_per_turn"] = round(cpu["python_cpu_seconds"] / max(turns, 1) * 1000, 3)
    everything = latencies["first"] + latencies["ordinary"]
    kept = {"latencies_s": everything} if keep_latencies else {}
    return {
        **kept,
        "people": people,
        "concurrency": concurrency,
        "turns": turns,
        **throughput(turns, elapsed, "turns_per_s"),
        "latency": latency_summary(everything),
        "latency_ordinary": latency_summary(latencies["ordinary"]),
        "latency_first": latency_summary(latencies["first"]),
        "sql_per_ordinary_turn": _count_summary(counts["ordinary"]),
        "sql_per_first_turn": _count_summary(counts["first"]),
        "failures": dict(failures),
        "cpu": cpu,
        "cost_breakdown_ordinary": _breakdown(counts["ordinary"], latencies["ordinary"]),
    }


def _breakdown(counts: list[StatementCount], latencies: list[float]) -> dict[str, Any] | None:
    """Where an ordinary turn's time goes: each kind of statement, and Python in between."""
    if not counts or not counts[0].texts:
        return None
    turns = len(counts)
    by_kind: dict[str, list[float]] = {}
    for count in counts:
        for text, took in zip(count.texts, count.timings, strict=True):
            by_kind.setdefault(_kind(text), []).append(took)
    mean_turn = sum(latencies) / turns
    db = sum(c.db_seconds for c in counts) / turns
    rows = sorted(
        (
            {
                "statement": kind,
                "per_turn": round(len(v) / turns, 2),
                "mean_ms": round(sum(v) / len(v) * 1000, 3),
                "ms_per_turn": round(sum(v) / turns * 1000, 3),
                "share_of_turn": round(sum(v) / turns / mean_turn, 3),
            }
            for kind, v in by_kind.items()
        ),
        key=lambda r: -float(str(r["ms_per_turn"])),
    )
    return {
        "turn_mean_ms": round(mean_turn * 1000, 3),
        "database_round_trips_ms": round(db * 1000, 3),
        "python_between_round_trips_ms": round((mean_turn - db) * 1000, 3),
        "statements": rows,
    }


def _kind(text: str) -> str:
    """A short name for a statement: its first words, up to the first table name."""
    if text.startswith("<"):
        return text
    words = text.replace("(", " ").split()
    for i, word in enumerate(words):
        if word.upper() in {"FROM", "INTO", "UPDATE"} and i + 1 < len(words):
            head = (
                " ".join(words[: min(i + 2, 4)])
                if word.upper() != "UPDATE"
                else f"UPDATE {words[i + 1]}"
            )
            return head[:60]
    return " ".join(words[:4])[:60]


def _count_summary(counts: list[StatementCount]) -> dict[str, float]:
    if not counts:
        return {}
    n = len(counts)
    statements = sorted(c.statements for c in counts)
    return {
        "statements_mean": round(sum(statements) / n, 2),
        "statements_max": statements[-1],
        "begin_commit_mean": round(sum(c.commands for c in counts) / n, 2),
        "pool_checks_mean": round(sum(c.pool_checks for c in counts) / n, 2),
        "round_trips_mean": round(sum(c.round_trips for c in counts) / n, 2),
        "db_wait_ms_mean": round(sum(c.db_seconds for c in counts) / n * 1000, 3),
    }


async def statement_listing(
    bot: Coachbot, clock: VirtualClock, script: list[str]
) -> list[list[str]]:
    """The SQL of each turn of one more person (first 80 characters), for the report."""
    install_statement_counter(keep_text=True)
    session = ConsoleSession(bot, clock, user="listing", display_name="listing", timezone="UTC")
    listing = []
    for text in script:
        count = StatementCount()
        token = current_count.set(count)
        try:
            await session.send(text)
        finally:
            current_count.reset(token)
        listing.append(count.texts)
    return listing


async def bench_turns(
    *,
    people: int = 200,
    concurrency: int = 4,
    pool_size: int = 10,
    program: str = "demo",
    baseline_tps: float | None = None,
    pgbench_tps: float | None = None,
    profile: bool = False,
    workers: int = 0,
    progress: Progress,
) -> dict[str, Any]:
    install_statement_counter(keep_text=False)
    with scratch_database("turns") as url:
        db, bot, clock = await make_bot(url, pool_size=pool_size)
        try:
            script = await learn_week_script(db, bot, clock, program)
            install_statement_counter(keep_text=True)  # per-statement timings, C=1 only
            serial = await replay(
                bot, clock, script, people=min(20, people), concurrency=1, prefix="serial-"
            )
            install_statement_counter(keep_text=False)
            profiler = cProfile.Profile() if profile else None
            if profiler:
                profiler.enable()
            main = await replay(
                bot,
                clock,
                script,
                people=people,
                concurrency=concurrency,
                prefix="p-",
                progress=progress,
            )
            if profiler:
                profiler.disable()
            # The same people and script with the offline coach as the coach: no deferral.
            offline = OfflineCoach()
            offline_bot = Coachbot(db=db, coach=offline, offline=offline, clock=clock)
            offline_mode = await replay(
                offline_bot,
                clock,
                script,
                people=min(50, people),
                concurrency=concurrency,
                prefix="offline-",
            )
            async with db.transaction() as conn:
                row = await (
                    await conn.execute(
                        "SELECT count(*) AS n FROM enrolments e JOIN platform_identities i"
                        " ON i.user_id = e.user_id WHERE i.platform_user_id LIKE 'p-%%'"
                        " AND e.step_state ? 'locked_until'"
                    )
                ).fetchone()
            finished_week = row["n"] if row else 0
            listing = await statement_listing(bot, clock, script)
            several = None
            if workers > 1:  # the same people again, served by `workers` processes
                several = await bench_turns_workers(
                    url,
                    script,
                    workers=workers,
                    people=people,
                    concurrency=concurrency,
                    pool_size=pool_size,
                    pgbench_tps=pgbench_tps,
                )
        finally:
            await db.close()
    result: dict[str, Any] = {
        "program": program,
        "turns_per_person": len(script),
        "script": script,
        "pool_size": pool_size,
        **main,
        "people_who_finished_week_1": finished_week,
        "uncontended": {
            k: serial[k]
            for k in (
                "people",
                "turns",
                "turns_per_s",
                "latency",
                "latency_ordinary",
                "sql_per_ordinary_turn",
                "cpu",
                "cost_breakdown_ordinary",
            )
        },
        "statements_of_one_person": listing,
        "llm": "zero-latency fake LLM answering like the OfflineCoach (a remote coach to the"
        " engine: judgements are deferred, asked outside the transaction, and replayed)",
        "offline_coach_mode": {
            k: offline_mode[k]
            for k in ("people", "turns", "turns_per_s", "latency", "sql_per_ordinary_turn")
        },
    }
    if several is not None:
        result["worker_processes"] = several
    if baseline_tps:
        ratio = main["turns_per_s"] / baseline_tps
        result["baseline_tps"] = baseline_tps
        result["ratio_to_baseline"] = round(ratio, 3)
    if pgbench_tps:
        result["pgbench_tps"] = pgbench_tps
        result["ratio_to_pgbench"] = round(main["turns_per_s"] / pgbench_tps, 3)
    result["targets"] = {
        "ratio_to_baseline >= 0.333": None
        if not baseline_tps
        else result["ratio_to_baseline"] >= 1 / 3,
        "p99_ms <= 10": main["latency"]["p99_ms"] <= 10,
        "sql_per_ordinary_turn <= 10": main["sql_per_ordinary_turn"]["statements_mean"] <= 10,
    }
    if profiler:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(40)
        result["profile_cumulative_top40"] = out.getvalue().splitlines()
    return result
