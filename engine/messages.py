"""Neutral message types exchanged between the adapters and the engine.

Adapters translate platform events into `IncomingMessage` and render `Reply`
objects back; no platform id ever reaches the engine as a bare string.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class Platform(StrEnum):
    SLACK = "slack"
    DISCORD = "discord"
    CONSOLE = "console"


@dataclass(frozen=True, slots=True)
class PlatformIdentity:
    """One person's account on one platform (Slack team / Discord / console)."""

    platform: Platform
    workspace_id: str
    user_id: str


@dataclass(frozen=True, slots=True)
class Action:
    """A click on a button or a select option.

    `ref` names the question the button belongs to (see `Reply.choice_ref`), so a
    click on a button of a question that has moved on can be recognised.
    """

    ref: str
    value: str


@dataclass(frozen=True, slots=True)
class IncomingMessage:
    """A message, command or button click from a person, already acknowledged."""

    identity: PlatformIdentity
    idempotency_key: str
    received_at: datetime
    text: str = ""
    action: Action | None = None
    channel_id: str | None = None
    display_name: str | None = None
    timezone: str | None = None  # IANA name from the platform profile, if known
    # The person opened the chat (the console's `coachbot chat`) and is shown where they
    # are: answered like a message, but not their activity (no end to a silence).
    opened: bool = False


@dataclass(frozen=True, slots=True)
class Choice:
    label: str
    value: str


@dataclass(frozen=True, slots=True)
class ProgressCard:
    program_title: str
    week_number: int
    weeks_total: int
    week_title: str
    step_number: int
    steps_total: int
    percent_complete: int
    status: str
    goal: str | None = None
    last_check_in: str | None = None
    next_unlock: str | None = None


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file sent with a reply (e.g. the data export); uploaded where the platform can."""

    filename: str
    content: str
    content_type: str = "application/json"


@dataclass(frozen=True, slots=True)
class Reply:
    """Something the bot says. Choices degrade to numbered text where buttons don't exist."""

    text: str
    choices: tuple[Choice, ...] = ()
    choice_ref: str | None = None
    multi_select: bool = False
    card: ProgressCard | None = None
    links: tuple[tuple[str, str], ...] = field(default=())  # (title, url)
    attachment: Attachment | None = None
    # A colleague (platform user id, same workspace) to greet together with the recipient:
    # Slack opens a group DM of the two; elsewhere each side already got the message.
    together_with: str | None = None

    def as_plain_text(self) -> str:
        """Render for channels without buttons: choices become a numbered list."""
        parts = [self.text] if self.text else []
        if self.card is not None:
            parts.append(render_card_text(self.card))
        for title, url in self.links:
            parts.append(f"- {title}: {url}")
        if self.choices and all(c.label.rstrip("%").isdigit() for c in self.choices):
            parts.append("[" + " · ".join(c.label for c in self.choices) + "]")
        elif self.choices:
            numbered = "\n".join(f"  {i}. {c.label}" for i, c in enumerate(self.choices, 1))
            hint = "numbers separated by commas" if self.multi_select else "a number"
            parts.append(f"{numbered}\n(reply with {hint} or the words)")
        if self.attachment is not None:
            parts.append(f"--- {self.attachment.filename} ---\n{self.attachment.content}")
        return "\n".join(parts)


def render_card_text(card: ProgressCard) -> str:
    bar_width = 20
    filled = round(bar_width * card.percent_complete / 100)
    lines = [
        f"*{card.program_title}* — {card.status}",
        f"Week {card.week_number}/{card.weeks_total}: {card.week_title}",
        f"Step {card.step_number}/{card.steps_total}  "
        f"[{'#' * filled}{'.' * (bar_width - filled)}] {card.percent_complete}%",
    ]
    if card.goal:
        lines.append(f"Goal: {card.goal}")
    if card.last_check_in:
        lines.append(f"Last check-in: {card.last_check_in}")
    if card.next_unlock:
        lines.append(f"Next week opens: {card.next_unlock}")
    return "\n".join(lines)
