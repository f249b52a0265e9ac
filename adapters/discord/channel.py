"""Discord as a channel (`adapters.channel.Channel`): one gateway client, its DM sender.

Discord sends only through the client this process runs (logged in, connected), so
a process that only sends (`coachbot nudges tick`) has no Discord channel: a worker
that serves Discord delivers its people's nudges. Cancelling `run` leaves the
connection up, because turns still in flight answer through it; `aclose` ends it.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, ClassVar, Literal, Protocol, Self

from adapters.channel import ChannelDeps, Secret
from engine.messages import Platform
from engine.ports import ChatGateway

if TYPE_CHECKING:
    from adapters.discord.client import CoachbotClient
    from adapters.discord.gateway import DiscordChatGateway

log = logging.getLogger(__name__)

_CLOSE_SECONDS = 10.0


class DiscordSettings(Protocol):
    """The settings Discord reads (`bot.settings.Settings` has them)."""

    @property
    def discord_token(self) -> Secret | None: ...
    @property
    def discord_api_url(self) -> str | None: ...
    @property
    def discord_guild_id(self) -> int | None: ...
    def discord_shard_count(self) -> int | Literal["auto"] | None: ...


class DiscordChannel:
    """`DISCORD_TOKEN` set: the bot's gateway connection (sharded with `DISCORD_SHARDS`)."""

    platform: ClassVar[Platform] = Platform.DISCORD

    def __init__(self, client: CoachbotClient, gateway: DiscordChatGateway, *, token: str) -> None:
        self.client = client
        self._gateway = gateway
        self._token = token
        self._serving: asyncio.Task[None] | None = None

    @classmethod
    def configured(cls, settings: DiscordSettings, *, serving: bool = True) -> bool:
        return serving and settings.discord_token is not None

    @classmethod
    def build(cls, settings: DiscordSettings, deps: ChannelDeps, *, serving: bool = True) -> Self:
        from adapters.discord.client import make_client
        from adapters.discord.gateway import DiscordChatGateway

        if settings.discord_token is None or not serving:
            raise ValueError("DISCORD_TOKEN is required (and Discord sends only while serving)")
        client = make_client(
            handler=deps.handler,
            reachability=deps.reachability,
            guild_id=settings.discord_guild_id,
            api_url=settings.discord_api_url,
            shards=settings.discord_shard_count(),
        )
        gateway = DiscordChatGateway(client=client, reachability=deps.reachability)
        return cls(client, gateway, token=settings.discord_token.get_secret_value())

    async def run(self) -> None:
        """Log in and serve until cancelled.

        Raises:
            DiscordStartupError: invalid token or a privileged intent not enabled.
        """
        from adapters.discord.run import run_client

        if self._serving is None:
            self._serving = asyncio.create_task(
                run_client(self.client, token=self._token), name="discord"
            )
        await asyncio.shield(self._serving)

    @property
    def gateway(self) -> ChatGateway:
        return self._gateway

    async def aclose(self) -> None:
        await self.client.close()
        if self._serving is not None:
            done, _ = await asyncio.wait({self._serving}, timeout=_CLOSE_SECONDS)
            if not done:
                log.warning("the Discord client did not stop within %.0f s", _CLOSE_SECONDS)
                self._serving.cancel()
