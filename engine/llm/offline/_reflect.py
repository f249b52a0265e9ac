"""Weekly reflections: a summary of the week, and its takeaways and actions kept apart."""

from __future__ import annotations

from engine.llm.offline import _text as t
from engine.llm.offline._phrases import MOVE_ON_OPEN, USAGE, last_try, quotable, say
from engine.llm.offline._reflect_parse import parse_reflection
from engine.llm.types import CoachRequest, CoachResult


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
    parsed = parse_reflection(req.answer)
    reply = say(req, "reflect", _REFLECT)  # the step confirms what was noted, in one line
    return CoachResult(
        reply=reply,
        complete=True,
        summary=summary,
        takeaways=parsed.takeaways,
        action_items=parsed.actions,
        usage=USAGE,
    )


_REFLECT = (
    "Thank you for reflecting so honestly.",
    "That's a lovely reflection — thank you.",
    "Thanks for taking the time to look back on your week.",
)
