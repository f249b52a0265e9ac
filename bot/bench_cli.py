"""`coachbot bench …` and `coachbot simulate …`: launchers for the checkout's benchmarks.

The benchmarks (which patch psycopg to count statements) are not part of the installed
runtime. From a source checkout these commands run `python -m benchmarks …` with the
arguments as given; elsewhere they say where to find them.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

import typer

PASS_THROUGH = {"allow_extra_args": True, "ignore_unknown_options": True, "help_option_names": []}


def checkout_root(candidates: Iterable[Path] | None = None) -> Path | None:
    """The source checkout holding `benchmarks/`: by default this package's own, else the
    working directory or one of its parents."""
    if candidates is None:
        here = Path(__file__).resolve().parent.parent
        candidates = [here, *(Path.cwd().resolve() / "x").parents]
    for root in candidates:
        if (root / "pyproject.toml").is_file() and (root / "benchmarks" / "__main__.py").is_file():
            return root
    return None


def launch(args: list[str], prog: str, root: Path | None, usage: str | None = None) -> int:
    """Run `python -m benchmarks ARGS` from the checkout ROOT; the exit code of that run."""
    if root is None:
        print(
            f"{prog}: the benchmarks are not installed with coachbot; run this from a source"
            " checkout (git clone), where benchmarks/ is, or `python -m benchmarks` there",
            file=sys.stderr,
        )
        return 2
    paths = [str(root), *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths), "BENCHMARKS_PROG": usage or prog}
    return subprocess.run([sys.executable, "-m", "benchmarks", *args], env=env).returncode


def bench(ctx: typer.Context) -> None:
    """Benchmarks (from a source checkout): `coachbot bench --help` lists them."""
    raise typer.Exit(launch(list(ctx.args), "coachbot bench", checkout_root()))


def simulate(ctx: typer.Context) -> None:
    """Program CI (from a source checkout): a synthetic cohort through PROGRAM."""
    raise typer.Exit(
        launch(["simulate", *ctx.args], "coachbot simulate", checkout_root(), usage="coachbot")
    )


def register(app: typer.Typer) -> None:
    """Add `bench` and `simulate` to the product CLI."""
    app.command("bench", context_settings=PASS_THROUGH, add_help_option=False)(bench)
    app.command("simulate", context_settings=PASS_THROUGH, add_help_option=False)(simulate)
