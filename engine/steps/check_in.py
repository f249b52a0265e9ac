"""`check_in`: mood (1–10) then goal progress (0–100), in one message or two.

The same reading serves the program's check-in step and the ad-hoc check-in a person
starts with `check in`, a reminder's button or a number typed after a reminder. Progress is
asked only when there is an active goal; "n/a" or "no goal" answers it with nothing, and a
spelled-out small number ("one") is asked again as a percentage rather than stored as 1 %.
The reply reflects the numbers (`engine.steps.check_in_replies`), with no coach call.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from engine.llm.types import CoachResult, StepKind
from engine.messages import Choice, Reply
from engine.programs.model import CheckInStep, StepSpec
from engine.render import step_ref
from engine.steps.base import (
    Attempt,
    BaseStepType,
    CheckInRecord,
    Judgement,
    Need,
    StepOutcome,
    StepView,
)
from engine.steps.check_in_replies import check_in_reply
from engine.steps.mood_emoji import mood_from_emoji
from engine.steps.parsing import parse_check_in, parse_scale, scale_error
from engine.steps.state import CheckInProgress

MOOD = tuple(Choice(str(n), str(n)) for n in range(1, 11))
PROGRESS = tuple(Choice(f"{n}%", str(n)) for n in range(0, 101, 10))
NO_GOAL_YET = "There's no active goal yet, so there's no goal progress to check."

_NOT_APPLICABLE = re.compile(
    r"^\W*(?:n\W?a|none|nothing|no goal(?: yet)?|not applicable|doesn'?t apply|"
    r"(?:i )?(?:don'?t|do not) have (?:a|one|any)(?: goal)?(?: yet)?|no active goal|"
    r"no idea|not sure|unsure|dunno|idk|pass|k\.?a\.?|keine ahnung|kein ziel)\W*$",
    re.IGNORECASE,
)
_DIGITS_OR_PERCENT = re.compile(r"\d|%|percent|per cent|pct|prozent|pour ?cent|por ?ciento")
PERCENT_PLEASE = (
    "Did you mean {n}%? Please give me a percentage from 0 to 100 — for example 30%"
    " (or `n/a` if it doesn't apply)."
)


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
        "And how far along are you with your goal, from 0 to 100%? (`n/a` if it doesn't apply)",
        choices=PROGRESS,  # digits only: a typed 40 is 40 %, not a button number
        choice_ref=f"{ref}.progress",
    )


def explain_check_in(part: str, goal: str | None, question: Reply) -> list[Reply]:
    """What the check-in's current part asks, with what its numbers mean."""
    if part == "mood":
        message = (
            "I'm asking how you feel today, as a number: 1 means very low, 10 means great,"
            " and 5 is somewhere in the middle. The number closest to your mood is enough."
        )
    else:
        which = f"your goal (“{goal.rstrip('.')}”)" if goal else "your goal"
        message = (
            f"I'm asking how far along you are with {which}, as a percentage: 0% means not"
            " started, 100% means done, 50% about halfway. `n/a` is fine if it doesn't apply."
        )
    return [Reply(message, choices=question.choices, choice_ref=question.choice_ref)]


def _read_progress(text: str) -> int | str | None:
    """A percentage, None for "n/a", or the re-ask when the answer is not one."""
    if _NOT_APPLICABLE.match(text.strip()):
        return None
    value = parse_scale(text, low=0, high=100)
    if value is None:
        return scale_error(text, 0, 100)
    if value <= 10 and not _DIGITS_OR_PERCENT.search(text.casefold()):
        return PERCENT_PLEASE.format(n=value)  # "one", "five": a count or a rating, not a %
    return value


@dataclass(frozen=True, slots=True)
class CheckInReading:
    """What one message does to a check-in in progress."""

    progress: CheckInProgress
    replies: tuple[Reply, ...] = ()
    record: CheckInRecord | None = None  # what to store once complete (None: nothing to)
    summary: str = ""
    done: bool = False  # complete: `replies` is then the reply to the numbers


