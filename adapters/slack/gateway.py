"""`SlackGateway`: proactive messages (nudges) to a person's Slack DM.

conversations.open, then chat.postMessage; 429 honours Retry-After and 5xx backs
off, both bounded; at most about one message per second per channel. Errors that
mean "this person cannot be messaged" raise `RecipientUnreachable`, the rest
`DeliveryDeferred` so the outbox retries later.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.oauth.installation_store.async_installation_store import AsyncInstallationStore
from slack_sdk.oauth.token_rotation.async_rotator import AsyncTokenRotator
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.render import render_messages
from engine.messages import PlatformIdentity, Reply
from engine.ports import Delivery, DeliveryDeferred, Reachability, RecipientUnreachable

log = logging.getLogger(__name__)

GROUP_HELLO = (
    "👋 <@{first}>, meet <@{second}> — you both said yes to an introduction."
    " This conversation is just the two of you (and me, quietly): say hello and find a time."
)

UNREACHABLE_ERRORS = frozenset(
    {
        "not_in_channel",
        "cannot_dm_bot",
        "user_not_found",
        "account_inactive",
        "channel_not_found",
        "invalid_auth",
        "token_revoked",
        "not_authed",
        "user_disabled",
        "team_access_not_granted",
    }
)


class BotTokens(Protocol):
    """Finds the bot token of a workspace; None when the app is not installed there."""

    async def bot_token(self, workspace_id: str) -> str | None: ...


class SingleToken:
    """Single-workspace mode: one `SLACK_BOT_TOKEN` for every identity."""

    def __init__(self, token: str) -> None:
        self.token = token

    async def bot_token(self, workspace_id: str) -> str | None:
        return self.token


class InstalledTokens:
    """Multi-workspace mode: tokens from the installation store, rotated when due."""

    def __init__(
        self,
        store: AsyncInstallationStore,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        client: AsyncWebClient | None = None,
    ) -> None:
        self.store = store
        self.rotator = (
            AsyncTokenRotator(client_id=client_id, client_secret=client_secret, client=client)
            if client_id and client_secret
            else None
        )

    async def bot_token(self, workspace_id: str) -> str | None:
        bot = await self.store.async_find_bot(enterprise_id=None, team_id=workspace_id)
        if bot is None:
            return None
        if bot.bot_refresh_token and self.rotator is not None:
            refreshed = await self.rotator.perform_bot_token_rotation(
                bot=bot, minutes_before_expiration=120
            )
            if refreshed is not None:
                await self.store.async_save_bot(refreshed)
                return refreshed.bot_token
        return bot.bot_token


@dataclass(kw_only=True, eq=False)
class SlackGateway:
    """`ChatGateway` for Slack: paced per channel, bounded retries (`sleep` and `monotonic`
    are the clock, injectable in tests)."""

    tokens: BotTokens
    api_url: str | None = None
    reachability: Reachability | None = None
    per_channel_interval: float = 1.0
    max_attempts: int = 4
    max_inline_wait: float = 30.0
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    monotonic: Callable[[], float] = time.monotonic
    on_close: Callable[[], Awaitable[None]] | None = None
    _next_slot: dict[str, float] = field(default_factory=dict, init=False)
    _locks: dict[str, asyncio.Lock] = field(default_factory=dict, init=False)
    _dm_channels: dict[PlatformIdentity, str] = field(default_factory=dict, init=False)

    async def aclose(self) -> None:
        """Release what the gateway owns (the database engine of its token store)."""
        if self.on_close is not None:
            await self.on_close()

    async def send(self, *, identity: PlatformIdentity, replies: Sequence[Reply]) -> Delivery:
        try:
            return await self._send(identity, replies)
        except RecipientUnreachable as unreachable:
            self._dm_channels.pop(identity, None)
            if self.reachability is not None:
                await self.reachability.mark_unreachable(
                    identity=identity, reason=unreachable.reason
                )
            raise

    async def _send(self, identity: PlatformIdentity, replies: Sequence[Reply]) -> Delivery:
        token = await self.tokens.bot_token(identity.workspace_id)
        if token is None:
            raise RecipientUnreachable("not_installed")
        kwargs: dict[str, Any] = {"token": token}
        if self.api_url:
            kwargs["base_url"] = self.api_url
        client = AsyncWebClient(**kwargs)
        channel = self._dm_channels.get(identity)
        if channel is None:
            opened = await self._call(client.conversations_open, users=identity.user_id)
            channel = str(opened["channel"]["id"])
            self._dm_channels[identity] = channel
        first_ts: str | None = None
        for message in render_messages(replies):
            async with self._locks.setdefault(channel, asyncio.Lock()):
                await self._pace(channel)
                posted = await self._call(
                    client.chat_postMessage,
                    channel=channel,
                    text=message.text,
                    blocks=message.blocks,
                )
            first_ts = first_ts or str(posted["ts"])
        if first_ts is None:
            raise DeliveryDeferred("nothing_to_send")
        together = next((r.together_with for r in replies if r.together_with), None)
        if together and together != identity.user_id:
            await self._greet_together(client, identity.user_id, together)
        return Delivery(platform_message_id=first_ts, channel_id=channel)

    async def _greet_together(self, client: AsyncWebClient, first: str, second: str) -> None:
        """Open the group DM of two colleagues who both said yes, and say hello in it.

        The reveal already reached the person's own DM, so a failure here is logged
        and the delivery still counts (retrying would send the reveal twice).
        """
        try:
            opened = await self._call(client.conversations_open, users=f"{first},{second}")
            await self._call(
                client.chat_postMessage,
                channel=str(opened["channel"]["id"]),
                text=GROUP_HELLO.format(first=first, second=second),
            )
        except (DeliveryDeferred, RecipientUnreachable) as error:
            log.warning("could not open the group DM of an introduction: %s", error)

    async def _pace(self, channel: str) -> None:
        now = self.monotonic()
        wait = self._next_slot.get(channel, now) - now
        if wait > 0:
            await self.sleep(wait)
        self._next_slot[channel] = max(now, now + wait) + self.per_channel_interval

    async def _call(self, method: Callable[..., Awaitable[Any]], **kwargs: Any) -> Any:
        """One Web API call with bounded retries; maps failures to the port's exceptions."""
        for attempt in range(1, self.max_attempts + 1):
            last = attempt == self.max_attempts
            try:
                return await method(**kwargs)
            except SlackApiError as error:
                status = error.response.status_code
                code = str(error.response.get("error") or "")
                if code in UNREACHABLE_ERRORS:
                    raise RecipientUnreachable(code) from error
                if status == 429 or code == "ratelimited":
                    retry_after = float(error.response.headers.get("Retry-After", 1))
                    if last or retry_after > self.max_inline_wait:
                        raise DeliveryDeferred(
                            "ratelimited", retry_after, rate_limited=True
                        ) from error
                    log.info("Slack rate limit; retrying in %.0f s", retry_after)
                    await self.sleep(retry_after)
                elif status >= 500:
                    if last:
                        raise DeliveryDeferred(f"http_{status}", 30.0) from error
                    await self.sleep(min(0.5 * 2**attempt, 8.0))
                else:
                    raise DeliveryDeferred(code or f"http_{status}", 60.0) from error
            except (aiohttp.ClientError, TimeoutError) as error:
                if last:
                    raise DeliveryDeferred(f"network: {error}", 30.0) from error
                await self.sleep(min(0.5 * 2**attempt, 8.0))
        raise AssertionError("unreachable")
