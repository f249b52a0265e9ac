"""`python -m benchmarks …`: every `coachbot bench` command, and `simulate` (program CI)."""

from __future__ import annotations

import os
from pathlib import Path

from benchmarks.cli import bench_app, simulate

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    # The ack and memory benches start `python -m benchmarks.<name>` children: they must
    # find this checkout wherever the command was started from.
    paths = [str(ROOT), *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    os.environ["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(paths))
    bench_app.command("simulate")(simulate)
    bench_app(prog_name=os.environ.get("BENCHMARKS_PROG", "python -m benchmarks"))


if __name__ == "__main__":
    main()
