"""`coachbot bench report`: the Performance table (Markdown) from a results file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from benchmarks.summary import summary_rows


def markdown(document: dict[str, Any]) -> str:
    """The headline figures as a Markdown table, with the machine they were measured on."""
    results = document.get("benchmarks", {})
    m = document.get("machine", {})
    lines = [
        f"Measured {document.get('generated_at', '?')} on {m.get('cpu_count')} × "
        f"{m.get('cpu_model') or 'CPU'}, {m.get('mem_total_mb')} MB, PostgreSQL "
        f"{m.get('postgresql', '?')} ({m.get('pg_host', '?')}), Python {m.get('python')}, "
        f"commit {m.get('git_commit')}.",
        "",
        "| bench | figure | value | target | met |",
        "|---|---|---|---|---|",
    ]
    for bench, figure, value, target in summary_rows(results):
        lines.append(f"| {bench} | {figure} | {value} | {target} | {_met(value, target)} |")
    return "\n".join(lines)


def _met(value: str, target: str) -> str:
    try:
        number = float(value)
    except ValueError:
        return ""
    for op, check in (("≥", number.__ge__), ("≤", number.__le__), ("<", number.__lt__)):
        if target.startswith(op):
            return "yes" if check(float(target[len(op) :].strip())) else "**no**"
    if target.strip() == "0":
        return "yes" if number == 0 else "**no**"
    return ""


def load(path: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(path.read_text())
    return document
