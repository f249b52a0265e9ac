"""Ports: the small Protocols through which the engine reaches the outside world."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

from engine.llm.types import CoachRequest, CoachResult
from engine.messages import IncomingMessage, PlatformIdentity, Reply


class Clock(Protocol):
    """Tells the time; the console's virtual clock and tests move it."""

    def now(self) -> datetime:
        """Return the current time, timezone-aware UTC."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class Coach(Protocol):
    """The LLM port: one call per turn returns the whole structured judgement."""

    name: str

    async def evaluate(self, request: CoachRequest) -> CoachResult:
        """Judge an answer and write the reply.

        Raises:
            CoachUnavailable: on timeout, overload, or an answer that cannot be used.
        """
        ...


class CoachUnavailable(Exception):
    """The LLM could not give a usable answer this turn; the caller degrades gracefully."""


@dataclass(frozen=True, slots=True)
class Delivery:
    """Where a proactive message ended up."""

    platform_message_id: str
    channel_id: str | None = None


class RecipientUnreachable(Exception):
    """The person cannot be messaged (DMs closed, user gone, app uninstalled)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class DeliveryDeferred(Exception):
    """A temporary failure (429, 5xx, network); try again after `retry_after` seconds.

    `rate_limited` marks a 429: the platform asked us to slow down, which says nothing
    about this message, so it does not count as a failed attempt.
    """

    def __init__(
        self, reason: str, retry_after: float = 0.0, *, rate_limited: bool = False
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after
        self.rate_limited = rate_limited


class ChatGateway(Protocol):
    """Sends proactive messages (nudges) to a person on one platform."""

    async def send(self, *, identity: PlatformIdentity, replies: Sequence[Reply]) -> Delivery:
        """Deliver `replies` to the person's direct messages.

        Raises:
            RecipientUnreachable: the person cannot be reached; don't retry.
            DeliveryDeferred: a temporary failure; retry later.
        """
        ...


class ReplyOutbox(Protocol):
    """Parks replies the platform refused after the turn was saved, for later delivery."""

    async def park(
        self, *, identity: PlatformIdentity, key: str, texts: Sequence[str], due_at: datetime
    ) -> bool:
        """Queue `texts` (rendered plain) for `identity`, due at `due_at`, once per `key`.

        Returns:
            False when nothing was queued (unknown person, or `key` already queued).
        """
        ...


class MessageHandler(Protocol):
    """What adapters call: one incoming message in, the replies out."""

    async def handle(self, message: IncomingMessage) -> list[Reply]:
        """Run one turn. Replaying the same idempotency key returns no replies."""
        ...


class Reachability(Protocol):
    """Remembers which platform identities can no longer be messaged."""

    async def mark_unreachable(self, *, identity: PlatformIdentity, reason: str) -> None:
        """Record that DMs to `identity` fail for `reason`; nudges stop trying."""
        ...

    async def unreachable_reason(self, *, identity: PlatformIdentity) -> str | None:
        """Return why `identity` is unreachable, or None when it is reachable."""
        ...

    async def mark_reachable(self, *, identity: PlatformIdentity) -> None:
        """Clear the mark (the person wrote to us again, so DMs work)."""
        ...


class Embedder(Protocol):
    """Turns text into vectors for semantic search; runs locally, never downloads weights."""

    name: str  # stored with each vector: vectors of different models are never compared

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        """Return one vector of unit length per text, all of the same dimension."""
        ...
