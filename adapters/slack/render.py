"""Render engine `Reply` objects as Block Kit (`inbound.parse_action` reads clicks back).

Every message carries a plain `text` fallback (notifications, screen readers, clients
without blocks). Choices become buttons (at most five per actions block), numeric
scales up to ten points become rows of buttons, anything longer a static select.
The `action_id` carries the question's `choice_ref`, the `value` the choice value.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from engine.messages import Choice, ProgressCard, Reply
from engine.safety import neutralise_mentions

Block = dict[str, Any]

# Slack caps a message's text at 40,000 characters; sections are split further below.
_MAX_TEXT = 40_000

CHOICE_PREFIX = "coach:"  # coach:{index}:{ref} — a button or a static select
PICK_PREFIX = "coach-pick:"  # coach-pick:{ref} — a multi select (state only, no turn)
DONE_PREFIX = "coach-done:"  # coach-done:{ref} — submits the multi select above it

MAX_BLOCKS = 50
_SECTION_LIMIT = 3000
_BUTTONS_PER_BLOCK = 5
_MAX_SCALE_BUTTONS = 10
_OPTIONS_PER_SELECT = 100


@dataclass(frozen=True, slots=True)
class SlackMessage:
    """One chat.postMessage / chat.update payload."""

    text: str
    blocks: list[Block]


def escape_mrkdwn(text: str) -> str:
    """Escape the three characters Slack treats as control sequences."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def safe_text(text: str) -> str:
    """Text from the engine (which may echo the person) made inert for Slack.

    Broadcast and group mentions become plain words, then `&`, `<`, `>` are escaped,
    so nothing the person typed can turn into a mention, link or command, whatever
    the `parse` mode. The engine's neutral `*bold*` is Slack's own bold: it stays.
    """
    return escape_mrkdwn(neutralise_mentions(text, max_len=_MAX_TEXT))


def _plain(text: str, limit: int = 75) -> dict[str, Any]:
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return {"type": "plain_text", "text": text, "emoji": True}


def _section(text: str) -> Iterable[Block]:
    for start in range(0, len(text), _SECTION_LIMIT):
        chunk = text[start : start + _SECTION_LIMIT]
        yield {"type": "section", "text": {"type": "mrkdwn", "text": chunk}}


def _chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _is_numeric(choices: Sequence[Choice]) -> bool:
    return all(c.value.lstrip("-").isdigit() for c in choices)


def _buttons(choices: Sequence[Choice], ref: str) -> Iterable[Block]:
    for row_start in range(0, len(choices), _BUTTONS_PER_BLOCK):
        row = choices[row_start : row_start + _BUTTONS_PER_BLOCK]
        elements = [
            {
                "type": "button",
                "text": _plain(c.label),
                "value": c.value[:2000],
                "action_id": f"{CHOICE_PREFIX}{row_start + i}:{ref}",
            }
            for i, c in enumerate(row)
        ]
        yield {"type": "actions", "elements": elements}


def _option(choice: Choice) -> dict[str, Any]:
    return {"text": _plain(choice.label), "value": choice.value[:150]}


def _selects(choices: Sequence[Choice], ref: str) -> Iterable[Block]:
    elements = [
        {
            "type": "static_select",
            "placeholder": _plain("Choose…"),
            "options": [_option(c) for c in part],
            "action_id": f"{CHOICE_PREFIX}{n}:{ref}",
        }
        for n, part in enumerate(_chunks(choices, _OPTIONS_PER_SELECT))
    ]
    yield {"type": "actions", "elements": elements[:25]}


def _multi_select(choices: Sequence[Choice], ref: str) -> Iterable[Block]:
    select = {
        "type": "multi_static_select",
        "placeholder": _plain("Choose one or more…"),
        "options": [_option(c) for c in choices[:_OPTIONS_PER_SELECT]],
        "action_id": f"{PICK_PREFIX}{ref}",
    }
    done = {"type": "button", "text": _plain("Done"), "value": "done", "style": "primary"}
    done["action_id"] = f"{DONE_PREFIX}{ref}"
    yield {"type": "actions", "elements": [select, done]}


def choice_blocks(reply: Reply) -> list[Block]:
    choices, ref = reply.choices, reply.choice_ref or ""
    if not choices:
        return []
    if reply.multi_select:
        return list(_multi_select(choices, ref))
    if len(choices) <= _BUTTONS_PER_BLOCK or (
        len(choices) <= _MAX_SCALE_BUTTONS and _is_numeric(choices)
    ):
        return list(_buttons(choices, ref))
    return list(_selects(choices, ref))


def _bar(percent: int, width: int = 10) -> str:
    filled = max(0, min(width, round(width * percent / 100)))
    return "█" * filled + "░" * (width - filled)


def card_blocks(card: ProgressCard) -> list[Block]:
    fields = [
        f"*Week*\n{card.week_number}/{card.weeks_total} · {safe_text(card.week_title)}",
        f"*Step*\n{card.step_number}/{card.steps_total}",
        f"*Progress*\n`{_bar(card.percent_complete)}` {card.percent_complete}%",
        f"*Status*\n{safe_text(card.status)}",
    ]
    if card.goal:
        fields.append(f"*Goal*\n{safe_text(card.goal)}")
    if card.last_check_in:
        fields.append(f"*Last check-in*\n{safe_text(card.last_check_in)}")
    blocks: list[Block] = [
        {"type": "header", "text": _plain(card.program_title, limit=150)},
        {"type": "section", "fields": [{"type": "mrkdwn", "text": f[:2000]} for f in fields]},
    ]
    if card.next_unlock:
        context = f"Next week opens: {safe_text(card.next_unlock)}"
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": context}]})
    return blocks


def _link_blocks(links: Sequence[tuple[str, str]]) -> list[Block]:
    if not links:
        return []
    lines = [f"• <{url.replace('>', '%3E')}|{safe_text(title)}>" for title, url in links]
    return list(_section("\n".join(lines)))


def reply_blocks(reply: Reply) -> list[Block]:
    """The blocks of one reply: text, card, links, then its choices."""
    blocks: list[Block] = []
    if reply.text:
        blocks.extend(_section(safe_text(reply.text)))
    if reply.card is not None:
        blocks.extend(card_blocks(reply.card))
    blocks.extend(_link_blocks(reply.links))
    blocks.extend(choice_blocks(reply))
    return blocks


def render_messages(replies: Sequence[Reply]) -> list[SlackMessage]:
    """Pack replies into as few messages as Slack's 50-block limit allows."""
    messages: list[SlackMessage] = []
    texts: list[str] = []
    blocks: list[Block] = []
    for reply in replies:
        these = reply_blocks(reply)
        if blocks and len(blocks) + len(these) > MAX_BLOCKS:
            messages.append(SlackMessage("\n\n".join(texts), blocks))
            texts, blocks = [], []
        # The attachment goes up as a file: the notification text is the reply alone.
        texts.append(safe_text(replace(reply, attachment=None).as_plain_text()))
        blocks.extend(these[:MAX_BLOCKS])
    if blocks or texts:
        messages.append(SlackMessage("\n\n".join(texts), blocks))
    return messages


def home_view(replies: Sequence[Reply]) -> dict[str, Any]:
    """The App Home tab: the progress card (or whatever the engine said instead)."""
    blocks: list[Block] = []
    for reply in replies:
        blocks.extend(b for b in reply_blocks(reply) if b["type"] != "actions")
    if not blocks:
        blocks = list(_section("Send me a direct message, or type `/coach start`, to begin."))
    return {"type": "home", "blocks": blocks[:100]}
