"""How the offline coach words things: varied by a stable hash, never by chance."""

from __future__ import annotations

from collections.abc import Sequence

from engine.llm.offline import _text as t
from engine.llm.types import CoachRequest, Usage

USAGE = Usage(model="offline", provider="offline")


def say(req: CoachRequest, tag: str, options: Sequence[str]) -> str:
    """One of `options`, fixed by the step, the attempt and `tag`."""
    return t.pick(options, req.step_key, req.attempt_no, tag)


def last_try(req: CoachRequest) -> bool:
    """Whether this is the step's last attempt, so we move on rather than ask again."""
    return req.attempt_no >= req.max_attempts


def quotable(sentence: str) -> str:
    """A sentence without its final punctuation, ready to sit inside quotes."""
    return sentence.strip().rstrip(".!?;,")


# Shared by open questions and reflections.
MOVE_ON_OPEN = (
    "That's okay — let's keep going.",
    "No problem, we'll move on for now.",
    "All good — let's carry on.",
)
