"""The worker process: Discord client, Slack Socket Mode (when configured), and the nudge scheduler.

`Procfile`'s `worker:` line runs `run_worker`. The web process serves Slack
over HTTP; nudges are sent from here only, through each platform's `ChatGateway`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Mapping
from typing import Any

from bot.bootstrap import bootstrap
from bot.nudges import NudgeScheduler
from bot.settings import Settings
from engine.messages import Platform
from engine.ports import ChatGateway
from engine.store.reachability import PgReachability

log = logging.getLogger(__name__)


def build_gateways(
    settings: Settings, database_url: str, *, client: Any, reachability: Any = None
) -> dict[Platform, ChatGateway]:
    """A `ChatGateway` per configured platform.

    Slack needs only its token (or OAuth client); Discord needs the running
    `discord.Client` of this process (`client`), so a worker without one
    (e.g. `coachbot nudges tick`) leaves Discord nudges for a worker that has.
    """
    gateways: dict[Platform, ChatGateway] = {}
    token = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else None
    secret = (
        settings.slack_client_secret.get_secret_value() if settings.slack_client_secret else None
    )
    if token or (settings.slack_client_id and secret):
        from adapters.slack.app import build_slack_gateway
        from bot.database import sqlalchemy_url

        gateways[Platform.SLACK] = build_slack_gateway(
            token=token,
            client_id=settings.slack_client_id,
            client_secret=secret,
            database_url=sqlalchemy_url(database_url),
            api_url=settings.slack_api_url,
            reachability=reachability,
        )
    if client is not None:
        from adapters.discord.gateway import DiscordChatGateway

        gateways[Platform.DISCORD] = DiscordChatGateway(client=client, reachability=reachability)
    return gateways


async def close_gateways(gateways: Mapping[Platform, ChatGateway]) -> None:
    for gateway in gateways.values():
        close = getattr(gateway, "aclose", None)
        if close is not None:
            with contextlib.suppress(Exception):
                await close()


async def run_worker(settings: Settings) -> None:
    """Serve until SIGTERM/SIGINT: the chat clients that are configured, and the nudges."""
    from bot.database import resolve_url

    app = await bootstrap(settings)
    url = resolve_url(settings.database_url, settings.coachbot_data_dir)
    reachability = PgReachability(app.db)
    tasks: list[asyncio.Task[Any]] = []
    client = None
    if settings.discord_token is not None:
        from adapters.discord.client import CoachbotClient
        from adapters.discord.run import run_client

        client = CoachbotClient(
            handler=app.coachbot,
            reachability=reachability,
            guild_id=settings.discord_guild_id,
            api_url=settings.discord_api_url,
        )
        tasks.append(
            asyncio.create_task(
                run_client(client, token=settings.discord_token.get_secret_value()), name="discord"
            )
        )
    if settings.slack_app_token is not None:
        from adapters.slack.app import build_slack_app, run_socket_mode

        bot = build_slack_app(
            handler=app.coachbot,
            token=settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else None,
            api_url=settings.slack_api_url,
            reachability=reachability,
        )
        tasks.append(
            asyncio.create_task(
                run_socket_mode(bot, app_token=settings.slack_app_token.get_secret_value()),
                name="slack-socket-mode",
            )
        )
    gateways = build_gateways(settings, url, client=client, reachability=reachability)
    scheduler = NudgeScheduler(app.db, gateways, app.clock)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    scheduler.start()
    log.info("worker %s started; gateways: %s", scheduler.worker, sorted(gateways))
    try:
        waiter = asyncio.create_task(stop.wait(), name="stop")
        done, _ = await asyncio.wait([waiter, *tasks], return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            if task is not waiter and task.exception() is not None:
                raise task.exception()  # type: ignore[misc]
    finally:
        scheduler.shutdown()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        if client is not None:
            await client.close()
        await close_gateways(gateways)
        await app.close()
