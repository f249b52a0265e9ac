"""`coachbot discord run`: the Discord channel alone, wired to the engine (the worker runs
it together with the other channels, `bot/channels.py`)."""

from __future__ import annotations

import contextlib

from adapters.discord.channel import DiscordChannel
from adapters.discord.run import DiscordStartupError
from bot.bootstrap import bootstrap
from bot.channels import channel_deps
from bot.settings import Settings


def discord_token(settings: Settings) -> str:
    settings.require("discord_token")
    assert settings.discord_token is not None
    return settings.discord_token.get_secret_value()


async def run(settings: Settings) -> None:
    """Serve Discord until stopped; a rejected token or intent exits 2 with one line."""
    discord_token(settings)
    app = await bootstrap(settings)
    async with contextlib.AsyncExitStack() as stack:
        stack.push_async_callback(app.close)
        channel = DiscordChannel.build(settings, channel_deps(app))
        stack.push_async_callback(channel.aclose)
        try:
            await channel.run()
        except DiscordStartupError as exc:
            raise SystemExit(exc.exit_code) from None
