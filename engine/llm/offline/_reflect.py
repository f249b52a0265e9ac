"""Weekly reflections: a summary of the week, takeaways and one next step."""

from __future__ import annotations

import re

from engine.llm.offline import _text as t
from engine.llm.offline._phrases import MOVE_ON_OPEN, USAGE, last_try, quotable, say
from engine.llm.types import CoachRequest, CoachResult

_ACTION_CUE = re.compile(
    r"\b(?:will|i'll|going to|gonna|plan to|planning to|intend to|next|commit to|aim to|"
    r"from now on|starting|tomorrow)\b",
    re.IGNORECASE,
)
_IMPERATIVES = frozenset(
    """start stop keep try ask block set make take remember focus spend say use talk
    schedule book write read call plan practise practice prepare delegate share check
    reach""".split()  # noqa: SIM905
)


def _summary(req: CoachRequest) -> str | None:
    said = [
        quotable((t.sentences(e.text) or [e.text])[0])
        for e in req.week_answers
        if e.role == "user" and t.words(e.text) and not t.is_non_answer(e.text)
    ]
    if not said:
        first = t.sentences(req.answer)
        return f"This week you reflected: “{t.clip(quotable(first[0]), 120)}”." if first else None
    if len(said) == 1:
        return f"This week you shared: “{t.clip(said[0], 120)}”."
    return (
        f"This week you shared {len(said)} answers, starting with “{t.clip(said[0], 90)}”"
        f" and most recently “{t.clip(said[-1], 90)}”."
    )


def reflection(req: CoachRequest) -> CoachResult:
    """Summarise the week and name one next step from the reflection."""
    summary = _summary(req)
    if not t.has_substance(req.answer):
        reply = (
            say(req, "reflect-move-on", MOVE_ON_OPEN)
            if last_try(req)
            else "Could you say a little more? What did you learn this week, and what's one "
            "thing you'll do next?"
        )
        return CoachResult(reply=reply, complete=False, summary=summary, usage=USAGE)
    said = [s for s in t.sentences(req.answer) if len(t.words(s)) >= 2] or [req.answer.strip()]
    takeaways = tuple(t.clip(s, 200) for s in said[:3])
    actions = [
        t.clip(s, 200)
        for s in said
        if _ACTION_CUE.search(s) or (t.words(s)[:1] and t.words(s)[0] in _IMPERATIVES)
    ][:3]
    thanks = say(req, "reflect", _REFLECT)
    if actions:
        reply = f"{thanks} Your next step: “{quotable(actions[0])}”."
    else:
        first = quotable(t.clip(said[0], 190))
        actions = [f"Try: {first}"]
        reply = f"{thanks} Something to try next week: put “{first}” into practice."
    return CoachResult(
        reply=reply,
        complete=True,
        summary=summary,
        takeaways=takeaways,
        action_items=tuple(actions),
        usage=USAGE,
    )


_REFLECT = (
    "Thank you for reflecting so honestly.",
    "That's a lovely reflection — thank you.",
    "Thanks for taking the time to look back on your week.",
)
