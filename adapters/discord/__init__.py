"""Discord adapter: DMs, `/coach` slash commands, persistent buttons, proactive DMs."""

from adapters.discord.client import CoachbotClient, coachbot_intents
from adapters.discord.gateway import DiscordChatGateway
from adapters.discord.pacing import TokenBucket
from adapters.discord.run import DiscordStartupError, run_client, run_discord

__all__ = [
    "CoachbotClient",
    "DiscordChatGateway",
    "DiscordStartupError",
    "TokenBucket",
    "coachbot_intents",
    "run_client",
    "run_discord",
]
