"""The headline figures of a bench run, for the console table and docs/performance.md."""

from __future__ import annotations

from typing import Any


def _get(data: Any, *path: str) -> Any:
    for key in path:
        if not isinstance(data, dict) or key not in data:
            return None
        data = data[key]
    return data


def summary_rows(results: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    rows: list[tuple[str, str, str, str]] = []

    def add(bench: str, figure: str, value: Any, target: str = "") -> None:
        if value is not None:
            rows.append((bench, figure, str(value), target))

    for name, data in results.items():
        if isinstance(data, dict) and "error" in data:
            add(name, "error", data["error"])
        if isinstance(data, dict) and data.get("available") is False:
            add(name, "not available", data.get("reason"))
    add("baseline", "TPC-B TPS, Python psycopg", _get(results, "baseline", "python_psycopg", "tps"))
    add("baseline", "TPC-B TPS, pgbench", _get(results, "baseline", "pgbench", "tps"))
    add(
        "baseline",
        "TPC-B TPS, pgbench -M prepared",
        _get(results, "baseline", "pgbench_prepared", "tps"),
    )
    add("turns", "turns/s", _get(results, "turns", "turns_per_s"))
    add("turns", "ratio to baseline", _get(results, "turns", "ratio_to_baseline"), "≥ 0.333")
    add(
        "turns",
        "ratio to mean of baselines before/after",
        _get(results, "turns", "ratio_to_baseline_mean"),
        "≥ 0.333",
    )
    add("turns", "ratio to pgbench", _get(results, "turns", "ratio_to_pgbench"))
    for p in ("p50_ms", "p95_ms", "p99_ms"):
        add(
            "turns",
            f"turn latency {p}",
            _get(results, "turns", "latency", p),
            "≤ 10" if p == "p99_ms" else "",
        )
    add(
        "turns",
        "uncontended p99 ms (C=1)",
        _get(results, "turns", "uncontended", "latency_ordinary", "p99_ms"),
    )
    add(
        "turns",
        "SQL statements / ordinary turn",
        _get(results, "turns", "sql_per_ordinary_turn", "statements_mean"),
        "≤ 10",
    )
    add(
        "turns",
        "round trips / ordinary turn",
        _get(results, "turns", "sql_per_ordinary_turn", "round_trips_mean"),
    )
    add(
        "turns",
        "SQL statements / ordinary turn, max",
        _get(results, "turns", "sql_per_ordinary_turn", "statements_max"),
        "≤ 10",
    )
    add(
        "turns",
        "offline-coach mode: turns/s",
        _get(results, "turns", "offline_coach_mode", "turns_per_s"),
    )
    add(
        "turns",
        "offline-coach mode: SQL statements / ordinary turn",
        _get(results, "turns", "offline_coach_mode", "sql_per_ordinary_turn", "statements_mean"),
    )
    plan: dict[str, Any] = results["plan"] if isinstance(results.get("plan"), dict) else {}
    for size in [k for k in plan if k.isdigit()]:
        add("plan", f"{size} enrolments: seconds", _get(results, "plan", size, "plan_seconds"))
        add(
            "plan",
            f"{size} enrolments: ratio to INSERT…SELECT",
            _get(results, "plan", size, "ratio"),
            "≤ 2",
        )
    add("dispatch", "achieved / limit", _get(results, "dispatch", "achieved_over_limit"), "≥ 0.95")
    add("dispatch", "429s received", _get(results, "dispatch", "rate_limited_429"))
    add("dispatch", "lost", _get(results, "dispatch", "lost"), "0")
    add("dispatch", "doubled", _get(results, "dispatch", "doubled"), "0")
    add(
        "dispatch",
        "overdriven pacer: 429s",
        _get(results, "dispatch", "overdriven_pacer", "rate_limited_429"),
    )
    add(
        "dispatch",
        "overdriven pacer: undelivered (recorded as failed/expired)",
        _get(results, "dispatch", "overdriven_pacer", "undelivered"),
    )
    add(
        "dispatch",
        "overdriven pacer: lost/doubled",
        "/".join(str(_get(results, "dispatch", "overdriven_pacer", k)) for k in ("lost", "doubled"))
        if _get(results, "dispatch", "overdriven_pacer")
        else None,
    )
    add("ack", "ack p50 ms", _get(results, "ack", "ack_latency", "p50_ms"))
    add("ack", "ack p99 ms", _get(results, "ack", "ack_latency", "p99_ms"), "< 100")
    add("memory", "peak RSS MB", _get(results, "memory", "peak_rss_mb"), "≤ 200")
    for name, data in results.items():
        if not name.startswith("cohort") or not isinstance(data, dict) or "llm" not in data:
            continue
        add(name, "completed program", data.get("completed"))
        for t in _get(data, "llm", "by_target") or []:
            per = t.get("per_person_usd")
            add(name, f"LLM $/person, {t['provider']} {t['model']}", per if per else "unknown")
    return rows
