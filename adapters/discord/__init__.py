"""Discord adapter: DMs, `/coach` slash commands, persistent buttons, proactive DMs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from adapters._lazy import lazy_exports

if TYPE_CHECKING:
    from adapters.discord.channel import DiscordChannel
    from adapters.discord.client import (
        CoachbotClient,
        coachbot_intents,
    )
    from adapters.discord.gateway import DiscordChatGateway
    from adapters.discord.pacing import TokenBucket
    from adapters.discord.run import (
        DiscordStartupError,
        run_client,
        run_discord,
    )

__getattr__ = lazy_exports(
    __name__,
    {
        "adapters.discord.channel": ("DiscordChannel",),
        "adapters.discord.client": (
            "CoachbotClient",
            "coachbot_intents",
        ),
        "adapters.discord.gateway": ("DiscordChatGateway",),
        "adapters.discord.pacing": ("TokenBucket",),
        "adapters.discord.run": (
            "DiscordStartupError",
            "run_client",
            "run_discord",
        ),
    },
)

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
