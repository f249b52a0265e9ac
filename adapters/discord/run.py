"""Entry points: run the Discord client until stopped, failing clearly at startup."""

from __future__ import annotations

import sys
from typing import Unpack

import discord

from adapters.discord.client import ClientOptions, CoachbotClient, make_client
from engine.ports import MessageHandler, Reachability

STARTUP_FAILED = 2

INVALID_TOKEN = (
    "DISCORD_TOKEN was rejected by Discord (invalid or reset token): copy a fresh one from "
    "the Developer Portal → your application → Bot → Reset Token."
)
# Only reachable if a privileged intent is added to `coachbot_intents()` later.
INTENT_MISSING = (
    "Discord refused a privileged gateway intent: enable it in the Developer Portal → "
    "your application → Bot → Privileged Gateway Intents (or stop requesting it)."
)


class DiscordStartupError(Exception):
    """Startup failed for a reason the operator must fix (`line` says which)."""

    exit_code = STARTUP_FAILED

    def __init__(self, line: str) -> None:
        super().__init__(line)
        self.line = line


async def run_client(client: CoachbotClient, *, token: str) -> None:
    """Log in, connect and serve until the client is closed.

    Raises:
        DiscordStartupError: invalid token or a privileged intent not enabled; the
            one-line reason has already been printed to stderr.
    """
    try:
        async with client:
            await client.start(token)
    except discord.LoginFailure:
        raise _fail(INVALID_TOKEN) from None
    except discord.PrivilegedIntentsRequired:
        raise _fail(INTENT_MISSING) from None


async def run_discord(
    *,
    token: str,
    handler: MessageHandler,
    reachability: Reachability,
    **options: Unpack[ClientOptions],
) -> None:
    """Run the Discord adapter for `coachbot discord run`.

    A bad token or a missing privileged intent prints one line to stderr and
    raises `SystemExit(2)` (meant to be the process's main coroutine, under
    `asyncio.run`); embedders that want an exception use `run_client`.

    Args:
        token: the bot token (`DISCORD_TOKEN`).
        handler: the engine.
        reachability: records people whose DMs are closed.
        options: `guild_id` (`DISCORD_GUILD_ID`: sync commands to that guild only),
            `api_url` (`DISCORD_API_URL`: another Discord, in tests), `shards`
            (`DISCORD_SHARDS`: None for one connection, N or "auto" for an
            `AutoShardedClient`).
    """
    client = make_client(handler=handler, reachability=reachability, **options)
    try:
        await run_client(client, token=token)
    except DiscordStartupError as exc:
        raise SystemExit(exc.exit_code) from None


def _fail(line: str) -> DiscordStartupError:
    print(f"coachbot: {line}", file=sys.stderr, flush=True)
    return DiscordStartupError(line)
