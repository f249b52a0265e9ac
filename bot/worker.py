"""The worker process: Discord client, Slack Socket Mode (when configured), and the nudge scheduler.

`Procfile`'s `worker:` line runs `run_worker`. The web process serves Slack
over HTTP; nudges are sent from here, through each platform's `ChatGateway`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from typing import Any

from bot.bootstrap import Application, bootstrap
from bot.connections_cli import add_jobs as add_connection_jobs
from bot.extras import require_extra
from bot.gateways import build_gateways, close_gateways
from bot.nudges import NudgeScheduler
from bot.settings import Settings
from bot.shutdown import InFlight
from engine.nudges.leases import release_claims

log = logging.getLogger(__name__)


async def run_worker(settings: Settings) -> None:
    """Serve until SIGTERM/SIGINT: the configured chat clients, and the nudges.

    On SIGTERM: no new nudge runs and no new Socket Mode events; in-flight turns and
    sends get `COACHBOT_SHUTDOWN_SECONDS`; then what this worker still claims goes back
    to the outbox (`release_claims`), and the clients and the pool close.
    """
    app = await bootstrap(settings)
    tasks: list[asyncio.Task[Any]] = []
    client = None
    discord_gateway = None
    if settings.discord_token is not None:
        require_extra("discord", "DISCORD_TOKEN is set")
        from adapters.discord.run import run_client
        from bot.discord import build_client, discord_token

        client, discord_gateway = build_client(app)
        tasks.append(
            asyncio.create_task(run_client(client, token=discord_token(settings)), name="discord")
        )
    socket_mode: asyncio.Task[Any] | None = None
    if settings.slack_app_token is not None:
        require_extra("slack", "SLACK_APP_TOKEN is set")
        from adapters.slack.app import run_socket_mode
        from bot.slack import build_bot

        app_token = settings.slack_app_token.get_secret_value()
        socket_mode = asyncio.create_task(
            run_socket_mode(build_bot(app), app_token=app_token), name="slack-socket-mode"
        )
        tasks.append(socket_mode)
    gateways = build_gateways(app, discord=discord_gateway)
    scheduler = NudgeScheduler(app.db, gateways, app.clock)
    add_connection_jobs(scheduler.scheduler, app.db, app.clock, settings)  # round, retention
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    waiter = asyncio.create_task(stop.wait(), name="stop")
    scheduler.start()
    # A sharded Discord client starts one `Shard.worker` per shard after login: not in-flight work.
    in_flight = InFlight(long_lived={"Shard.worker"})
    in_flight.mark()
    log.info("worker %s started; nudges via %s", scheduler.worker, sorted(gateways))
    try:
        done, _ = await asyncio.wait([waiter, *tasks], return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            if task is not waiter and task.exception() is not None:
                raise task.exception()  # type: ignore[misc]
    finally:
        log.info("worker %s stopping", scheduler.worker)
        if scheduler.scheduler.running:
            scheduler.scheduler.pause()  # no new plan or dispatch runs
        if socket_mode is not None:
            socket_mode.cancel()  # no new Slack events; turns already running continue
        await in_flight.drain(settings.coachbot_shutdown_seconds)
        scheduler.shutdown()
        waiter.cancel()
        for task in tasks:
            task.cancel()
        await asyncio.gather(waiter, *tasks, return_exceptions=True)
        if client is not None:
            await client.close()
        await _release(app, scheduler.worker)
        await close_gateways(gateways)
        await app.close()


async def _release(app: Application, worker: str) -> None:
    try:
        released = await release_claims(app.db, worker=worker)
    except Exception:
        log.exception("could not release the claims of %s (their leases will expire)", worker)
        return
    if released:
        log.info("released %d claimed nudge(s) back to the outbox", released)
