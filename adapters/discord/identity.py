"""How Discord people and events map onto engine identities and idempotency keys."""

from __future__ import annotations

import discord

from engine.messages import Platform, PlatformIdentity

# A Discord account is one global identity: the same person coaches from a
# server's slash command and from DMs, so the workspace is not the guild (and
# not "dm"), it is the whole of Discord.
DISCORD_WORKSPACE = "discord"


def identity_of(user: discord.abc.User) -> PlatformIdentity:
    return PlatformIdentity(Platform.DISCORD, DISCORD_WORKSPACE, str(user.id))


def idempotency_key(event_id: int) -> str:
    """Message id for DMs, interaction id for commands and clicks (both are snowflakes)."""
    return f"discord:{event_id}"
