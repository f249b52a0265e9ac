"""Continuity in words: last week's action recalled, the week's recap in the person's words.

Pure text; `engine.flow` loads what it needs and says it at a week's opening and end.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

NAME_FIELDS = ("name", "first_name", "preferred_name", "nickname")
PREFERENCE_FIELDS = ("preferences", "coaching_style", "style", "tone")

_PLAN_LEAD = re.compile(
    r"^\s*(?:try:\s*|next step:\s*|action:\s*)?(?:next week,?\s+|this week,?\s+|tomorrow,?\s+)?"
    r"(?:i'?ll|i will|i'?m going to|i am going to|i'?m gonna|i plan to|i want to|i intend to|"
    r"i'?d like to|i aim to|i commit to|i need to|i should|i must)\s+",
    re.IGNORECASE,
)
_SWAPS = {
    "my": "your",
    "me": "you",
    "myself": "yourself",
    "i": "you",
    "mine": "yours",
    "i'm": "you're",
}
_WORD = re.compile(r"\b(?:my|me|myself|i|mine|i'm)\b", re.IGNORECASE)


def first_name(profile: Mapping[str, str]) -> str | None:
    name = next((profile[n].strip() for n in NAME_FIELDS if profile.get(n, "").strip()), None)
    return name.split()[0][:40] if name else None


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _second_person(text: str) -> str:
    return _WORD.sub(lambda m: _SWAPS[m.group().casefold()], text)


def recall_line(actions: Sequence[str], name: str | None = None) -> str | None:
    """ "Last week you planned to message Rui — how did it go?" (None without an action)."""
    items = [a.strip().rstrip(".!") for a in actions if a and a.strip()]
    if not items:
        return None
    greeting = f"Welcome back, {name}! " if name else ""
    first = items[0]
    planned = _PLAN_LEAD.sub("", first, count=1)
    if planned != first:
        what = f"you planned to {_clip(_second_person(planned), 160)}"
    else:
        what = f"your next step was “{_clip(first.removeprefix('Try: '), 160)}”"
    more = f" (and {len(items) - 1} more)" if len(items) > 1 else ""
    return f"{greeting}Last week {what}{more} — how did it go?"


def _first_sentence(text: str) -> str:
    found = re.split(r"(?<=[.!?])\s+", text.strip(), maxsplit=1)
    return found[0].rstrip(".!? ") if found else ""


def _fullest(answer: str) -> str:
    """Of a step's attempts (joined by " / "), the one that says most: "not sure tbh / I'd
    like to sleep earlier because …" is quoted by its second part."""
    return max(answer.split(" / "), key=lambda part: len(part.split()))


def week_recap(learnings: Sequence[str], answers: Sequence[str]) -> str | None:
    """The week in the person's own words: an answer or two and their takeaway.

    The action items are not repeated: the reflection lists them just before."""
    said = [_first_sentence(_fullest(a)) for a in answers if len(a.split()) >= 3]
    lines = [f"• “{_clip(s, 120)}”" for s in said[: 1 if learnings else 2] if s]
    if learnings:
        lines.append(f"• Takeaway: “{_clip(_first_sentence(learnings[0]), 140)}”")
    return "Your week in your own words:\n" + "\n".join(lines) if lines else None
