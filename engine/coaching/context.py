"""The coaching context of one judgement: what the coach should remember, within a budget.

Pure: it takes what `engine.store.coaching` loaded and returns the step's history (every
attempt so far with the coach's reply), the required items already covered (coverage
never goes backwards: an item covered by any earlier attempt stays covered) and the
person's background. Everything is deterministic, so planning a turn twice gives the
same request.

Budget: a cheap estimate (about four characters a token). Over budget, texts are first
clipped (the longest first), then the oldest of this week's answers go, then the oldest
attempts (the latest attempt always stays), then profile fields.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from engine.llm.types import CoachingContext, Exchange, RequiredItem
from engine.store.coaching import Background, StepTry

DEFAULT_BUDGET = 1200  # tokens for history + background
_CLIP = 600  # characters: no single quoted text is longer in the context
_NAME_FIELDS = ("preferred_name", "name", "first_name")


def estimate_tokens(text: str) -> int:
    """A cheap token estimate: about four characters a token, at least one per word."""
    return max(len(text) // 4, len(text.split())) + 1 if text else 0


def _clip(text: str, limit: int = _CLIP) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


@dataclass(frozen=True, slots=True)
class StepMemory:
    """What the coach gets about the step itself."""

    history: tuple[Exchange, ...]
    covered: tuple[str, ...]


def covered_so_far(required: Sequence[RequiredItem], tries: Iterable[StepTry]) -> tuple[str, ...]:
    """Required keys covered by any earlier attempt, in the step's order.

    An incomplete attempt that names none of the step's keys as missing (a judge that
    answered with unknown keys, or none) says nothing about what it covered.
    """
    keys = [r.key for r in required]
    covered: set[str] = set()
    for attempt in tries:
        missing = [k for k in keys if k in attempt.missing]
        if not attempt.valid and not missing:
            continue
        covered.update(k for k in keys if k not in missing)
    return tuple(k for k in keys if k in covered)


def _history(tries: Sequence[StepTry]) -> list[Exchange]:
    out: list[Exchange] = []
    for attempt in tries:
        out.append(Exchange("user", _clip(attempt.answer)))
        if attempt.reply:
            out.append(Exchange("assistant", _clip(attempt.reply, 300)))
    return out


def _cost(exchange: Exchange) -> int:
    return estimate_tokens(exchange.text) + 2


def build_context(
    *,
    required: Sequence[RequiredItem],
    tries: Sequence[StepTry],
    background: Background,
    display_name: str | None,
    timezone: str | None,
    budget: int = DEFAULT_BUDGET,
) -> tuple[StepMemory, CoachingContext]:
    """The step's memory and the person's context, together within `budget` tokens."""
    covered = covered_so_far(required, tries)
    history = _history(tries)
    profile = dict(background.profile)
    name = next((profile[f] for f in _NAME_FIELDS if profile.get(f)), None) or display_name
    fields = [(k, _clip(v, 200)) for k, v in profile.items() if k not in _NAME_FIELDS]
    week = [Exchange(key, _clip(answer, 300)) for key, answer in background.week_answers]
    takeaway = background.last_summary or "; ".join(background.last_learnings) or None
    actions = [_clip(a, 200) for a in background.last_actions]
    fixed = estimate_tokens(" ".join(filter(None, (name, timezone, background.goal, takeaway))))
    fixed += sum(estimate_tokens(a) for a in actions)

    # Each item's cost estimated once; dropping an item drops its cost with it.
    field_costs = [estimate_tokens(f"{k} {v}") for k, v in fields]
    history_costs = [_cost(e) for e in history]
    week_costs = [_cost(e) for e in week]

    def total() -> int:
        return fixed + sum(field_costs) + sum(history_costs) + sum(week_costs)

    while total() > budget and week:
        week.pop(0)  # this week's oldest answer first
        week_costs.pop(0)
    while total() > budget and len(history) > 2:
        history.pop(0)  # then the oldest attempts (the latest one stays)
        history_costs.pop(0)
    while total() > budget and fields:
        fields.pop()  # then profile fields
        field_costs.pop()
    if total() > budget:  # still over: the latest attempt is clipped hard
        history = [Exchange(e.role, _clip(e.text, 200)) for e in history]
    context = CoachingContext(
        name=name,
        timezone=timezone,
        profile=tuple(fields),
        goal=_clip(background.goal, 300) if background.goal else None,
        last_takeaway=_clip(takeaway, 300) if takeaway else None,
        last_actions=tuple(actions[:5]),
        week_so_far=tuple(week),
    )
    return StepMemory(tuple(history), covered), context