def read_check_in(
    step: CheckInStep | None,
    so_far: CheckInProgress | None,
    text: str,
    *,
    ref: str,
    has_goal: bool = True,
) -> CheckInReading:
    """Mood then progress; complete once both wanted parts are known (progress only with a
    goal). The record is None when nothing is left to store (no mood asked, progress n/a)."""
    wants_progress = (step.progress if step else True) and has_goal
    state = CheckInProgress(so_far.part, so_far.mood) if so_far else CheckInProgress()
    part = state.part or first_part(step)
    if part == "progress" and not wants_progress:
        part = "mood"
    mood, progress = parse_check_in(text)
    if not wants_progress:
        progress = None
    if part == "mood":
        mood = mood if mood is not None else parse_scale(text, low=1, high=10)
        face = mood_from_emoji(text, low=1, high=10) if mood is None else None
        if mood is None and face is None:
            ask = (Reply(scale_error(text, 1, 10)), check_in_question(step, ref, "mood"))
            return CheckInReading(state, ask)
        state.mood = mood if mood is not None else face
        said_back = () if face is None else (Reply(f"I've put your mood down as {face}/10."),)
        if wants_progress and progress is None:
            state.part = "progress"
            return CheckInReading(state, (*said_back, check_in_question(step, ref, "progress")))
    elif progress is None:
        value = _read_progress(text)
        if isinstance(value, str):
            ask = (Reply(value), check_in_question(step, ref, "progress"))
            return CheckInReading(state, ask)
        progress = value
    recorded = progress if wants_progress else None
    summary = f"mood {state.mood}/10" if state.mood is not None else ""
    if recorded is not None:
        summary += f"{', ' if summary else ''}progress {recorded}%"
    record = None
    if state.mood is not None or recorded is not None:
        record = CheckInRecord(state.mood, recorded)
    reply = check_in_reply(state.mood, recorded, seed=ref)
    return CheckInReading(state, (Reply(reply),), record=record, summary=summary, done=True)


def _progress(view: StepView) -> CheckInProgress | None:
    return view.state if isinstance(view.state, CheckInProgress) else None


class CheckInType(BaseStepType):
    kind = StepKind.CHECK_IN
    model = CheckInStep
    state = CheckInProgress
    state_reads_flat_keys = True  # rows from before states had their own key
    needs = frozenset({Need.ACTIVE_GOAL})
    present_needs = frozenset({Need.ACTIVE_GOAL})

    def _read(self, view: StepView, text: str) -> CheckInReading:
        assert isinstance(view.step, CheckInStep)
        ref = step_ref(view.enrolment_id, view.week, view.step.key)
        has_goal = view.current_goal is not None
        return read_check_in(view.step, _progress(view), text, ref=ref, has_goal=has_goal)

    def asks_mood(self, step: StepSpec) -> bool:
        return isinstance(step, CheckInStep) and step.mood

    def part(self, view: StepView) -> str:
        """The part the buttons on screen answer ("mood" or "progress")."""
        assert isinstance(view.step, CheckInStep)
        progress = _progress(view)
        part = (progress.part if progress else "") or first_part(view.step)
        return "mood" if part == "progress" and view.current_goal is None else part

    def present(self, view: StepView) -> list[Reply]:
        assert isinstance(view.step, CheckInStep)
        ref = step_ref(view.enrolment_id, view.week, view.step.key)
        return [check_in_question(view.step, ref, self.part(view))]

    def explain(self, view: StepView) -> list[Reply]:
        return explain_check_in(self.part(view), view.current_goal, self.present(view)[0])

    def already_done(self, view: StepView) -> str | None:
        """A progress-only check-in with no goal to measure has nothing to ask."""
        assert isinstance(view.step, CheckInStep)
        return NO_GOAL_YET if not view.step.mood and view.current_goal is None else None

    def judgement(self, view: StepView, text: str) -> Judgement | None:
        """Numbers need no coach: the reply is written from them (`check_in_replies`)."""
        return None

    def apply(self, view: StepView, text: str, result: CoachResult | None) -> StepOutcome:
        reading = self._read(view, text)
        if not reading.done:
            return StepOutcome(done=False, replies=reading.replies, state=reading.progress)
        return StepOutcome(
            done=True,
            replies=reading.replies,
            attempt=Attempt(text, valid=True),
            records=() if reading.record is None else (reading.record,),
        )
