"""Replies shaped by how the person likes to be coached: shorter when they asked for short."""

from __future__ import annotations

import re

_SHORT = re.compile(
    r"\b(?:short|shorter|brief|concise|direct|blunt|straight|to the point|no fluff|terse|"
    r"curto|curta|breve|directo|direto|kurz|direkt|court|bref|conciso|diretto|kort)\b",
    re.IGNORECASE,
)
_LONG = re.compile(r"\b(?:detailed|in detail|thorough|long|elaborate)\b", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?…])\s+")
_PLEASANTRY = re.compile(
    r"^(?:thanks|thank you|lovely|great|good|nice|okay|ok|perfect|wonderful|brilliant|"
    r"that's (?:a )?(?:lovely|great|thoughtful|good|helpful|honest|okay|ok|fine|all good)|"
    r"that's okay|no problem|all good|well done|i hear you|got it|noted|fair enough|"
    r"that sounds|it sounds|appreciated)\b",
    re.IGNORECASE,
)
MAX_SENTENCES = 2


def wants_short(preferences: str) -> bool:
    """The person asked for short or direct replies (and not, in the same breath, detail)."""
    return bool(preferences) and bool(_SHORT.search(preferences)) and not _LONG.search(preferences)


def shorten(reply: str) -> str:
    """The reply without its pleasantries: one statement and the question, if any."""
    kept: list[str] = []
    for line in reply.splitlines():
        parts = [p for p in _SENTENCE.split(line.strip()) if p]
        substantive = [p for p in parts if not (_PLEASANTRY.match(p) and len(p.split()) <= 12)]
        kept.extend(substantive)
    if not kept:
        return "Got it."
    questions = [s for s in kept if s.rstrip().endswith("?")]
    statements = [s for s in kept if s not in questions]
    # One statement, and the question when there is one: short and direct.
    return " ".join([*statements[:1], *questions[-1:]][:MAX_SENTENCES])
