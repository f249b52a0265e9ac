"""The discord.py client: DMs, the `/coach` commands and persistent components."""

from __future__ import annotations

import logging
from typing import Any, Literal, TypedDict, Unpack

import discord
from discord import app_commands

from adapters.discord.commands import coach_group
from adapters.discord.endpoints import ApiOverride
from adapters.discord.inbound import Turns
from adapters.discord.render import NO_MENTIONS
from adapters.discord.views import DYNAMIC_ITEMS
from engine.messages import Action
from engine.ports import MessageHandler, Reachability

_log = logging.getLogger(__name__)


def coachbot_intents() -> discord.Intents:
    """Only what coaching needs: no privileged intent at all.

    `dm_messages` delivers DMs; `guilds` keeps discord.py's guild and channel
    cache coherent for slash commands used in servers. MESSAGE CONTENT is not
    requested: Discord exempts "content in DMs with the app" from it, and the bot
    never reads server channels.
    """
    intents = discord.Intents.none()
    intents.guilds = True
    intents.dm_messages = True
    return intents


class CoachbotClient(discord.Client):
    """Translates Discord events into engine turns.

    Args:
        handler: the engine.
        reachability: where closed DMs are recorded.
        guild_id: sync commands to this guild only (instant; for development).
        api_url: another Discord to talk to (the fake server in tests).
    """

    def __init__(
        self,
        *,
        handler: MessageHandler,
        reachability: Reachability,
        guild_id: int | None = None,
        api_url: str | None = None,
        **options: Any,
    ) -> None:
        super().__init__(intents=coachbot_intents(), allowed_mentions=NO_MENTIONS, **options)
        self.turns = Turns(handler=handler, reachability=reachability)
        self.reachability = reachability
        self.tree = app_commands.CommandTree(self)
        self.tree.add_command(coach_group(self.turns.on_command))
        self._guild_id = guild_id
        self._override = ApiOverride(api_url) if api_url else None

    async def login(self, token: str) -> None:
        if self._override is not None:
            self._override.apply_rest()
        await super().login(token)

    async def setup_hook(self) -> None:
        if self._override is not None:
            gateway = await self._override.apply_gateway(self.http)
            _log.info("using gateway %s", gateway)
        self.add_dynamic_items(*DYNAMIC_ITEMS)
        await self.sync_commands()

    async def sync_commands(self) -> None:
        """Guild-scoped sync shows changes at once; global sync can take a while to appear."""
        if self._guild_id is not None:
            guild = discord.Object(id=self._guild_id)
            self.tree.copy_global_to(guild=guild)
            await self.tree.sync(guild=guild)
        else:
            await self.tree.sync()

    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or message.guild is not None:
            return
        if not message.content.strip():
            return
        await self.turns.on_direct_message(message)

    async def on_coach_action(self, interaction: discord.Interaction, action: Action) -> None:
        await self.turns.on_action(interaction, action)

    async def close(self) -> None:
        try:
            await super().close()
        finally:
            if self._override is not None:
                self._override.restore()


class ShardedCoachbotClient(CoachbotClient, discord.AutoShardedClient):
    """The same client over several gateway shards in one process (`DISCORD_SHARDS`).

    `shard_count=None` lets Discord say how many (`GET /gateway/bot`). All shards share
    one HTTP client, so discord.py's global rate limit (50 requests/s per bot token)
    holds across them; across processes it does not (see docs/operations.md).
    """


Shards = int | Literal["auto"] | None


class ClientOptions(TypedDict, total=False):
    """How the client connects: `DISCORD_GUILD_ID`, `DISCORD_API_URL`, `DISCORD_SHARDS`."""

    guild_id: int | None
    api_url: str | None
    shards: Shards


def make_client(
    *, handler: MessageHandler, reachability: Reachability, **options: Unpack[ClientOptions]
) -> CoachbotClient:
    """One gateway connection (`shards=None`), or `AutoShardedClient` with N or "auto" shards."""
    shards = options.get("shards")
    guild_id, api_url = options.get("guild_id"), options.get("api_url")
    if shards is None:
        return CoachbotClient(
            handler=handler, reachability=reachability, guild_id=guild_id, api_url=api_url
        )
    return ShardedCoachbotClient(
        handler=handler,
        reachability=reachability,
        guild_id=guild_id,
        api_url=api_url,
        shard_count=None if shards == "auto" else shards,
    )
