"""What goes in and out of a turn at the edges: cleaned text, neutralised replies, the apology."""

from __future__ import annotations

import dataclasses
import unicodedata

from engine.messages import Action, IncomingMessage, ProgressCard, Reply
from engine.safety import neutralise_mentions

MAX_TEXT = 8000
SORRY = (
    "Sorry — something went wrong on my side and I couldn't process that. Your progress is"
    " safe; please send it again in a moment."
)


# In ASCII the only control, format or surrogate characters are the C0 controls and DEL.
_ASCII_CONTROLS = {n: None for n in (*range(32), 127) if chr(n) not in "\n\t"}


def clean_text(text: str) -> str:
    """Drop control and zero-width characters, normalise, and cap the length."""
    if text.isascii():
        # The same result without looking up each character's category: ASCII is NFC.
        return text.translate(_ASCII_CONTROLS).strip()[:MAX_TEXT]
    kept = "".join(
        ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in {"Cc", "Cf", "Cs"}
    )
    kept = unicodedata.normalize("NFC", kept).strip()
    return kept[:MAX_TEXT]


def clean_message(message: IncomingMessage) -> IncomingMessage:
    """The message with its text and button value cleaned (they come from outside)."""
    action = message.action
    if action is not None:
        action = Action(clean_text(action.ref)[:200], clean_text(action.value))
    return dataclasses.replace(message, text=clean_text(message.text), action=action)


def _safe_card(card: ProgressCard | None) -> ProgressCard | None:
    """The goal on a progress card is the person's own words: no mass mentions."""
    if card is None or card.goal is None:
        return card
    return dataclasses.replace(card, goal=neutralise_mentions(card.goal, max_len=300))


def safe_replies(replies: list[Reply]) -> list[Reply]:
    """Replies with mass mentions neutralised wherever the person's words may appear."""
    return [
        dataclasses.replace(r, text=neutralise_mentions(r.text), card=_safe_card(r.card))
        for r in replies
    ]
