"""What each kind of nudge says: neutral `Reply` objects the adapters render."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from engine.connections import CONNECTION_KINDS, render_connection_nudge
from engine.messages import Choice, Reply

CHECKIN_REF = "nudge.checkin"  # the engine starts a check-in when one of these is clicked

# Values say what they are ("mood:7"): the engine reads them as the mood of a check-in, and
# the console maps a typed "7" to the seventh button (bare digits would read as free text).
MOOD_CHOICES = tuple(Choice(str(n), f"mood:{n}") for n in range(1, 11))


def _mood_question(opening: str) -> list[Reply]:
    """A check-in: `opening`, the 1-10 mood buttons, and how to put it off."""
    return [
        Reply(
            f"{opening} How are you feeling today, from 1 (low) to 10 (great)?",
            choices=MOOD_CHOICES,
            choice_ref=CHECKIN_REF,
        ),
        Reply("Not now? Say `remind me in 2 hours`, or `stop reminders`."),
    ]


def render_nudge(kind: str, payload: Mapping[str, Any], context: Mapping[str, Any]) -> list[Reply]:
    """The messages of one nudge.

    Args:
        kind: check_in, week_unlocked, re_engage, goal_deadline, or reply (an answer the
            platform refused at the time: its texts, as rendered then).
        payload: The nudge's payload (week number, goal id and deadline, ...).
        context: What was read at send time: program_title, week_title, goal_description.
    """
    if kind == "reply":
        return [Reply(str(text)) for text in payload.get("texts", []) if text]
    if kind in CONNECTION_KINDS:
        return render_connection_nudge(kind, payload)
    program = str(context.get("program_title") or "your program")
    pending = context.get("pending_prompt")
    if kind == "check_in" and payload.get("snoozed") and pending:
        return [
            Reply(
                f"⏰ You asked me to remind you. Here's where we were in *{program}*:\n"
                f"{pending}\nReply here when you're ready, or type `next` to see it again."
            )
        ]
    if kind == "check_in" and payload.get("follow_up"):
        return _mood_question(f"⏰ Checking in after *{program}*, as planned.")
    if kind == "check_in":
        return _mood_question(f"⏰ Time for your check-in on *{program}*.")
    if kind == "week_unlocked":
        week = int(payload.get("week", 0))
        title = context.get("week_title")
        opened = f"Week {week} of *{program}* is open" + (f": {title}" if title else ".")
        return [
            Reply(opened),
            Reply(f"Start week {week} whenever you're ready — just type `next`."),
        ]
    if kind == "re_engage":
        return [
            Reply(
                f"👋 It's been a little while. Your next step in *{program}* is waiting for you."
                " Type `next` to pick up where you left off, `pause` to take a break,"
                " or `stop reminders`."
            )
        ]
    if kind == "goal_deadline":
        deadline = payload.get("deadline")
        when = date.fromisoformat(str(deadline)).strftime("%a %-d %b") if deadline else "soon"
        goal = context.get("goal_description") or "your goal"
        return [
            Reply(
                f"🎯 Your goal is due tomorrow ({when}): _{goal}_\n"
                "How is it going? Say `goal progress 60`, `goal done`, or `revise goal`."
            )
        ]
    raise ValueError(f"unknown nudge kind: {kind}")


def one_message(replies: Sequence[Reply]) -> list[Reply]:
    """What one person is due at one moment, as one message where the buttons allow.

    The texts are joined in order; a message carries at most one set of buttons, so
    replies are merged until a second one with buttons would be needed.
    """
    merged: list[Reply] = []
    for reply in replies:
        last = merged[-1] if merged else None
        if last is None or (last.choices and reply.choices) or _stands_alone(last, reply):
            merged.append(reply)
            continue
        keep = last if last.choices else reply
        merged[-1] = replace(
            keep,
            text=f"{last.text}\n\n{reply.text}",
            choices=last.choices or reply.choices,
        )
    return merged


def _stands_alone(*replies: Reply) -> bool:
    """Cards, links and files are not merged into another message's text."""
    return any(r.attachment or r.card or r.links for r in replies)
