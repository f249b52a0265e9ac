"""`check_in`: mood (1–10) then goal progress (0–100), in one message or two.

The same reading serves the program's check-in step and the ad-hoc check-in a person
starts with `check in` or a reminder's button (no step: a fixed thank-you, no coach).
"""

from __future__ import annotations

from dataclasses import dataclass

from engine.llm.types import CoachResult, StepKind
from engine.messages import Choice, Reply
from engine.programs.model import CheckInStep
from engine.render import step_ref
from engine.steps.base import (
    Attempt,
    BaseStepType,
    CheckInRecord,
    Judgement,
    StepOutcome,
    StepView,
)
from engine.steps.parsing import parse_check_in, parse_scale, scale_error
from engine.steps.state import CheckInProgress

MOOD = tuple(Choice(str(n), str(n)) for n in range(1, 11))
PROGRESS = tuple(Choice(f"{n}%", str(n)) for n in range(0, 101, 10))


def first_part(step: CheckInStep | None) -> str:
    return "mood" if step is None or step.mood else "progress"


def check_in_question(step: CheckInStep | None, ref: str, part: str) -> Reply:
    if part == "mood":
        intro = step.prompt.strip() + "\n" if step is not None else ""
        return Reply(
            f"{intro}How is your mood today, from 1 (very low) to 10 (great)?",
            choices=MOOD,
            choice_ref=f"{ref}.mood",
        )
    return Reply(
        "And how far along are you with your goal, from 0 to 100%?",
        choices=PROGRESS,
        choice_ref=f"{ref}.progress",
    )


@dataclass(frozen=True, slots=True)
class CheckInReading:
    """What one message does to a check-in in progress."""

    progress: CheckInProgress
    replies: tuple[Reply, ...] = ()
    record: CheckInRecord | None = None  # set when the check-in is complete
    summary: str = ""


def read_check_in(
    step: CheckInStep | None, so_far: CheckInProgress | None, text: str, *, ref: str
) -> CheckInReading:
    """Mood then progress; complete (with a record) once both wanted parts are known."""
    wants_progress = step.progress if step else True
    state = CheckInProgress(so_far.part, so_far.mood) if so_far else CheckInProgress()
    part = state.part or first_part(step)
    mood, progress = parse_check_in(text)
    if part == "mood":
        mood = mood if mood is not None else parse_scale(text, low=1, high=10)
        if mood is None:
            ask = (Reply(scale_error(text, 1, 10)), check_in_question(step, ref, "mood"))
            return CheckInReading(state, ask)
        state.mood = mood
        if wants_progress and progress is None:
            state.part = "progress"
            return CheckInReading(state, (check_in_question(step, ref, "progress"),))
    else:
        value = progress if progress is not None else parse_scale(text, low=0, high=100)
        if value is None:
            ask = (Reply(scale_error(text, 0, 100)), check_in_question(step, ref, "progress"))
            return CheckInReading(state, ask)
        progress = value
    recorded = progress if wants_progress else None
    summary = f"mood {state.mood}/10" if state.mood is not None else ""
    if recorded is not None:
        summary += f"{', ' if summary else ''}progress {recorded}%"
    return CheckInReading(state, record=CheckInRecord(state.mood, recorded), summary=summary)


def _progress(view: StepView) -> CheckInProgress | None:
    return view.state if isinstance(view.state, CheckInProgress) else None


class CheckInType(BaseStepType):
    kind = StepKind.CHECK_IN

    def _read(self, view: StepView, text: str) -> CheckInReading:
        assert isinstance(view.step, CheckInStep)
        ref = step_ref(view.enrolment_id, view.week, view.step.key)
        return read_check_in(view.step, _progress(view), text, ref=ref)

    def part(self, view: StepView) -> str:
        """The part the buttons on screen answer ("mood" or "progress")."""
        assert isinstance(view.step, CheckInStep)
        progress = _progress(view)
        return (progress.part if progress else "") or first_part(view.step)

    def present(self, view: StepView) -> list[Reply]:
        assert isinstance(view.step, CheckInStep)
        ref = step_ref(view.enrolment_id, view.week, view.step.key)
        return [check_in_question(view.step, ref, self.part(view))]

    def judgement(self, view: StepView, text: str) -> Judgement | None:
        """A complete check-in gets a short offline acknowledgement (no LLM for numbers)."""
        reading = self._read(view, text)
        return None if reading.record is None else Judgement(self.kind, reading.summary, local=True)

    def apply(self, view: StepView, text: str, result: CoachResult | None) -> StepOutcome:
        reading = self._read(view, text)
        if reading.record is None or result is None:
            return StepOutcome(done=False, replies=reading.replies, state=reading.progress)
        return StepOutcome(
            done=True,
            replies=(Reply(result.reply),),
            attempt=Attempt(text, valid=True),
            records=(reading.record,),
        )
