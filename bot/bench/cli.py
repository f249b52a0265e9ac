"""`coachbot bench …` and `coachbot simulate …`: JSON figures, a progress bar on stderr."""

from __future__ import annotations

import asyncio
import json
import logging
import time
import traceback
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import typer
from rich.console import Console

from bot.bench._common import machine
from bot.bench._progress import Progress

bench_app = typer.Typer(
    help="Benchmarks: the engine measured against the database's own limit.",
    no_args_is_help=True,
)
console = Console()

JsonOpt = typer.Option(False, "--json", help="print every figure as JSON on stdout")
OutputOpt = typer.Option(None, "--output", "-o", help="also write the JSON to this file")


def _emit(name: str, results: dict[str, Any], as_json: bool, output: Path | None) -> None:
    document = {
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "benchmarks": results,
    }
    text = json.dumps(document, indent=2, default=str)
    if output is not None:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text + "\n")
    if as_json:
        print(text)
        return
    from rich.table import Table

    from bot.bench.summary import summary_rows

    table = Table("benchmark", "figure", "value", "target", title=f"coachbot bench {name}")
    for row in summary_rows(results):
        table.add_row(*row)
    console.print(table)


def _run(
    name: str,
    steps: dict[str, Callable[[Progress, dict[str, Any]], Awaitable[Any]]],
    as_json: bool,
    output: Path | None,
) -> None:
    logging.getLogger("engine").setLevel(logging.ERROR)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    logging.getLogger("alembic.runtime.migration").setLevel(logging.WARNING)
    results: dict[str, Any] = {}

    async def main() -> None:
        with Progress() as progress:
            for key, step in steps.items():
                started = time.perf_counter()
                try:
                    results[key] = await step(progress, results)
                except Exception as exc:  # one failing bench must not hide the others
                    results[key] = {
                        "error": f"{type(exc).__name__}: {exc}",
                        "traceback": traceback.format_exc().splitlines()[-12:],
                    }
                if isinstance(results[key], dict):
                    results[key]["bench_seconds"] = round(time.perf_counter() - started, 1)

    asyncio.run(main())
    _emit(name, results, as_json, output)


def _baseline_tps(results: dict[str, Any]) -> float | None:
    base = results.get("baseline", {})
    python = base.get("python_psycopg", {}) if isinstance(base, dict) else {}
    return python.get("tps")


def _pgbench_tps(results: dict[str, Any]) -> float | None:
    base = results.get("baseline", {})
    pgbench = base.get("pgbench", {}) if isinstance(base, dict) else {}
    return pgbench.get("tps")


# --- the steps -----------------------------------------------------------------------


def step_baseline(seconds: float = 10.0, concurrency: int = 4, pool_size: int = 10) -> Any:
    async def run(progress: Progress, results: dict[str, Any]) -> Any:
        from bot.bench.baseline import bench_baseline

        return await bench_baseline(
            seconds=seconds, concurrency=concurrency, pool_size=pool_size, progress=progress
        )

    return run


def step_turns(
    people: int = 200,
    concurrency: int = 4,
    pool_size: int = 10,
    program: str = "demo",
    profile: bool = False,
) -> Any:
    async def run(progress: Progress, results: dict[str, Any]) -> Any:
        from bot.bench.turns import bench_turns

        return await bench_turns(
            people=people,
            concurrency=concurrency,
            pool_size=pool_size,
            program=program,
            baseline_tps=_baseline_tps(results),
            pgbench_tps=_pgbench_tps(results),
            profile=profile,
            progress=progress,
        )

    return run


def step_ack(requests: int = 500, turn_seconds: float = 10.0) -> Any:
    async def run(progress: Progress, results: dict[str, Any]) -> Any:
        from bot.bench.ack import bench_ack

        return await bench_ack(requests=requests, turn_seconds=turn_seconds, progress=progress)

    return run


def step_plan(sizes: tuple[int, ...] = (10_000, 100_000)) -> Any:
    async def run(progress: Progress, results: dict[str, Any]) -> Any:
        from bot.bench.plan import bench_plan

        return await bench_plan(sizes=sizes, progress=progress)

    return run


# --- commands ------------------------------------------------------------------------


@bench_app.command("baseline")
def baseline(
    seconds: float = typer.Option(10.0, help="duration of each run"),
    concurrency: int = typer.Option(4, "--concurrency", "-c"),
    pool_size: int = typer.Option(10, help="psycopg pool size (the engine's default)"),
    as_json: bool = JsonOpt,
    output: Path | None = OutputOpt,
) -> None:
    """TPC-B-like transactions from Python (psycopg async) and pgbench: the ceiling."""
    _run("baseline", {"baseline": step_baseline(seconds, concurrency, pool_size)}, as_json, output)


@bench_app.command("turns")
def turns(
    people: int = typer.Option(200, "--people", "-n"),
    concurrency: int = typer.Option(4, "--concurrency", "-c"),
    pool_size: int = typer.Option(10),
    program: str = typer.Option("demo", help="built-in program whose week 1 is walked"),
    profile: bool = typer.Option(False, help="cProfile the timed run; top 40 in the JSON"),
    baseline_seconds: float = typer.Option(10.0, help="duration of the baseline run"),
    as_json: bool = JsonOpt,
    output: Path | None = OutputOpt,
) -> None:
    """N people each taking week 1 of turns through the engine, compared to the baseline."""
    steps = {
        "baseline": step_baseline(baseline_seconds, concurrency, pool_size),
        "turns": step_turns(people, concurrency, pool_size, program, profile),
    }
    _run("turns", steps, as_json, output)


@bench_app.command("ack")
def ack(
    requests: int = typer.Option(500, "--requests", "-n"),
    turn_seconds: float = typer.Option(10.0, help="how long the fake engine takes per turn"),
    as_json: bool = JsonOpt,
    output: Path | None = OutputOpt,
) -> None:
    """Ack latency of the Slack HTTP endpoint while every engine turn takes 10 s."""
    _run("ack", {"ack": step_ack(requests, turn_seconds)}, as_json, output)


@bench_app.command("plan")
def plan(
    sizes: str = typer.Option("10000,100000", help="enrolment counts, comma-separated"),
    as_json: bool = JsonOpt,
    output: Path | None = OutputOpt,
) -> None:
    """Planning nudges for 10k and 100k enrolments, against a bare INSERT … SELECT."""
    counts = tuple(int(s) for s in sizes.split(","))
    _run("plan", {"plan": step_plan(counts)}, as_json, output)


def simulate() -> None:
    """placeholder"""
