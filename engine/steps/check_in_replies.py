"""What the coach says to a check-in: the numbers given, read together, in a few words.

A mood of 5 with the goal at 100 % is a goal reached on an ordinary day, not "steady
counts"; a low mood gets warmth first, never cheer, and a low-middle one (4–5) is met
warmly and steadily, never upbeat. Wording varies by a stable hash of the
question and the numbers, never by chance.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence


def _pick(options: Sequence[str], *seed: object) -> str:
    digest = hashlib.sha256(":".join(map(str, seed)).encode()).digest()
    return options[int.from_bytes(digest[:4], "big") % len(options)]


def _mood_level(mood: int) -> str:
    """low 1–3, steady 4–5 (a low-middle day: warm and steady, never upbeat), mid 6, high 7+."""
    if mood <= 3:
        return "low"
    return "steady" if mood <= 5 else "mid" if mood <= 6 else "high"


def _progress_level(progress: int) -> str:
    if progress >= 100:
        return "done"
    if progress == 0:
        return "none"
    return "early" if progress < 40 else "middle" if progress < 70 else "near"


_MOOD = {
    "low": (
        "{m}/10 sounds like a hard day — thank you for telling me honestly.",
        "I'm sorry today is a {m}. Thank you for checking in anyway.",
        "{m} out of 10 — that sounds heavy. Be gentle with yourself today.",
    ),
    "steady": (
        "{m}/10 — not a bad day, not an easy one either. Thanks for checking in.",
        "Thanks for telling me — {m} out of 10. Days like this count too; go gently.",
        "{m}/10, noted. A so-so day is a fine day to keep things small and steady.",
    ),
    "mid": (
        "{m} out of 10 — an ordinary day, and you still showed up for this.",
        "{m}/10, noted. Middling days are part of it too.",
        "Thanks — {m}/10 today. Ordinary days count as well.",
    ),
    "high": (
        "{m} out of 10 — lovely to hear!",
        "{m}/10 — that's a good day. Enjoy it.",
        "Great to hear you're at {m} out of 10.",
    ),
}

# Progress, by how the day feels ("low" mood: no cheer).
_PROGRESS = {
    ("low", "none"): (
        "0% on the goal so far is completely fine; today, looking after yourself comes first.",
        "0% on the goal is okay on a day like this — it will keep.",
    ),
    ("low", "early"): (
        "And you're at {p}% even so — that's real, however the day feels.",
        "{p}% on your goal, on a day like this, still counts.",
    ),
    ("low", "middle"): (
        "You're at {p}% with your goal, even now — that's worth remembering today.",
        "{p}% along despite a hard day; that says something about you.",
    ),
    ("low", "near"): (
        "And {p}% along — you're closer than the day feels.",
        "{p}% on your goal, even on a day like this. You're nearly there.",
    ),
    ("steady", "none"): (
        "0% on the goal so far — that's okay; one small step whenever it fits is plenty.",
        "Nothing on the goal yet (0%), and that's fine. It will keep.",
    ),
    ("steady", "early"): (
        "{p}% on your goal — a start, and a start counts.",
        "You're at {p}% with your goal; small steps add up.",
    ),
    ("steady", "middle"): (
        "{p}% on your goal — steady progress, even on a so-so day.",
        "You're {p}% along with your goal. That's real progress.",
    ),
    ("steady", "near"): (
        "{p}% on your goal — closer than it may feel today.",
        "You're {p}% of the way there; no need to rush the rest.",
    ),
    ("any", "none"): (
        "0% so far — a first tiny step is all it takes to change that.",
        "Not started yet (0%), and that's fine: the first small step is the hardest.",
    ),
    ("any", "early"): (
        "{p}% on your goal — you've started, and starting is the hard part.",
        "{p}% and moving.",
    ),
    ("any", "middle"): (
        "{p}% — you're past the early part of your goal.",
        "{p}% along: a good stretch of the way.",
    ),
    ("any", "near"): (
        "{p}% — the finish is in sight.",
        "{p}% of the way there. Nearly!",
    ),
}

_DONE = {
    "low": (
        "You've reached 100% on your goal — that's a real achievement, even if today is"
        " a {m}/10 day. Reaching it doesn't make a hard day easy; be kind to yourself.",
        "100% on your goal, on a {m}/10 day. You did it — and you're allowed to rest now.",
    ),
    "steady": (
        "You've reached 100% on your goal — well done. {m}/10 today, so let it sink in"
        " quietly: you did what you set out to do.",
        "100% on your goal, on a {m}/10 day. That's a real achievement; take a moment for it.",
    ),
    "mid": (
        "100% — you've reached your goal! 🎉 {m}/10 today, so maybe let it sink in quietly:"
        " you did what you set out to do.",
        "Your goal is at 100% — you did it! 🎉 Even on a {m}/10 day, that's worth a pause"
        " to notice.",
    ),
    "high": (
        "100% and {m}/10 — you've reached your goal, and it shows. Congratulations! 🎉",
        "You did it: 100% on your goal, and feeling {m}/10. Celebrate this one! 🎉",
    ),
    "none": (
        "100% — you've reached your goal! 🎉 Congratulations.",
        "Your goal is at 100%. You did it! 🎉",
    ),
}
_MARK_DONE = " Type `goal done` to mark it complete."


def check_in_reply(mood: int | None, progress: int | None, *, seed: str = "") -> str:
    """A short reply that reflects the mood (1–10) and goal progress (0–100) given."""
    if mood is None and progress is None:
        return "Thanks for checking in."
    feel = _mood_level(mood) if mood is not None else "none"
    values = {"m": mood, "p": progress}
    if progress is not None and progress >= 100:
        return _pick(_DONE[feel], seed, mood, progress).format(**values) + _MARK_DONE
    parts = []
    if mood is not None:
        parts.append(_pick(_MOOD[feel], seed, mood, progress).format(**values))
    if progress is not None:
        level = _progress_level(progress)
        options = _PROGRESS.get((feel, level)) or _PROGRESS[("any", level)]
        parts.append(_pick(options, seed, "p", mood, progress).format(**values))
    return " ".join(parts)
