"""Running worker replicas as processes, the first of which hangs in a send and is killed."""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections.abc import Callable, Sequence
from pathlib import Path


def run_with_a_killed_victim(
    target: Callable[..., None],
    args: Sequence[tuple[object, ...]],
    flag: Path,
    *,
    before_kill: float = 0.0,
) -> None:
    """Start one process per `args` (the first is the victim) and let them run.

    Once the victim writes `flag` (it hangs in a send, holding claims), it gets SIGKILL
    after `before_kill` seconds; the others must then finish on their own with exit 0.
    """
    spawn = multiprocessing.get_context("spawn")
    processes = [spawn.Process(target=target, args=a) for a in args]
    for process in processes:
        process.start()
    try:
        victim = processes[0]
        deadline = time.time() + 60
        while not flag.exists() and victim.is_alive() and time.time() < deadline:
            time.sleep(0.01)
        assert flag.exists(), "the victim never got to hang in a send"
        time.sleep(before_kill)
        os.kill(victim.pid, signal.SIGKILL)  # type: ignore[arg-type]
        for process in processes:
            process.join(timeout=90)
        assert victim.exitcode == -signal.SIGKILL
        assert [p.exitcode for p in processes[1:]] == [0] * (len(processes) - 1)
    finally:
        for process in processes:
            if process.is_alive():
                process.kill()
