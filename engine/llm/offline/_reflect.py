"""Weekly reflections: a summary of the week, and its takeaways and actions kept apart."""

from __future__ import annotations

import re

from engine.llm.offline import _text as t
from engine.llm.offline._meta import is_meta_reply
from engine.llm.offline._phrases import MOVE_ON_OPEN, USAGE, last_try, quotable, say
from engine.llm.offline._reflect_parse import parse_reflection
from engine.llm.types import CoachRequest, CoachResult

_KEY = re.compile(r"^[a-z0-9_]+:\s+")  # week answers arrive as "step_key: answer"
_MOST_QUOTES = 3


def _summary(req: CoachRequest) -> str | None:
    """The week in a line of the person's own words: never a count of their answers."""
    said: list[str] = []
    for exchange in req.week_answers:
        text = _KEY.sub("", exchange.text.strip())
        if exchange.role != "user" or len(t.words(text)) < 3 or t.is_non_answer(text):
            continue
        if is_meta_reply(text):
            continue
        first = t.clip(quotable((t.sentences(text) or [text])[0]), 90)
        if first.casefold() not in {q.casefold() for q in said}:
            said.append(first)
    parsed = parse_reflection(req.answer)
    own = list(parsed.takeaways) if parsed.labelled else t.sentences(req.answer)
    if own and t.has_substance(req.answer):
        said = [*said[: _MOST_QUOTES - 1], t.clip(quotable(own[0]), 90)]
    said = said[-_MOST_QUOTES:]
    if not said:
        return None
    return "This week, in your words: " + "; ".join(f"“{q}”" for q in said) + "."


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
