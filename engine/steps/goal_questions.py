"""A question typed at the goal step ("how do I keep a habit going?", "what counts as
measurable?"): answered, never coached as a goal attempt, and the step keeps waiting.

A question that carries a goal ("could I run 3 times a week?", "should I aim to read by
Friday?") is an attempt: it names an amount or a time, or says what the person will do.
What a SMART word means is explained here; anything else goes to the knowledge base.
"""

from __future__ import annotations

import re

from engine.llm.offline._smart_detect import detect_smart

_ASKS = re.compile(
    r"\?\s*$|^\s*(?:how|what|why|which|who|where|is there|are there|any tips?|tips? on"
    r"|do you have|can you (?:explain|tell|help)|what's|whats)\b",
    re.IGNORECASE,
)
# The person says what they will do: an attempt, however it is punctuated.
_STATES_GOAL = re.compile(
    r"\b(?:i(?:'ll| will| want| wanna| would like| plan| aim| intend| could| can| might"
    r"| should)|my goal|how about|what about|maybe)\b",
    re.IGNORECASE,
)
_TERMS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"\bsmart\b", re.I),
        "SMART is a checklist for a goal: Specific (what exactly you'll do), Measurable"
        " (how much or how often), Achievable (doable with the time you have), Relevant"
        " (why it matters to you) and Time-bound (by when, or for how long).",
    ),
    (
        re.compile(r"\bmeasur\w*|\bcounts as\b|\bcountable\b", re.I),
        "Measurable means you could check it at the end: a number or a frequency, like"
        " “3 times a week”, “20 minutes a day” or “10 pages”.",
    ),
    (
        re.compile(r"\bspecific\b|\bconcrete\b", re.I),
        "Specific means naming the action itself — “walk after lunch” rather than “be healthier”.",
    ),
    (
        re.compile(r"\b(?:achievable|realistic|doable|attainable)\b", re.I),
        "Achievable means it fits the time and energy you really have; starting small"
        " (“10 minutes”) is better than a plan that breaks in week one.",
    ),
    (
        re.compile(r"\b(?:relevant|why it matters)\b", re.I),
        "Relevant is your reason — what it gives you, e.g. “so that I have more energy"
        " in the evenings”.",
    ),
    (
        re.compile(r"\btime[- ]?bound\b|\bdeadline\b|\btime ?frame\b", re.I),
        "Time-bound means a when: “every weekday morning”, “by Friday” or “for the next 4 weeks”.",
    ),
)


def asks_the_coach(text: str) -> bool:
    """`text` asks the coach something rather than giving (part of) a goal."""
    if _ASKS.search(text) is None or _STATES_GOAL.search(text) is not None:
        return False
    if explain_term(text) is not None and not re.search(r"\d", text):
        return True  # "why do you need a deadline?" names a part, it does not give one
    found = detect_smart(text)
    return "measurable" not in found and "time_bound" not in found


def explain_term(text: str) -> str | None:
    """What the SMART word asked about means, or None when the question names none."""
    for pattern, meaning in _TERMS:
        if pattern.search(text):
            return meaning
    return None
