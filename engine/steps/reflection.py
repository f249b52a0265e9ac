"""`reflection`: the week looked back on; takeaways and action items kept apart.

What the person labels ("Takeaway: …", "Next step: …", in several languages) is split as
they labelled it, whatever the coach read; otherwise the coach's split is used. What is
kept is confirmed in one line. A question about the step ("what do you mean by
takeaway?") is answered and leaves the step open; so is a bare number ("3", "ok 3"),
which says nothing looked back on: it is asked about and is no attempt.
"""

from __future__ import annotations

from engine.llm.offline._reflect_parse import asks_about_reflection, parse_reflection
from engine.llm.types import CoachResult, Exchange, StepKind
from engine.messages import Reply
from engine.programs.model import ReflectionStep
from engine.steps.answer_numbers import is_bare_number
from engine.steps.base import (
    Attempt,
    BaseStepType,
    Judgement,
    Need,
    StepOutcome,
    StepView,
    TakeawaysRecord,
    forced,
)

EXPLAIN = (
    "A takeaway is one thing you noticed or learned this week, in a sentence — for example"
    " “I focus better in the mornings”. A next step is one small thing you'll do before we"
    " meet again — for example “block Tuesday morning for deep work”. What are yours?"
)


def _unclear(text: str) -> str:
    """What a bare number is told: it is no takeaway, and what one looks like."""
    typed = " ".join(text.split())[:20]
    return f"I'm not sure what “{typed}” means here. {EXPLAIN}"


_OWN_WORDS = frozenset({"question", "smart_goal", "conversation", "reflection"})


def _said(view: StepView) -> frozenset[str]:
    """The steps of the week answered in the person's own words (not a pick or a number)."""
    week = view.program.weeks[view.week - 1]
    return frozenset(s.key for s in week.steps if s.type in _OWN_WORDS)


def noted(takeaways: tuple[str, ...], actions: tuple[str, ...]) -> str:
    """The one line that confirms what was kept."""
    parts = []
    if takeaways:
        label = "takeaway" if len(takeaways) == 1 else "takeaways"
        parts.append(f"{label}: " + " / ".join(takeaways))
    if actions:
        label = "next step" if len(actions) == 1 else "next steps"
        parts.append(f"{label}: " + " / ".join(actions))
    return "Noted — " + "; ".join(parts) + "." if parts else "Noted."


class ReflectionType(BaseStepType):
    kind = StepKind.REFLECTION
    model = ReflectionStep
    needs = frozenset({Need.WEEK_ANSWERS})

    def present(self, view: StepView) -> list[Reply]:
        return [Reply(view.step.prompt.strip())]

    def judgement(self, view: StepView, text: str) -> Judgement | None:
        step = view.step
        assert isinstance(step, ReflectionStep)
        if asks_about_reflection(text) or is_bare_number(text):
            return None
        return Judgement(
            self.kind,
            text,
            max_attempts=step.max_attempts,
            week_answers=tuple(
                Exchange("user", f"{k}: {a}") for k, a in view.week_answers if k in _said(view)
            ),
            extra_prompts=("summary",),
        )

    def apply(self, view: StepView, text: str, result: CoachResult | None) -> StepOutcome:
        step = view.step
        assert isinstance(step, ReflectionStep)
        if asks_about_reflection(text):  # no attempt spent, the week stays open
            return StepOutcome(done=False, replies=(Reply(EXPLAIN),))
        if is_bare_number(text):
            return StepOutcome(done=False, replies=(Reply(_unclear(text)),))
        assert result is not None
        parsed = parse_reflection(text)
        complete = result.complete or bool(parsed.labelled and parsed.takeaways + parsed.actions)
        moved_on = forced(view, complete, step.max_attempts)
        attempt = Attempt(text, valid=complete, forced=moved_on)
        if not (complete or moved_on):
            return StepOutcome(
                done=False, replies=(Reply(result.reply),), attempt=attempt, coached=True
            )
        takeaways, actions = parsed.takeaways, parsed.actions
        if not parsed.labelled and (result.takeaways or result.action_items):
            takeaways, actions = result.takeaways, result.action_items
        replies = (Reply(result.reply), Reply(noted(takeaways, actions)))
        record = TakeawaysRecord(summary=result.summary, learnings=takeaways, action_items=actions)
        return StepOutcome(
            done=True,
            replies=replies if takeaways or actions else replies[:1],
            attempt=attempt,
            records=(record,),
            coached=True,
            week_summary=result.summary,
        )
