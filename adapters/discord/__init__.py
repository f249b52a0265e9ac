"""Discord adapter: DMs, `/coach` slash commands, persistent buttons, proactive DMs."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from adapters.discord.channel import DiscordChannel
    from adapters.discord.client import CoachbotClient, coachbot_intents
    from adapters.discord.gateway import DiscordChatGateway
    from adapters.discord.pacing import TokenBucket
    from adapters.discord.run import DiscordStartupError, run_client, run_discord

# Imported on first use, so `adapters.X.channel` (the registration) loads no SDK.
_EXPORTS = {
    "DiscordChannel": "adapters.discord.channel",
    "CoachbotClient": "adapters.discord.client",
    "coachbot_intents": "adapters.discord.client",
    "DiscordChatGateway": "adapters.discord.gateway",
    "TokenBucket": "adapters.discord.pacing",
    "DiscordStartupError": "adapters.discord.run",
    "run_client": "adapters.discord.run",
    "run_discord": "adapters.discord.run",
}


def __getattr__(name: str) -> object:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


__all__ = [
    "CoachbotClient",
    "DiscordChannel",
    "DiscordChatGateway",
    "DiscordStartupError",
    "TokenBucket",
    "coachbot_intents",
    "run_client",
    "run_discord",
]
