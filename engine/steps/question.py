"""`question`: an open answer judged for its required items and scenarios."""

from __future__ import annotations

from engine.llm.types import CoachResult, Scenario, StepKind
from engine.messages import Reply
from engine.programs.model import QuestionStep
from engine.steps.base import (
    Attempt,
    BaseStepType,
    Judgement,
    StepOutcome,
    StepView,
    forced,
    hint,
    required_items,
)


class QuestionType(BaseStepType):
    kind = StepKind.QUESTION
    model = QuestionStep
    recaps_answer = True

    def present(self, view: StepView) -> list[Reply]:
        return [Reply(view.step.prompt.strip())]

    def judgement(self, view: StepView, text: str) -> Judgement:
        step = view.step
        assert isinstance(step, QuestionStep)
        extras: tuple[str, ...] = ("validation", "follow_up") if step.requires else ()
        if step.scenarios:
            extras += ("classifier",)
        return Judgement(
            kind=self.kind,
            answer=text,
            max_attempts=step.max_attempts,
            required=required_items(step.requires),
            scenarios=tuple(
                Scenario(s.key, s.description, s.keywords, s.response) for s in step.scenarios
            ),
            extra_prompts=extras,
        )

    def apply(self, view: StepView, text: str, result: CoachResult | None) -> StepOutcome:
        step = view.step
        assert isinstance(step, QuestionStep) and result is not None
        if result.meta:  # a question about the question: answered, not an attempt
            return StepOutcome(done=False, replies=(Reply(result.reply),), coached=True)
        complete = result.complete and not result.missing  # complete-with-missing is not
        moved_on = forced(view, complete, step.max_attempts)
        attempt = Attempt(
            text,
            valid=complete,
            classification=result.classification,
            missing=result.missing,
            forced=moved_on,
        )
        replies = [Reply(result.reply)]
        next_hint = hint(view) if not (complete or moved_on) and view.attempt_no >= 2 else None
        if next_hint is not None:
            replies.append(Reply(f"Hint: {next_hint}"))
        return StepOutcome(
            done=complete or moved_on,
            replies=tuple(replies),
            attempt=attempt,
            coached=True,
            hint_given=next_hint is not None,
        )
