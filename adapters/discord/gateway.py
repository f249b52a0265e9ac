"""`ChatGateway` for Discord: proactive DMs (nudges), paced and classified.

discord.py already waits out 429s (per-route buckets and the global limit) and
retries some 5xx; on top of that every request here takes a token from a
`TokenBucket`, so a large batch never reaches the global limit at all.

A nudge's messages carry a `nonce` derived from the nudge's idempotency key (and the
message's place in it) with `enforce_nonce`, so Discord itself refuses a second copy:
if the worker crashes after Discord accepted a message but before the outbox marked
it sent, the retry gets the original message back instead of sending it again.
Discord only remembers nonces for a few minutes, so a retry later than that (a
worker down for longer than the lease plus a few minutes) can still send twice.
"""

from __future__ import annotations

import hashlib
import logging
from collections import OrderedDict
from collections.abc import Sequence

import aiohttp
import discord

from adapters.discord.inbound import DMS_CLOSED
from adapters.discord.pacing import TokenBucket
from adapters.discord.render import render_replies
from engine.messages import Platform, PlatformIdentity, Reply
from engine.nudges import current_nudge
from engine.ports import Delivery, DeliveryDeferred, Reachability, RecipientUnreachable

_log = logging.getLogger(__name__)

_UNKNOWN_USER = 10013
_NOT_READY_RETRY = 5.0
_DM_CHANNEL_CACHE = 50_000  # user id → DM channel id; saves one request per repeat nudge
_NONCE_CHARS = 25  # Discord's limit for a message nonce


def nudge_nonce(idempotency_key: str, part: int) -> str:
    """The nonce of message `part` of a nudge: stable across retries, 25 characters."""
    digest = hashlib.sha256(f"{idempotency_key}#{part}".encode()).hexdigest()
    return digest[:_NONCE_CHARS]


class DiscordChatGateway:
    """Sends replies to a person's Discord DMs through a running `discord.Client`."""

    def __init__(
        self,
        *,
        client: discord.Client,
        reachability: Reachability,
        pacer: TokenBucket | None = None,
    ) -> None:
        self._client = client
        self._reachability = reachability
        self._pacer = pacer or TokenBucket()
        self._dm_channels: OrderedDict[int, int] = OrderedDict()

    async def send(self, *, identity: PlatformIdentity, replies: Sequence[Reply]) -> Delivery:
        """Deliver `replies` to the person's DMs.

        A failure after some messages went out returns what was delivered rather
        than raising: a retry would send those messages twice.

        Raises:
            RecipientUnreachable: DMs closed (50007) or the user is gone; marked in Reachability.
            DeliveryDeferred: the client is not logged in yet, a 429 beyond discord.py's
                own retries, 5xx or network trouble.
        """
        if identity.platform is not Platform.DISCORD:
            raise ValueError(f"not a Discord identity: {identity}")
        if self._client.user is None or self._client.is_closed():
            # The scheduler may start before the client has logged in, or outlive it.
            raise DeliveryDeferred("Discord client not logged in", retry_after=_NOT_READY_RETRY)
        rendered = render_replies(list(replies))
        nudge = current_nudge.get()
        sent: list[discord.Message] = []
        try:
            channel = await self._dm_channel(int(identity.user_id))
            for part, message in enumerate(rendered):
                await self._pacer.acquire()
                kwargs = message.kwargs()
                if nudge is not None:  # discord.py sends enforce_nonce with any nonce
                    kwargs["nonce"] = nudge_nonce(nudge.idempotency_key, part)
                sent.append(await channel.send(**kwargs))
        except discord.RateLimited as exc:  # only when a wait would exceed max_ratelimit_timeout
            if sent:
                return _delivery(sent)
            raise DeliveryDeferred(
                "rate limited", retry_after=exc.retry_after, rate_limited=True
            ) from exc
        except discord.HTTPException as exc:
            if sent:
                _log.warning("partial delivery to %s: %s", identity, exc)
                return _delivery(sent)
            raise await self._classify(identity, exc) from exc
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            if sent:
                _log.warning("partial delivery to %s: %r", identity, exc)
                return _delivery(sent)
            raise DeliveryDeferred(f"network: {exc!r}") from exc
        if not sent:
            raise ValueError("nothing to send")
        return _delivery(sent)

    async def _dm_channel(self, user_id: int) -> discord.abc.Messageable:
        channel_id = self._dm_channels.get(user_id)
        if channel_id is None:
            await self._pacer.acquire()
            dm = await self._client.create_dm(discord.Object(id=user_id))
            channel_id = dm.id
            self._dm_channels[user_id] = channel_id
            if len(self._dm_channels) > _DM_CHANNEL_CACHE:
                self._dm_channels.popitem(last=False)
        else:
            self._dm_channels.move_to_end(user_id)
        return self._client.get_partial_messageable(channel_id, type=discord.ChannelType.private)

    async def _classify(self, identity: PlatformIdentity, exc: discord.HTTPException) -> Exception:
        if isinstance(exc, discord.Forbidden | discord.NotFound):
            if exc.code == DMS_CLOSED:
                reason = "dms_closed"
            elif exc.code == _UNKNOWN_USER:
                reason = "unknown_user"
            else:
                reason = f"discord_{exc.status}_{exc.code}"
            await self._reachability.mark_unreachable(identity=identity, reason=reason)
            return RecipientUnreachable(reason)
        if exc.status == 429 or exc.status >= 500:
            retry_after = float(exc.response.headers.get("Retry-After", 0) or 0)
            return DeliveryDeferred(
                f"discord {exc.status}", retry_after=retry_after, rate_limited=exc.status == 429
            )
        return exc


def _delivery(sent: list[discord.Message]) -> Delivery:
    last = sent[-1]
    return Delivery(platform_message_id=str(last.id), channel_id=str(last.channel.id))
