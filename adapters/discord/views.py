"""Persistent buttons and select menus whose custom ids say what they answer.

A button's custom id is ``cb:<choice_ref>:<value>`` and a select menu's is
``cs:<choice_ref>`` (the values are the options picked). Both are
`discord.ui.DynamicItem`s registered once at startup, so a button sent before a
restart still routes its click: nothing about the question lives in memory.
Whether the question is still current is the engine's call, not ours.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Protocol, runtime_checkable

import discord

from engine.messages import Action, Choice

CUSTOM_ID_MAX = 100  # Discord's limit for custom ids and select option values
LABEL_MAX = 80  # button labels and select option labels
BUTTONS_MAX = 5  # one action row; more choices become a select menu
OPTIONS_MAX = 25  # select menu options

_REF = r"(?P<ref>[^:]+)"

# What discord.py hands `DynamicItem.from_custom_id` after a restart.
Interaction = discord.Interaction
Item = discord.ui.Item[Any]
Match = re.Match[str]


@runtime_checkable
class ActionSink(Protocol):
    """What a clicked component hands its `Action` to (the coachbot client)."""

    async def on_coach_action(self, interaction: discord.Interaction, action: Action) -> None: ...


async def _forward(interaction: discord.Interaction, action: Action) -> None:
    client = interaction.client
    if isinstance(client, ActionSink):
        await client.on_coach_action(interaction, action)


class ChoiceButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=rf"cb:{_REF}:(?P<value>.*)",
):
    def __init__(self, ref: str, value: str, label: str = "") -> None:
        super().__init__(
            discord.ui.Button(
                label=_clip(label or value, LABEL_MAX),
                custom_id=f"cb:{ref}:{value}",
                style=discord.ButtonStyle.primary,
            )
        )
        self.ref = ref
        self.value = value

    @classmethod
    async def from_custom_id(cls, _: Interaction, item: Item, match: Match, /) -> ChoiceButton:
        label = item.label if isinstance(item, discord.ui.Button) else None
        return cls(match["ref"], match["value"], label or "")

    async def callback(self, interaction: discord.Interaction) -> None:
        await _forward(interaction, Action(ref=self.ref, value=self.value))


class ChoiceSelect(
    discord.ui.DynamicItem[discord.ui.Select[Any]],
    template=rf"cs:{_REF}",
):
    def __init__(self, ref: str, choices: Sequence[Choice] = (), *, multi: bool = False) -> None:
        options = [
            discord.SelectOption(label=_clip(c.label, LABEL_MAX), value=c.value) for c in choices
        ]
        super().__init__(
            discord.ui.Select(
                custom_id=f"cs:{ref}",
                options=options,
                min_values=1,
                max_values=max(1, len(options)) if multi else 1,
                placeholder="Choose one or more…" if multi else "Choose one…",
            )
        )
        self.ref = ref

    @classmethod
    async def from_custom_id(cls, _: Interaction, item: Item, match: Match, /) -> ChoiceSelect:
        # The options themselves don't matter after a restart: the picked values
        # arrive in the interaction and are copied into `self.item.values`.
        return cls(match["ref"])

    async def callback(self, interaction: discord.Interaction) -> None:
        # Several picks travel as one comma-separated value, like the numbered-text fallback.
        value = ",".join(self.item.values)
        await _forward(interaction, Action(ref=self.ref, value=value))


DYNAMIC_ITEMS: tuple[type[discord.ui.DynamicItem[Any]], ...] = (ChoiceButton, ChoiceSelect)


def choice_view(
    ref: str | None, choices: Sequence[Choice], *, multi: bool
) -> discord.ui.View | None:
    """Build the view for a question, or None when it can't be encoded (text fallback)."""
    if not choices or ref is None or ":" in ref or len(choices) > OPTIONS_MAX:
        return None
    view = discord.ui.View(timeout=None)
    if not multi and len(choices) <= BUTTONS_MAX:
        if any(len(f"cb:{ref}:{c.value}") > CUSTOM_ID_MAX for c in choices):
            return None
        for choice in choices:
            view.add_item(ChoiceButton(ref, choice.value, choice.label))
        return view
    if len(f"cs:{ref}") > CUSTOM_ID_MAX or any(len(c.value) > CUSTOM_ID_MAX for c in choices):
        return None
    if multi and any("," in c.value for c in choices):
        return None
    view.add_item(ChoiceSelect(ref, choices, multi=multi))
    return view


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
