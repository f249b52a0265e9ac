"""Turn engine `Reply` objects into Discord messages: text, embeds and a view.

Every message goes out with `AllowedMentions.none()`, so text the engine quotes
back (a person's answer containing ``@everyone``) can never ping anybody.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

import discord

from adapters.discord.views import choice_view
from adapters.emphasis import with_emphasis
from engine.messages import Attachment, ProgressCard, Reply

CONTENT_MAX = 2000
FIELD_VALUE_MAX = 1024
FIELDS_MAX = 25
EMBED_COLOUR = discord.Colour(0x5865F2)
NO_MENTIONS = discord.AllowedMentions.none()


@dataclass(frozen=True, slots=True)
class DiscordMessage:
    """One Discord message ready to send; `kwargs()` fits `Messageable.send` and webhooks."""

    content: str | None = None
    embeds: tuple[discord.Embed, ...] = ()
    view: discord.ui.View | None = field(default=None)
    attachment: Attachment | None = None

    def kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {"allowed_mentions": NO_MENTIONS}
        if self.attachment is not None:  # a fresh File each time: discord.py consumes it
            data = io.BytesIO(self.attachment.content.encode())
            kwargs["files"] = [discord.File(data, filename=self.attachment.filename)]
        if self.content:
            kwargs["content"] = self.content
        if self.embeds:
            kwargs["embeds"] = list(self.embeds)
        if self.view is not None:
            kwargs["view"] = self.view
        return kwargs


def discord_emphasis(text: str) -> str:
    """Neutral `*bold*` → `**bold**` (one asterisk is italics on Discord); `**already**`,
    `2 * 3` and lone asterisks stay as they are."""
    return with_emphasis(text, "**")


def render_reply(reply: Reply) -> list[DiscordMessage]:
    """Render one reply; very long text is split so each message stays under 2,000 characters."""
    view = choice_view(reply.choice_ref, reply.choices, multi=reply.multi_select)
    text = discord_emphasis(reply.text)
    if reply.choices and view is None:
        text = "\n".join(filter(None, [text, _numbered(reply)]))
    embeds: list[discord.Embed] = []
    if reply.card is not None:
        embeds.append(card_embed(reply.card))
    if reply.links:
        embeds.append(links_embed(reply.links))
    chunks = split_text(text)
    messages = [DiscordMessage(content=chunk) for chunk in chunks[:-1]]
    messages.append(
        DiscordMessage(
            content=chunks[-1] or None,
            embeds=tuple(embeds),
            view=view,
            attachment=reply.attachment,
        )
    )
    return messages


def render_replies(replies: list[Reply]) -> list[DiscordMessage]:
    return [message for reply in replies for message in render_reply(reply)]


def card_embed(card: ProgressCard) -> discord.Embed:
    bar_width = 20
    filled = round(bar_width * card.percent_complete / 100)
    bar = "█" * filled + "░" * (bar_width - filled)
    embed = discord.Embed(
        title=_clip(card.program_title, 256),
        description=f"Week {card.week_number}/{card.weeks_total}: {card.week_title}",
        colour=EMBED_COLOUR,
    )
    embed.add_field(
        name="Progress",
        value=f"`{bar}` {card.percent_complete}%\nStep {card.step_number}/{card.steps_total}",
        inline=False,
    )
    embed.add_field(name="Status", value=_clip(card.status, FIELD_VALUE_MAX))
    for name, value in (
        ("Goal", card.goal),
        ("Last check-in", card.last_check_in),
        ("Next week opens", card.next_unlock),
    ):
        if value:
            embed.add_field(name=name, value=_clip(value, FIELD_VALUE_MAX), inline=False)
    return embed


def links_embed(links: tuple[tuple[str, str], ...]) -> discord.Embed:
    embed = discord.Embed(title="Links", colour=EMBED_COLOUR)
    for title, url in links[:FIELDS_MAX]:
        embed.add_field(name=_clip(title, 256), value=_clip(url, FIELD_VALUE_MAX), inline=False)
    return embed


def split_text(text: str, limit: int = CONTENT_MAX) -> list[str]:
    """Split at line breaks where possible; always returns at least one (maybe empty) chunk."""
    chunks: list[str] = []
    while len(text) > limit:
        cut = text.rfind("\n", 0, limit)
        if cut <= 0:
            cut = limit
        chunks.append(text[:cut])
        text = text[cut:].lstrip("\n")
    chunks.append(text)
    return chunks


def _numbered(reply: Reply) -> str:
    numbered = "\n".join(f"  {i}. {c.label}" for i, c in enumerate(reply.choices, 1))
    hint = "numbers separated by commas" if reply.multi_select else "a number"
    return f"{numbered}\n(reply with {hint} or the words)"


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
