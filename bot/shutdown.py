"""Graceful shutdown: finish what is in flight within a deadline, then stop.

Kubernetes sends SIGTERM and kills `terminationGracePeriodSeconds` later (40 s in
deploy/k8s); COACHBOT_SHUTDOWN_SECONDS (25 s by default) is the part of that given to
in-flight work: Slack turns running after their acknowledgement, Discord turns, a
nudge dispatch in progress. "In flight" is every asyncio task started after the
process was up (`InFlight.mark`), so no adapter has to report its own.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Collection

log = logging.getLogger(__name__)


class InFlight:
    """The tasks this process started after `mark()`: the work to finish before stopping."""

    def __init__(self, *, long_lived: Collection[str] = ()) -> None:
        """`long_lived`: qualified names of coroutines that run for the life of the process
        but start late (discord.py's `Shard.worker`, one per shard after login)."""
        self._baseline: set[asyncio.Task[object]] = set()
        self._long_lived = frozenset(long_lived)

    def mark(self) -> None:
        """Everything running now (pools, clients, the server itself) is not in-flight work."""
        self._baseline = set(asyncio.all_tasks())

    def pending(self) -> set[asyncio.Task[object]]:
        current = asyncio.current_task()
        return {
            t
            for t in asyncio.all_tasks()
            if t not in self._baseline
            and t is not current
            and not t.done()
            and getattr(t.get_coro(), "__qualname__", "") not in self._long_lived
        }

    async def drain(self, seconds: float) -> int:
        """Wait up to `seconds` for in-flight tasks (and any they start); cancel the rest.

        Returns:
            How many tasks had to be cancelled at the deadline.
        """
        deadline = time.monotonic() + seconds
        while (tasks := self.pending()) and (left := deadline - time.monotonic()) > 0:
            log.info("shutdown: waiting for %d in-flight task(s)", len(tasks))
            await asyncio.wait(tasks, timeout=left)
        late = self.pending()
        for task in late:
            task.cancel()
        if late:
            log.warning("shutdown: %d task(s) still running at the deadline, cancelled", len(late))
            await asyncio.gather(*late, return_exceptions=True)
        return len(late)
