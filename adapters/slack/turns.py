"""Run one engine turn for a Slack person and deliver the answer.

Listeners call this after Slack has been acknowledged. A turn slower than
`thinking_after` seconds first shows a "thinking…" message, later replaced
(`chat.update`) by the answer, so the person sees life while the LLM works.

The answer is already saved when it is sent, so it must not be dropped: when Slack
keeps rate-limiting (a second 429, or a Retry-After longer than we wait inline) or
fails with 5xx / network errors, what was not yet posted goes to the `ReplyOutbox`,
due when Slack said to come back, and the nudge dispatcher delivers it once.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack._metrics import SlackMetrics
from adapters.slack._retry import retry_after
from adapters.slack.identity import Profiles
from adapters.slack.render import SlackMessage, render_messages
from engine.messages import IncomingMessage, Reply
from engine.ports import MessageHandler, Reachability, ReplyOutbox

log = logging.getLogger(__name__)

THINKING_TEXT = "_thinking…_"
SORRY = Reply(text="Sorry, something went wrong on my side. Please try again in a minute.")
FILE_LATER = "I could not attach the file just now; type `export my data` again in a minute."
_DEFAULT_LATER = timedelta(seconds=30)


class RecentKeys:
    """A bounded set of recently seen keys: drops Slack retries without a database trip."""

    def __init__(self, capacity: int = 10_000) -> None:
        self._keys: OrderedDict[str, None] = OrderedDict()
        self._capacity = capacity

    def first_time(self, key: str) -> bool:
        if key in self._keys:
            return False
        self._keys[key] = None
        if len(self._keys) > self._capacity:
            self._keys.popitem(last=False)
        return True


class TurnRunner:
    """Runs the engine for a turn `inbound` read, and posts or updates the answer."""

    def __init__(
        self,
        *,
        handler: MessageHandler,
        metrics: SlackMetrics,
        reachability: Reachability | None = None,
        thinking_after: float = 1.5,
        outbox: ReplyOutbox | None = None,
    ) -> None:
        self.handler = handler
        self.metrics = metrics
        self.reachability = reachability
        self.outbox = outbox
        self.thinking_after = thinking_after
        self.seen = RecentKeys()
        self.profiles = Profiles()

    def first_time(self, key: str) -> bool:
        fresh = self.seen.first_time(key)
        if not fresh:
            self.metrics.retries_skipped.inc()
        return fresh

    async def ask(self, message: IncomingMessage, *, kind: str) -> list[Reply]:
        """Run the engine; a failure becomes an apology, never an unhandled task error."""
        started = time.monotonic()
        try:
            return await self.handler.handle(message)
        except Exception:
            log.exception("engine turn failed for %s", message.idempotency_key)
            return [SORRY]
        finally:
            self.metrics.turn_seconds.labels(kind).observe(time.monotonic() - started)

    async def converse(
        self,
        client: AsyncWebClient,
        message: IncomingMessage,
        *,
        channel: str,
        kind: str,
        thread_ts: str | None = None,
    ) -> None:
        """Run the turn; show "thinking…" if it is slow; deliver the replies."""
        turn = asyncio.ensure_future(self.ask(message, kind=kind))
        thinking_ts: str | None = None
        done, _ = await asyncio.wait({turn}, timeout=self.thinking_after)
        if not done:
            try:
                posted = await client.chat_postMessage(
                    channel=channel, text=THINKING_TEXT, thread_ts=thread_ts
                )
                thinking_ts = posted.get("ts")
            except SlackApiError as error:
                log.warning("could not post the thinking message: %s", error)
        replies = await turn
        await self.deliver(
            client,
            replies,
            channel=channel,
            thread_ts=thread_ts,
            replace=thinking_ts,
            owed_to=message,
        )
        if self.reachability is not None:
            try:
                await self.reachability.mark_reachable(identity=message.identity)
            except Exception:
                log.exception("could not mark %s reachable", message.identity)

    async def deliver(
        self,
        client: AsyncWebClient,
        replies: Sequence[Reply],
        *,
        channel: str,
        thread_ts: str | None = None,
        replace: str | None = None,
        owed_to: IncomingMessage | None = None,
    ) -> None:
        """Post the replies; the first one takes the place of the `replace` message.

        What Slack refuses for now is parked in the outbox for `owed_to`'s person.
        """
        messages = render_messages(replies)
        posted = 0
        try:
            if not messages and replace is not None:
                await client.chat_delete(channel=channel, ts=replace)
            for i, m in enumerate(messages):
                if i == 0 and replace is not None:
                    await client.chat_update(
                        channel=channel, ts=replace, text=m.text, blocks=m.blocks
                    )
                else:
                    await client.chat_postMessage(
                        channel=channel, text=m.text, blocks=m.blocks, thread_ts=thread_ts
                    )
                posted += 1
            for reply in replies:
                if reply.attachment is not None:
                    await client.files_upload_v2(
                        channel=channel,
                        content=reply.attachment.content,
                        filename=reply.attachment.filename,
                        title=reply.attachment.filename,
                        thread_ts=thread_ts,
                    )
        except SlackApiError as error:
            wait = _temporary(error)
            if wait is None or not await self._park(owed_to, messages[posted:], wait, replies):
                log.error(
                    "could not deliver a reply to %s: %s", channel, error.response.status_code
                )
        except (TimeoutError, aiohttp.ClientError, OSError) as error:
            if not await self._park(owed_to, messages[posted:], _DEFAULT_LATER, replies):
                log.error("could not deliver a reply to %s: %r", channel, type(error))

    async def _park(
        self,
        message: IncomingMessage | None,
        unsent: Sequence[SlackMessage],
        wait: timedelta,
        replies: Sequence[Reply],
    ) -> bool:
        if self.outbox is None or message is None:
            return False
        texts = [m.text for m in unsent]
        if not texts and any(r.attachment is not None for r in replies):
            texts = [FILE_LATER]
        if not texts:
            return True
        try:
            await self.outbox.park(
                identity=message.identity,
                key=message.idempotency_key,
                texts=texts,
                due_at=datetime.now(UTC) + wait,
            )
        except Exception:
            log.exception("could not park a reply for %s", message.idempotency_key)
            return False
        log.warning("reply for %s parked in the outbox for %s", message.idempotency_key, wait)
        return True


def _temporary(error: SlackApiError) -> timedelta | None:
    """How long to wait when Slack's refusal is temporary (429, 5xx); None otherwise."""
    status = int(getattr(error.response, "status_code", 0) or 0)
    if status == 429 or (error.response.get("error") == "ratelimited"):
        seconds = retry_after(dict(error.response.headers or {}))
        return timedelta(seconds=seconds) if seconds is not None else _DEFAULT_LATER
    if status >= 500:
        return _DEFAULT_LATER
    return None
