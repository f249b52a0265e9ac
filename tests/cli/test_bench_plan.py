"""`python -m benchmarks plan --scale N` without `--json`: the console table shows the
scale figures (it printed an empty table), and `bench report` shows them too."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIGURES = (
    "1000 enrolments: due tick seconds",
    "1000 enrolments: due tick ratio to INSERT…SELECT",
    "1000 enrolments: idle tick ms, median",
    "1000 enrolments: planning process peak RSS MB",
)


def bench(*args: str, pg_url: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATABASE_URL": pg_url, "COLUMNS": "200"}  # a table not wrapped
    return subprocess.run(
        [sys.executable, "-m", "benchmarks", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def test_plan_at_a_scale_prints_its_figures_in_the_table_and_the_report(
    pg_url: str, tmp_path: Path
) -> None:
    out = tmp_path / "plan.json"
    result = bench("plan", "--sizes", "", "--scale", "1000", "-o", str(out), pg_url=pg_url)
    assert result.returncode == 0, result.stderr
    scale = json.loads(out.read_text())["benchmarks"]["plan_scale"]["1000"]
    table = result.stdout
    for figure in FIGURES:
        assert figure in table, table
    rows = {
        line.split("│")[2].strip(): line.split("│")[3].strip()
        for line in table.splitlines()
        if line.count("│") == 5
    }
    assert rows["1000 enrolments: due tick seconds"] == str(scale["due_tick_seconds"])
    assert rows["1000 enrolments: due tick check-ins"] == str(scale["due_tick_check_ins"])
    report = bench("report", str(out), pg_url=pg_url)
    assert report.returncode == 0, report.stderr
    line = next(ln for ln in report.stdout.splitlines() if "idle tick ms, median" in ln)
    assert line.startswith("| plan_scale | 1000 enrolments:") and "| ≤ 50 |" in line
