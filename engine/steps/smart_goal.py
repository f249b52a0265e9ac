"""`smart_goal`: a goal made specific, measurable, achievable, relevant and time-bound."""

from __future__ import annotations

from engine.llm.types import SMART_PARTS, CoachResult, StepKind
from engine.messages import Reply
from engine.programs.model import SmartGoalStep
from engine.steps.base import (
    Attempt,
    BaseStepType,
    GoalRecord,
    Judgement,
    Need,
    Record,
    StepOutcome,
    StepView,
    forced,
)
from engine.steps.state import SmartGoalDraft


def _draft(view: StepView) -> SmartGoalDraft:
    return view.state if isinstance(view.state, SmartGoalDraft) else SmartGoalDraft()


class SmartGoalType(BaseStepType):
    kind = StepKind.SMART_GOAL
    present_needs = frozenset({Need.ACTIVE_GOAL})  # "revise" mode shows the current goal

    def present(self, view: StepView) -> list[Reply]:
        step = view.step
        assert isinstance(step, SmartGoalStep)
        text = step.prompt.strip()
        if step.mode == "revise" and view.current_goal:
            return [Reply(f"{text}\n\nYour current goal: _{view.current_goal}_")]
        return [Reply(text)]

    def judgement(self, view: StepView, text: str) -> Judgement:
        step = view.step
        assert isinstance(step, SmartGoalStep)
        return Judgement(
            self.kind, text, max_attempts=step.max_attempts, smart_so_far=dict(_draft(view).smart)
        )

    def apply(self, view: StepView, text: str, result: CoachResult | None) -> StepOutcome:
        step = view.step
        assert isinstance(step, SmartGoalStep) and result is not None
        draft = _draft(view)
        so_far = dict(draft.smart)
        so_far.update({k: v for k, v in result.smart.items() if k in SMART_PARTS and v})
        missing = tuple(p for p in SMART_PARTS if p not in so_far)
        complete = not missing
        moved_on = forced(view, complete, step.max_attempts)
        answers = [*draft.answers, text]
        records: tuple[Record, ...] = ()
        if complete or moved_on:
            description = " ".join(answers)[:2000]
            records = (GoalRecord(description, so_far, revises_active=step.mode == "revise"),)
        return StepOutcome(
            done=complete or moved_on,
            replies=(Reply(result.reply),),
            attempt=Attempt(text, valid=complete, missing=missing, forced=moved_on),
            records=records,
            state=SmartGoalDraft(smart=so_far, answers=answers),
            coached=True,
        )
