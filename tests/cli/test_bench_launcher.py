"""`coachbot bench` / `coachbot simulate`: launchers for the checkout's benchmarks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.bench_cli import checkout_root, launch

ROOT = Path(__file__).resolve().parents[2]


def test_the_benchmarks_are_not_an_installed_runtime_package(tmp_path: Path) -> None:
    probe = "import importlib.util; print(importlib.util.find_spec('benchmarks') is None)"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert result.stdout.strip() == "True", result.stderr


def test_the_checkout_is_found_and_a_directory_without_benchmarks_is_not(tmp_path: Path) -> None:
    assert checkout_root() == ROOT
    assert checkout_root([tmp_path, ROOT]) == ROOT
    (tmp_path / "benchmarks").mkdir()
    assert checkout_root([tmp_path]) is None  # no pyproject.toml, no __main__.py


def test_without_a_checkout_the_launcher_says_where_the_benchmarks_are(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert launch(["coaching"], "coachbot bench", None) == 2
    err = capsys.readouterr().err
    assert err.startswith("coachbot bench: the benchmarks are not installed with coachbot")
    assert "checkout" in err


def test_coachbot_bench_runs_the_checkouts_benchmarks_from_any_directory(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "bench", "coaching", "-o", "out/coaching.json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["all"]["cases"] > 0
    # Relative paths are the caller's: the launcher does not change directory.
    assert json.loads((tmp_path / "out" / "coaching.json").read_text()) == figures


def test_coachbot_simulate_help_names_the_product_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "simulate", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "coachbot simulate" in result.stdout and "PROGRAM" in result.stdout
