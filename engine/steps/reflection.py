"""`reflection`: the week looked back on; takeaways and action items kept apart."""

from __future__ import annotations

from engine.llm.types import CoachResult, Exchange, StepKind
from engine.messages import Reply
from engine.programs.model import ReflectionStep
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


class ReflectionType(BaseStepType):
    kind = StepKind.REFLECTION
    needs = frozenset({Need.WEEK_ANSWERS})

    def present(self, view: StepView) -> list[Reply]:
        return [Reply(view.step.prompt.strip())]

    def judgement(self, view: StepView, text: str) -> Judgement:
        step = view.step
        assert isinstance(step, ReflectionStep)
        return Judgement(
            self.kind,
            text,
            max_attempts=step.max_attempts,
            week_answers=tuple(Exchange("user", f"{k}: {a}") for k, a in view.week_answers),
            extra_prompts=("summary",),
        )

    def apply(self, view: StepView, text: str, result: CoachResult | None) -> StepOutcome:
        step = view.step
        assert isinstance(step, ReflectionStep) and result is not None
        moved_on = forced(view, result.complete, step.max_attempts)
        attempt = Attempt(text, valid=result.complete, forced=moved_on)
        if not (result.complete or moved_on):
            return StepOutcome(
                done=False, replies=(Reply(result.reply),), attempt=attempt, coached=True
            )
        replies = [Reply(result.reply)]
        if result.action_items:
            lines = "\n".join(f"• {item}" for item in result.action_items)
            replies.append(Reply("Your action items this week:\n" + lines))
        takeaways = TakeawaysRecord(
            summary=result.summary,
            learnings=result.takeaways or (text[:500],),
            action_items=result.action_items,
        )
        return StepOutcome(
            done=True,
            replies=tuple(replies),
            attempt=attempt,
            records=(takeaways,),
            coached=True,
            week_summary=result.summary,
        )
