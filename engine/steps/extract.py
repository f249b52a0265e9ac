"""`extract`: profile fields picked out of free conversation; asks only what is missing."""

from __future__ import annotations

from engine.llm.types import CoachResult, FieldSpec, StepKind
from engine.messages import Reply
from engine.programs.model import ExtractStep
from engine.steps.base import (
    Attempt,
    BaseStepType,
    Judgement,
    Need,
    ProfileRecord,
    StepOutcome,
    StepView,
)

ALREADY_KNOWN = "I already have what I need from you here — thanks!"


def _step(view: StepView) -> ExtractStep:
    assert isinstance(view.step, ExtractStep)
    return view.step


def already_known(view: StepView) -> bool:
    """Every field is known from earlier: the step is skipped when presented."""
    return all(f.name in view.known_fields for f in _step(view).fields)


class ExtractType(BaseStepType):
    kind = StepKind.EXTRACT
    needs = present_needs = frozenset({Need.PROFILE})

    def present(self, view: StepView) -> list[Reply]:
        step = _step(view)
        text = step.prompt.strip()
        missing = [f for f in step.fields if f.name not in view.known_fields]
        if view.known_fields and missing and len(missing) < len(step.fields):
            return [Reply(f"{text}\n(I still need: {', '.join(f.description for f in missing)})")]
        return [Reply(text)]

    def judgement(self, view: StepView, text: str) -> Judgement:
        step = _step(view)
        return Judgement(
            self.kind,
            text,
            max_attempts=step.max_attempts,
            fields=tuple(
                FieldSpec(f.name, f.description, f.choices, f.patterns) for f in step.fields
            ),
            known_fields=dict(view.known_fields),
        )

    def apply(self, view: StepView, text: str, result: CoachResult | None) -> StepOutcome:
        step = _step(view)
        assert result is not None
        known = view.known_fields
        wanted = {f.name for f in step.fields}
        new = {
            k: v.strip()[:500]
            for k, v in result.extracted.items()
            if k in wanted and k not in known and v and v.strip()
        }
        missing = tuple(sorted(wanted - known.keys() - new.keys()))
        moved_on = bool(missing) and view.attempt_no >= step.max_attempts
        return StepOutcome(
            done=not missing or moved_on,
            replies=(Reply(result.reply),),
            attempt=Attempt(text, valid=not missing, missing=missing, forced=moved_on),
            records=(ProfileRecord(new, result.confidence),) if new else (),
            coached=True,
        )

    def already_done(self, view: StepView) -> str | None:
        return ALREADY_KNOWN if already_known(view) else None
