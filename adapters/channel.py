"""The channel contract: what every chat platform adapter offers the processes in `bot/`.

A channel is one platform (Slack, Discord). `bot/` keeps one list of channel classes
and, for each one whose settings are present, builds it, runs it until it is
cancelled, hands its `gateway` to the nudge dispatcher and closes it:

    if Channel.configured(settings, serving=True):
        channel = Channel.build(settings, deps, serving=True)
        task = asyncio.create_task(channel.run())   # events in, until cancelled
        gateways[channel.platform] = channel.gateway  # proactive sends out
        ...
        task.cancel(); await channel.aclose()

`serving=False` is a process that only sends (`coachbot nudges tick`): a channel
that can send only through the connection it serves (Discord) is then not
configured. Cancelling `run` stops taking new events; replies of turns still in
flight go out until `aclose`. A channel module imports its platform SDK only
inside `build`, so listing it costs nothing where the SDK is not installed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Protocol, Self, TypeVar

from engine.messages import Platform
from engine.ports import ChatGateway, MessageHandler, Reachability, ReplyOutbox


class Secret(Protocol):
    """A setting that must not be printed (pydantic's `SecretStr`)."""

    def get_secret_value(self) -> str: ...


@dataclass(frozen=True, slots=True)
class ChannelDeps:
    """What a channel needs from the rest of the process."""

    handler: MessageHandler  # the engine: one incoming message in, replies out
    reachability: Reachability  # who can no longer be messaged
    outbox: ReplyOutbox  # replies the platform refused after the turn was saved
    database_url: str  # SQLAlchemy (asyncpg) URL, for channels that keep their own tables


SettingsT = TypeVar("SettingsT", contravariant=True)


class Channel(Protocol[SettingsT]):
    """One chat platform: configured?, build, run, gateway, aclose."""

    platform: ClassVar[Platform]

    @classmethod
    def configured(cls, settings: SettingsT, *, serving: bool = True) -> bool:
        """Whether `settings` ask for this channel in a process that serves (or only sends)."""
        ...

    @classmethod
    def build(cls, settings: SettingsT, deps: ChannelDeps, *, serving: bool = True) -> Self:
        """Create the platform clients; nothing connects yet.

        Raises:
            ValueError: naming the missing or wrong setting.
        """
        ...

    async def run(self) -> None:
        """Take the platform's events until cancelled (or fail at startup)."""
        ...

    @property
    def gateway(self) -> ChatGateway:
        """Sends nudges and parked replies to this platform's people."""
        ...

    async def aclose(self) -> None:
        """Release the connections, clients and stores the channel owns."""
        ...
