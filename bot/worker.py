"""The worker process: every configured channel (Discord, Slack Socket Mode), and the nudges.

`Procfile`'s `worker:` line runs `run_worker`. The web process serves Slack
over HTTP; nudges are sent from here, through each channel's `ChatGateway`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from typing import Any

from bot.bootstrap import Application, bootstrap
from bot.channels import build_channels, gateways_of
from bot.connections_cli import add_jobs as add_connection_jobs
from bot.nudges import NudgeScheduler
from bot.settings import Settings
from bot.shutdown import InFlight
from engine.nudges.leases import release_claims

log = logging.getLogger(__name__)


async def run_worker(settings: Settings) -> None:
    """Serve until SIGTERM/SIGINT: the configured channels, and the nudges.

    On SIGTERM: no new nudge runs and no new channel events (each channel's `run` is
    cancelled); in-flight turns and sends get `COACHBOT_SHUTDOWN_SECONDS`; then what
    this worker still claims goes back to the outbox (`release_claims`), and the
    channels and the pool close.
    """
    app = await bootstrap(settings)
    async with contextlib.AsyncExitStack() as stack:
        stack.push_async_callback(app.close)
        channels = build_channels(app, stack, serving=True)  # closed by the stack, in reverse
        gateways = gateways_of(channels)
        scheduler = NudgeScheduler(app.db, gateways, app.clock)
        stack.push_async_callback(_release, app, scheduler.worker)  # before channels close
        add_connection_jobs(scheduler.scheduler, app.db, app.clock, settings)  # round, retention
        runs = [asyncio.create_task(c.run(), name=c.platform.value) for c in channels]
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            with contextlib.suppress(NotImplementedError):
                loop.add_signal_handler(sig, stop.set)
        waiter = asyncio.create_task(stop.wait(), name="stop")
        await asyncio.sleep(0)  # each channel starts its long-lived tasks: not in-flight work
        scheduler.start()
        # A sharded Discord client starts one `Shard.worker` per shard after login: not
        # in-flight work either.
        in_flight = InFlight(long_lived={"Shard.worker"})
        in_flight.mark()
        log.info("worker %s started; nudges via %s", scheduler.worker, sorted(gateways))
        try:
            await _until_stopped(waiter, runs)
        finally:
            log.info("worker %s stopping", scheduler.worker)
            if scheduler.scheduler.running:
                scheduler.scheduler.pause()  # no new plan or dispatch runs
            for task in runs:
                task.cancel()  # no new events; turns already running continue
            await in_flight.drain(settings.coachbot_shutdown_seconds)
            scheduler.shutdown()
            waiter.cancel()
            await asyncio.gather(waiter, *runs, return_exceptions=True)


async def _until_stopped(waiter: asyncio.Task[Any], runs: list[asyncio.Task[None]]) -> None:
    """Until a signal, or a channel stops; a channel that failed raises its error."""
    done, _ = await asyncio.wait([waiter, *runs], return_when=asyncio.FIRST_COMPLETED)
    for task in done:
        if task is not waiter and task.exception() is not None:
            raise task.exception()  # type: ignore[misc]


async def _release(app: Application, worker: str) -> None:
    try:
        released = await release_claims(app.db, worker=worker)
    except Exception:
        log.exception("could not release the claims of %s (their leases will expire)", worker)
        return
    if released:
        log.info("released %d claimed nudge(s) back to the outbox", released)
