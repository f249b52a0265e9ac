"""One coaching turn per Discord event: DM, slash command or component click.

Interactions are acknowledged (deferred) before the engine runs, because the
engine may call an LLM and Discord drops interactions not answered within 3 s.
Coaching happens in DMs: a command used in a server gets an ephemeral
acknowledgement there and the coaching itself goes to the person's DMs.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import discord

from adapters.discord.identity import idempotency_key, identity_of
from adapters.discord.render import NO_MENTIONS, DiscordMessage, render_replies
from engine.messages import Action, IncomingMessage, PlatformIdentity, Reply
from engine.ports import MessageHandler, Reachability

_log = logging.getLogger(__name__)

TYPING_REFRESH = 8.0  # seconds; a typing indicator lasts about 10
DMS_CLOSED = 50007  # "Cannot send messages to this user"
SENT_TO_DMS = "I've sent you a direct message — let's continue there."
DMS_CLOSED_NOTE = (
    "I can't send you direct messages, so my reminders can't reach you either. "
    "To coach in private, allow direct messages from this server's members "
    "(Server menu → Privacy Settings). Meanwhile, here's my answer, visible only to you:"
)
SORRY = "Sorry — something went wrong on my side. Nothing you wrote is lost; try again in a minute."


class Turns:
    """Feeds Discord events to the engine and renders what it answers."""

    def __init__(self, *, handler: MessageHandler, reachability: Reachability) -> None:
        self._handler = handler
        self._reachability = reachability

    async def on_direct_message(self, message: discord.Message) -> None:
        identity = identity_of(message.author)
        incoming = IncomingMessage(
            identity=identity,
            idempotency_key=idempotency_key(message.id),
            received_at=message.created_at,
            text=message.content,
            channel_id=str(message.channel.id),
            display_name=message.author.display_name,
        )
        async with typing_in(message.channel):
            replies = await self._run(incoming)
        try:
            for rendered in render_replies(replies):
                await message.channel.send(**rendered.kwargs())
        except discord.Forbidden as exc:
            # The person wrote, then closed DMs (or blocked the bot) before the answer: the
            # answer is saved; mark them unreachable instead of raising out of on_message.
            if exc.code != DMS_CLOSED:
                raise
            _log.warning("reply to %s refused: DMs closed", incoming.idempotency_key)
            await self._reachability.mark_unreachable(identity=identity, reason="dms_closed")
            return
        # Writing to us proves DMs work again; clear any "unreachable" mark.
        if replies and await self._reachability.unreachable_reason(identity=identity):
            await self._reachability.mark_reachable(identity=identity)

    async def on_command(self, interaction: discord.Interaction, text: str) -> None:
        in_guild = interaction.guild_id is not None
        await interaction.response.defer(ephemeral=in_guild, thinking=True)
        replies = await self._run(self._incoming(interaction, text=text))
        if in_guild:
            await self._deliver_privately(interaction, replies)
        else:
            await _followup(interaction, render_replies(replies), ephemeral=False)

    async def on_action(self, interaction: discord.Interaction, action: Action) -> None:
        in_guild = interaction.guild_id is not None
        await interaction.response.defer()
        incoming = self._incoming(interaction, action=action)
        channel = interaction.channel
        if in_guild or not isinstance(channel, discord.abc.Messageable):
            replies = await self._run(incoming)
        else:
            async with typing_in(channel):
                replies = await self._run(incoming)
        await _followup(interaction, render_replies(replies), ephemeral=in_guild)

    def _incoming(
        self, interaction: discord.Interaction, *, text: str = "", action: Action | None = None
    ) -> IncomingMessage:
        return IncomingMessage(
            identity=identity_of(interaction.user),
            idempotency_key=idempotency_key(interaction.id),
            received_at=interaction.created_at,
            text=text,
            action=action,
            channel_id=str(interaction.channel_id) if interaction.channel_id else None,
            display_name=interaction.user.display_name,
        )

    async def _run(self, incoming: IncomingMessage) -> list[Reply]:
        try:
            return await self._handler.handle(incoming)
        except Exception:
            _log.exception("engine failed on %s", incoming.idempotency_key)
            return [Reply(text=SORRY)]

    async def _deliver_privately(
        self, interaction: discord.Interaction, replies: list[Reply]
    ) -> None:
        if not replies:
            return
        identity = identity_of(interaction.user)
        rendered = render_replies(replies)
        was_unreachable = await self._reachability.unreachable_reason(identity=identity)
        try:
            channel = await interaction.user.create_dm()
            for message in rendered:
                await channel.send(**message.kwargs())
        except discord.Forbidden as exc:
            if exc.code != DMS_CLOSED:
                raise
            await self._dms_closed(interaction, identity, rendered)
            return
        if was_unreachable:
            await self._reachability.mark_reachable(identity=identity)
        await interaction.followup.send(SENT_TO_DMS, ephemeral=True, allowed_mentions=NO_MENTIONS)

    async def _dms_closed(
        self,
        interaction: discord.Interaction,
        identity: PlatformIdentity,
        rendered: list[DiscordMessage],
    ) -> None:
        await self._reachability.mark_unreachable(identity=identity, reason="dms_closed")
        note = DiscordMessage(content=DMS_CLOSED_NOTE)
        await _followup(interaction, [note, *rendered], ephemeral=True)


@asynccontextmanager
async def typing_in(channel: discord.abc.Messageable) -> AsyncIterator[None]:
    """Show "Coachbot is typing…" while the engine works, without ever delaying or failing it.

    Unlike `channel.typing()`, the engine starts at once (not after the first typing
    request) and a failed typing request is ignored rather than aborting the turn.
    """

    async def keep_typing() -> None:
        while True:
            with contextlib.suppress(discord.HTTPException):
                await channel.typing()  # one request; Discord shows it for ~10 s
            await asyncio.sleep(TYPING_REFRESH)

    task = asyncio.create_task(keep_typing())
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def _followup(
    interaction: discord.Interaction, messages: list[DiscordMessage], *, ephemeral: bool
) -> None:
    for message in messages:
        await interaction.followup.send(ephemeral=ephemeral, **message.kwargs())
