"""The headline figures of a bench run, for the console table and docs/performance.md."""

from __future__ import annotations

from typing import Any


def _get(data: Any, *path: str) -> Any:
    for key in path:
        if not isinstance(data, dict) or key not in data:
            return None
        data = data[key]
    return data


# (bench, figure, path below the bench's results, target), in the table's order.
_Figure = tuple[str, str, tuple[str, ...], str]
_BASELINE_TURNS: tuple[_Figure, ...] = (
    ("baseline", "TPC-B TPS, Python psycopg", ("python_psycopg", "tps"), ""),
    ("baseline", "TPC-B TPS, pgbench", ("pgbench", "tps"), ""),
    ("baseline", "TPC-B TPS, pgbench -M prepared", ("pgbench_prepared", "tps"), ""),
    ("turns", "turns/s", ("turns_per_s",), ""),
    ("turns", "ratio to baseline", ("ratio_to_baseline",), "≥ 0.333"),
    ("turns", "ratio to mean of baselines before/after", ("ratio_to_baseline_mean",), "≥ 0.333"),
    ("turns", "ratio to pgbench", ("ratio_to_pgbench",), ""),
    *(
        ("turns", f"turn latency {p}", ("latency", p), "≤ 10" if p == "p99_ms" else "")
        for p in ("p50_ms", "p95_ms", "p99_ms")
    ),
    ("turns", "uncontended p99 ms (C=1)", ("uncontended", "latency_ordinary", "p99_ms"), ""),
    (
        "turns",
        "SQL statements / ordinary turn",
        ("sql_per_ordinary_turn", "statements_mean"),
        "≤ 10",
    ),
    ("turns", "round trips / ordinary turn", ("sql_per_ordinary_turn", "round_trips_mean"), ""),
    (
        "turns",
        "SQL statements / ordinary turn, max",
        ("sql_per_ordinary_turn", "statements_max"),
        "≤ 10",
    ),
    ("turns", "offline-coach mode: turns/s", ("offline_coach_mode", "turns_per_s"), ""),
    ("turns", "worker processes", ("worker_processes", "workers"), ""),
    ("turns", "worker processes: turns/s", ("worker_processes", "turns_per_s"), ""),
    ("turns", "worker processes: ratio to pgbench", ("worker_processes", "ratio_to_pgbench"), ""),
    ("turns", "worker processes: p99 ms", ("worker_processes", "latency", "p99_ms"), ""),
    (
        "turns",
        "offline-coach mode: SQL statements / ordinary turn",
        ("offline_coach_mode", "sql_per_ordinary_turn", "statements_mean"),
        "",
    ),
)
_DISPATCH: tuple[_Figure, ...] = (
    ("dispatch", "achieved / limit", ("achieved_over_limit",), "≥ 0.95"),
    ("dispatch", "429s received", ("rate_limited_429",), ""),
    ("dispatch", "lost", ("lost",), "0"),
    ("dispatch", "doubled", ("doubled",), "0"),
    ("dispatch", "overdriven pacer: 429s", ("overdriven_pacer", "rate_limited_429"), ""),
    (
        "dispatch",
        "overdriven pacer: undelivered (recorded as failed/expired)",
        ("overdriven_pacer", "undelivered"),
        "",
    ),
)
_ACK_MEMORY: tuple[_Figure, ...] = (
    ("ack", "ack p50 ms", ("ack_latency", "p50_ms"), ""),
    ("ack", "ack p99 ms", ("ack_latency", "p99_ms"), "< 100"),
    ("memory", "peak RSS MB", ("peak_rss_mb",), "≤ 200"),
)


# `plan --scale N`: per count, (figure, key in its results, target).
_PLAN_SCALE: tuple[tuple[str, str, str], ...] = (
    ("first tick seconds", "first_tick_seconds", ""),
    ("due tick seconds", "due_tick_seconds", ""),
    ("due tick check-ins", "due_tick_check_ins", ""),
    ("due tick ratio to INSERT…SELECT", "due_tick_ratio", "≤ 2"),
    ("due tick ratio to INSERT…SELECT with foreign keys", "due_tick_ratio_vs_foreign_keys", ""),
    ("idle tick ms, median", "idle_tick_ms_median", "≤ 50"),
    ("idle tick ms after VACUUM, median", "idle_tick_ms_after_vacuum_median", ""),
    ("planning process peak RSS MB", "planning_process_peak_rss_mb", "≤ 200"),
)


def _plan_scale_rows(scale: Any) -> list[tuple[str, str, str, str]]:
    """The figures of each count `plan --scale` planned for."""
    sizes = [k for k in scale if k.isdigit()] if isinstance(scale, dict) else []
    return [
        ("plan_scale", f"{size} enrolments: {figure}", str(value), target)
        for size in sizes
        for figure, key, target in _PLAN_SCALE
        if (value := _get(scale, size, key)) is not None
    ]


def summary_rows(results: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    rows: list[tuple[str, str, str, str]] = []

    def add(bench: str, figure: str, value: Any, target: str = "") -> None:
        if value is not None:
            rows.append((bench, figure, str(value), target))

    def add_all(figures: tuple[_Figure, ...]) -> None:
        for bench, figure, path, target in figures:
            add(bench, figure, _get(results, bench, *path), target)

    for name, data in results.items():
        if isinstance(data, dict) and "error" in data:
            add(name, "error", data["error"])
        if isinstance(data, dict) and data.get("available") is False:
            add(name, "not available", data.get("reason"))
    add_all(_BASELINE_TURNS)
    plan: dict[str, Any] = results["plan"] if isinstance(results.get("plan"), dict) else {}
    for size in [k for k in plan if k.isdigit()]:
        add("plan", f"{size} enrolments: seconds", _get(results, "plan", size, "plan_seconds"))
        add(
            "plan",
            f"{size} enrolments: ratio to INSERT…SELECT",
            _get(results, "plan", size, "ratio"),
            "≤ 2",
        )
    rows += _plan_scale_rows(results.get("plan_scale"))
    add_all(_DISPATCH)
    add(
        "dispatch",
        "overdriven pacer: lost/doubled",
        "/".join(str(_get(results, "dispatch", "overdriven_pacer", k)) for k in ("lost", "doubled"))
        if _get(results, "dispatch", "overdriven_pacer")
        else None,
    )
    add_all(_ACK_MEMORY)
    for name, data in results.items():
        if not name.startswith("cohort") or not isinstance(data, dict) or "llm" not in data:
            continue
        add(name, "completed program", data.get("completed"))
        for t in _get(data, "llm", "by_target") or []:
            per = t.get("per_person_usd")
            add(name, f"LLM $/person, {t['provider']} {t['model']}", per if per else "unknown")
    return rows
