"""The steps `coachbot bench …` runs: each returns a coroutine over (progress, results).

Built lazily (each imports its benchmark module only when run) so `coachbot bench plan`
does not load what `bench turns` needs; `bench all` chains them in one run.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from benchmarks._progress import Progress


def _baseline_tps(results: dict[str, Any]) -> float | None:
    base = results.get("baseline", {})
    python = base.get("python_psycopg", {}) if isinstance(base, dict) else {}
    return python.get("tps")


def _pgbench_tps(results: dict[str, Any]) -> float | None:
    base = results.get("baseline", {})
    pgbench = base.get("pgbench", {}) if isinstance(base, dict) else {}
    return pgbench.get("tps")


# --- the steps -----------------------------------------------------------------------


def step_baseline(
    seconds: float = 10.0, concurrency: int = 4, pool_size: int = 10, *, again: bool = False
) -> Any:
    """The TPC-B baseline; `again`, the Python run once more (after `turns`)."""

    async def run(progress: Progress, results: dict[str, Any]) -> Any:
        from benchmarks.baseline import bench_baseline

        bench = partial(bench_baseline, again=again)
        return await bench(
            seconds=seconds, concurrency=concurrency, pool_size=pool_size, progress=progress
        )

    return run


def step_baseline_again(seconds: float = 5.0, concurrency: int = 4, pool_size: int = 10) -> Any:
    return step_baseline(seconds, concurrency, pool_size, again=True)


def finish(results: dict[str, Any]) -> None:
    """Turns against the mean of the baselines taken before and after them."""
    turns, after = results.get("turns"), results.get("baseline_after_turns")
    before = _baseline_tps(results)
    again = (after or {}).get("python_psycopg", {}).get("tps") if isinstance(after, dict) else None
    if not isinstance(turns, dict) or "turns_per_s" not in turns or not before or not again:
        return
    mean = (before + again) / 2
    turns["baseline_tps_before_after"] = [before, again]
    turns["baseline_drift"] = round(again / before - 1, 3)
    turns["ratio_to_baseline_mean"] = round(turns["turns_per_s"] / mean, 3)


def step_turns(
    people: int = 200,
    concurrency: int = 4,
    pool_size: int = 10,
    program: str = "demo",
    profile: bool = False,
    workers: int = 2,
) -> Any:
    async def run(progress: Progress, results: dict[str, Any]) -> Any:
        from benchmarks.turns import bench_turns

        return await bench_turns(
            people=people,
            concurrency=concurrency,
            pool_size=pool_size,
            program=program,
            baseline_tps=_baseline_tps(results),
            pgbench_tps=_pgbench_tps(results),
            profile=profile,
            workers=workers,
            progress=progress,
        )

    return run


def step_ack(requests: int = 500, turn_seconds: float = 10.0) -> Any:
    async def run(progress: Progress, results: dict[str, Any]) -> Any:
        from benchmarks.ack import bench_ack

        return await bench_ack(requests=requests, turn_seconds=turn_seconds, progress=progress)

    return run


def step_plan(
    sizes: tuple[int, ...] = (10_000, 100_000), repeats: int = 2, timeout: float = 60.0
) -> Any:
    async def run(progress: Progress, results: dict[str, Any]) -> Any:
        from benchmarks.plan import bench_plan

        return await bench_plan(
            sizes=sizes, repeats=repeats, statement_timeout=timeout, progress=progress
        )

    return run


def step_plan_scale(sizes: tuple[int, ...]) -> Any:
    async def run(progress: Progress, results: dict[str, Any]) -> Any:
        from benchmarks.plan_scale import bench_plan_scale

        return await bench_plan_scale(sizes=sizes, progress=progress)

    return run


def step_dispatch(nudges: int = 10_000, limit: float = 500.0, concurrency: int = 8) -> Any:
    async def run(progress: Progress, results: dict[str, Any]) -> Any:
        from benchmarks.dispatch import bench_dispatch

        return await bench_dispatch(
            nudges=nudges, limit=limit, concurrency=concurrency, progress=progress
        )

    return run


def step_memory(enrolments: int = 100_000, dispatch: int = 5_000) -> Any:
    async def run(progress: Progress, results: dict[str, Any]) -> Any:
        from benchmarks.memory import bench_memory

        return await bench_memory(enrolments=enrolments, dispatch=dispatch, progress=progress)

    return run


def step_cohort(program: str = "demo", people: int = 1000, seed: int = 1) -> Any:
    async def run(progress: Progress, results: dict[str, Any]) -> Any:
        from benchmarks.cohort import simulate_cohort

        return await simulate_cohort(program, people=people, seed=seed, progress=progress)

    return run


# --- commands ------------------------------------------------------------------------
