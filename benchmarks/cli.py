"""`coachbot bench …` and `coachbot simulate …`: JSON figures, a progress bar on stderr."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import time
import traceback
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import typer
from rich.console import Console

from benchmarks._common import machine
from benchmarks._progress import Progress
from benchmarks.safety import safety_command
from benchmarks.steps import (
    finish,
    step_ack,
    step_baseline,
    step_baseline_again,
    step_cohort,
    step_dispatch,
    step_memory,
    step_plan,
    step_plan_scale,
    step_turns,
)

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

    from benchmarks.summary import summary_rows

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
                load_before = os.getloadavg()[0]
                try:
                    results[key] = await step(progress, results)
                except Exception as exc:  # one failing bench must not hide the others
                    results[key] = {
                        "error": f"{type(exc).__name__}: {exc}",
                        "traceback": traceback.format_exc().splitlines()[-12:],
                    }
                if isinstance(results[key], dict):
                    results[key]["bench_seconds"] = round(time.perf_counter() - started, 1)
                    # Other work on the machine skews every figure; this says how much there was.
                    results[key]["load_average_1min"] = [
                        round(load_before, 2),
                        round(os.getloadavg()[0], 2),
                    ]

    asyncio.run(main())
    finish(results)
    _emit(name, results, as_json, output)


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
    workers: int = typer.Option(
        2, help="also serve the people from this many processes (≤ 1: one process only)"
    ),
    baseline_seconds: float = typer.Option(10.0, help="duration of the baseline run"),
    as_json: bool = JsonOpt,
    output: Path | None = OutputOpt,
) -> None:
    """N people each taking week 1 of turns through the engine, compared to the baseline."""
    steps = {
        "baseline": step_baseline(baseline_seconds, concurrency, pool_size),
        "turns": step_turns(people, concurrency, pool_size, program, profile, workers),
        "baseline_after_turns": step_baseline_again(5.0, concurrency, pool_size),
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
    scale: str = typer.Option(
        "", help="also plan from stored state at these counts (e.g. 1000000), comma-separated"
    ),
    as_json: bool = JsonOpt,
    output: Path | None = OutputOpt,
) -> None:
    """Planning nudges for 10k and 100k enrolments, against a bare INSERT … SELECT."""
    counts = tuple(int(s) for s in sizes.split(",") if s)
    steps: dict[str, Any] = {"plan": step_plan(counts)} if counts else {}
    if scale:
        steps["plan_scale"] = step_plan_scale(tuple(int(s) for s in scale.split(",")))
    _run("plan", steps, as_json, output)


@bench_app.command("dispatch")
def dispatch(
    nudges: int = typer.Option(10_000, "--nudges", "-n"),
    limit: float = typer.Option(500.0, help="the fake platform's rate limit, messages/s"),
    concurrency: int = typer.Option(8, "--concurrency", "-c", help="sends in flight"),
    as_json: bool = JsonOpt,
    output: Path | None = OutputOpt,
) -> None:
    """Deliver nudges through a rate-limited fake platform: rate, 429s, lost, doubled."""
    _run("dispatch", {"dispatch": step_dispatch(nudges, limit, concurrency)}, as_json, output)


@bench_app.command("memory")
def memory(
    enrolments: int = typer.Option(100_000, "--enrolments", "-n"),
    dispatch: int = typer.Option(5_000, help="how many of the planned nudges to dispatch"),
    as_json: bool = JsonOpt,
    output: Path | None = OutputOpt,
) -> None:
    """Peak RSS of a worker process planning and dispatching for 100k enrolments."""
    _run("memory", {"memory": step_memory(enrolments, dispatch)}, as_json, output)


@bench_app.command("all")
def run_all(
    quick: bool = typer.Option(False, help="smaller sizes, for a smoke test"),
    as_json: bool = JsonOpt,
    output: Path | None = OutputOpt,
) -> None:
    """Every benchmark in one run (what `make bench` runs; about 6–8 minutes)."""
    steps = {
        "baseline": step_baseline(5.0 if quick else 10.0),
        "turns": step_turns(40 if quick else 200),
        "baseline_after_turns": step_baseline_again(5.0),
        "plan": step_plan((2_000,) if quick else (10_000, 100_000), repeats=1, timeout=45.0),
        "dispatch": step_dispatch(1_000 if quick else 10_000),
        "ack": step_ack(100 if quick else 500, 2.0 if quick else 10.0),
        "memory": step_memory(10_000 if quick else 100_000, 1_000 if quick else 5_000),
        "cohort": step_cohort("demo", 50 if quick else 300, 1),
    }
    _run("all", steps, as_json, output)


bench_app.command("safety")(safety_command)


@bench_app.command("report")
def report(
    path: Path = typer.Argument(Path("bench/results.json"), help="a results file"),
) -> None:
    """Print the Performance table (Markdown) of a results file, for docs/performance.md."""
    from benchmarks.report import load, markdown

    print(markdown(load(path)))


@bench_app.command("cohort")
def cohort(
    program: str = typer.Option("demo", help="built-in program slug or a program .yaml file"),
    people: int = typer.Option(1000, "--people", "-n"),
    seed: int = typer.Option(1, "--seed", "-s"),
    as_json: bool = JsonOpt,
    output: Path | None = OutputOpt,
) -> None:
    """A seeded synthetic cohort through a program (or `all` built-ins): funnel, LLM cost.

    The LLM cost is estimated per provider and model (`benchmarks/llm_cost.py`), with
    each model's cache minimum and prices; `llm.by_target` has the cost per person.
    """
    if program != "all":
        _run("cohort", {"cohort": step_cohort(program, people, seed)}, as_json, output)
        return
    from engine.programs.loader import builtin_programs

    slugs = [p.spec.slug for p in builtin_programs()]
    _run("cohort", {f"cohort_{s}": step_cohort(s, people, seed) for s in slugs}, as_json, output)


def simulate(
    program: str = typer.Argument(..., help="built-in program slug or a program .yaml file"),
    people: int = typer.Option(1000, "--people", "-n"),
    seed: int = typer.Option(1, "--seed", "-s"),
    as_json: bool = JsonOpt,
    output: Path | None = OutputOpt,
) -> None:
    """Program CI: run a synthetic cohort through PROGRAM and print its completion funnel."""
    logging.getLogger("engine").setLevel(logging.ERROR)
    results: dict[str, Any] = {}

    async def main() -> None:
        with Progress() as progress:
            results["cohort"] = await step_cohort(program, people, seed)(progress, results)

    asyncio.run(main())
    if as_json or output is not None:
        _emit("simulate", results, as_json, output)
    if not as_json:
        _print_funnel(results["cohort"])


def _print_funnel(report: dict[str, Any]) -> None:
    from rich.table import Table

    table = Table(
        "week",
        "step",
        "type",
        "answering",
        "through",
        "mean attempts",
        "forced",
        title=f"{report['program']}: {report['people']} people, seed {report['seed']}",
    )
    for week in report["funnel"]:
        for n, step in enumerate(week["steps"]):
            table.add_row(
                f"{week['week']} ({week['completed']}/{week['opened']} done)" if n == 0 else "",
                step["step"],
                step["type"],
                str(step["people_answering"]),
                str(step["people_through"]),
                str(step["mean_attempts"]),
                str(step["forced_progressions"]),
            )
    console.print(table)
    llm = report["llm"]
    console.print(
        f"completed: {report['completed']}/{report['people']} ({report['completion_rate']:.0%})"
        f" · turns: {report['turns']} · forced progressions: {report['forced_progressions']}"
        f" · mean attempts per step: {report['mean_attempts_per_step']}\n"
        f"LLM (estimated, {llm['model_priced']}): {llm['calls']} calls,"
        f" {llm['input_tokens'] + llm['cache_read_tokens']} input tokens"
        f" ({llm['cache_read_tokens']} cached), {llm['output_tokens']} output tokens,"
        f" ${llm['cost_usd']:.2f} (${llm['cost_usd_without_prompt_cache']:.2f} without caching)"
    )


@bench_app.command("retrieval")
def retrieval(
    chunks: int = typer.Option(10_000, help="filler chunks loaded for the latency figures"),
    as_json: bool = JsonOpt,
    output: Path | None = OutputOpt,
) -> None:
    """Knowledge search: recall@1/@3 and MRR of FTS, embeddings, hybrid; latency at 10k chunks."""

    async def run(progress: Progress, results: dict[str, Any]) -> Any:
        from benchmarks.retrieval import bench_retrieval

        return await bench_retrieval(chunks=chunks, progress=progress)

    _run("retrieval", {"retrieval": run}, as_json, output)


@bench_app.command("coaching")
def coaching(
    misses: bool = typer.Option(False, "--misses", help="list the development cases judged wrong"),
    output: Path | None = OutputOpt,
) -> None:
    """The offline coach on the labelled set: item-coverage F1, meta-reply accuracy (JSON)."""
    from benchmarks.coaching import run

    text = json.dumps(run(show_misses=misses), indent=2)
    if output is not None:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text + "\n")
    print(text)
