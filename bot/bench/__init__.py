"""`coachbot bench`: benchmarks, and `coachbot simulate`: a synthetic cohort through a program.

Register in bot/cli.py with `app.add_typer(bench_app, name="bench")` and
`app.command("simulate")(simulate)`.
"""

from bot.bench.cli import bench_app, simulate

__all__ = ["bench_app", "simulate"]
