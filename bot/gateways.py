"""The `ChatGateway` of each configured platform, for whoever sends nudges."""

from __future__ import annotations

import contextlib
from collections.abc import Mapping

from bot.bootstrap import Application
from bot.extras import require_extra, slack_reason
from bot.settings import Settings
from engine.messages import Platform
from engine.ports import ChatGateway


def slack_configured(settings: Settings) -> bool:
    """A bot token (single workspace) or an OAuth client (multi-workspace) is set."""
    return bool(
        settings.slack_bot_token or (settings.slack_client_id and settings.slack_client_secret)
    )


def build_gateways(
    app: Application, *, discord: ChatGateway | None = None
) -> dict[Platform, ChatGateway]:
    """A `ChatGateway` per configured platform.

    Slack needs only its token (or OAuth client); Discord sends through the
    running `discord.Client` of this process, so its gateway is passed in by
    whoever runs that client (a process without one, e.g. `coachbot nudges
    tick`, leaves Discord people's nudges to a worker that has it).
    """
    gateways: dict[Platform, ChatGateway] = {}
    if slack_configured(app.settings):
        require_extra("slack", slack_reason(app.settings))
        from bot.slack import build_gateway

        gateways[Platform.SLACK] = build_gateway(app)
    if discord is not None:
        gateways[Platform.DISCORD] = discord
    return gateways


async def close_gateways(gateways: Mapping[Platform, ChatGateway]) -> None:
    for gateway in gateways.values():
        close = getattr(gateway, "aclose", None)
        if close is not None:
            with contextlib.suppress(Exception):
                await close()
