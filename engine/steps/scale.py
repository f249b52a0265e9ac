"""`scale`: a number between two labelled ends, optionally recorded as mood or progress.

Only a scale that measures what a check-in measures is stored as one: mood on a 1–10
scale, goal progress on a 0–100 (percentage) scale. A clarity or confidence score on
another range (a 1–10 "how clear are you?") is the step's answer, never 7 % progress;
and progress is stored only while there is an active goal it measures.
"""

from __future__ import annotations

from engine.llm.types import CoachResult, StepKind
from engine.messages import Choice, Reply
from engine.programs.model import CheckInStep, ScaleStep, StepSpec
from engine.render import step_ref
from engine.steps._explain import scale_ends, the_question
from engine.steps.base import (
    Attempt,
    BaseStepType,
    CheckInRecord,
    Judgement,
    Need,
    Record,
    StepOutcome,
    StepView,
    reask,
)
from engine.steps.mood_emoji import mood_from_emoji
from engine.steps.parsing import parse_scale, scale_error


def scale_choices(low: int, high: int) -> tuple[Choice, ...]:
    if high - low <= 10:
        return tuple(Choice(str(n), str(n)) for n in range(low, high + 1))
    step = max(1, (high - low) // 10)
    return tuple(Choice(str(n), str(n)) for n in range(low, high + 1, step))


def records_as(step: ScaleStep) -> str:
    """What the answer is stored as: "mood", "progress" or "none" (see the module doc)."""
    if step.records == "mood" and (step.min, step.max) == (1, 10):
        return "mood"
    if step.records == "progress" and (step.min, step.max) == (0, 100):
        return "progress"
    return "none"


def asks_mood(step: StepSpec) -> bool:
    """The step itself asks how the person feels (a check-in, or a mood scale): a number
    typed after a check-in reminder can answer it directly."""
    if isinstance(step, CheckInStep):
        return step.mood
    return isinstance(step, ScaleStep) and records_as(step) == "mood"


class ScaleType(BaseStepType):
    kind = StepKind.SCALE
    model = ScaleStep
    needs = frozenset({Need.ACTIVE_GOAL})  # progress is a goal's: none without one

    def no_hint(self, step: StepSpec) -> str:
        assert isinstance(step, ScaleStep)
        return (
            f"Pick the number from {step.min} to {step.max} that feels closest — a first"
            " instinct is fine, there are no wrong answers."
        )

    def asks_mood(self, step: StepSpec) -> bool:
        return asks_mood(step)

    def present(self, view: StepView) -> list[Reply]:
        step = view.step
        assert isinstance(step, ScaleStep)
        label = ""
        if step.low_label or step.high_label:
            label = f"\n({step.min} = {step.low_label}, {step.max} = {step.high_label})"
        ref = step_ref(view.enrolment_id, view.week, step.key)
        return [
            Reply(
                step.prompt.strip() + label,
                choices=scale_choices(step.min, step.max),
                choice_ref=ref,
            )
        ]

    def explain(self, view: StepView) -> list[Reply]:
        step = view.step
        assert isinstance(step, ScaleStep)
        ends = scale_ends(step.min, step.max, step.low_label, step.high_label)
        message = f"I'm asking: {the_question(step.prompt)} On this scale, {ends}"
        return [reask(view, self.present(view)[0], message)]

    def judgement(self, view: StepView, text: str) -> Judgement | None:
        """A readable number gets a short offline acknowledgement (no LLM for numbers)."""
        step = view.step
        assert isinstance(step, ScaleStep)
        value = _read(step, text)
        if value is None:
            return None
        return Judgement(self.kind, f"{value} (scale {step.min}-{step.max})", local=True)

    def apply(self, view: StepView, text: str, result: CoachResult | None) -> StepOutcome:
        step = view.step
        assert isinstance(step, ScaleStep)
        value = _read(step, text)
        if value is None or result is None:
            message = scale_error(text, step.min, step.max)
            return StepOutcome(
                done=False,
                replies=(reask(view, self.present(view)[0], message),),
                attempt=Attempt(text, valid=False),
            )
        records: tuple[Record, ...] = ()
        if records_as(step) == "mood":
            records = (CheckInRecord(mood=value, progress=None),)
        elif records_as(step) == "progress" and view.current_goal is not None:
            records = (CheckInRecord(mood=None, progress=value),)
        reply = result.reply if records_as(step) != "none" else _placed(step, value)
        if parse_scale(text, low=step.min, high=step.max) is None:  # read from a face
            reply = (
                f"I've put that down as {value} out of {step.max} — send a number if it's"
                f" different. {reply}"
            )
        return StepOutcome(
            done=True,
            replies=(Reply(reply),),
            attempt=Attempt(str(value), valid=True),
            records=records,
        )


def _read(step: ScaleStep, text: str) -> int | None:
    """The number answered; on a mood scale a face emoji answers too ("😐" is the middle)."""
    value = parse_scale(text, low=step.min, high=step.max)
    if value is None and records_as(step) == "mood":
        return mood_from_emoji(text, low=step.min, high=step.max)
    return value


def _placed(step: ScaleStep, value: int) -> str:
    """The answer to a scale that is not a mood or progress, placed between its own ends
    (a 3 on a 0–5 "how nervous?" is not a low mood)."""
    share = (value - step.min) / (step.max - step.min)
    if share <= 0.34 and step.low_label:
        return f"Thanks — {value}, closer to “{step.low_label}”. Good to know."
    if share >= 0.66 and step.high_label:
        return f"Thanks — {value}, closer to “{step.high_label}”. Good to know."
    return f"Thanks — {value} out of {step.max}, somewhere in between. Good to know."
