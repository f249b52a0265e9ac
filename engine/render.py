"""What the person sees beyond a step's own question: button refs, week intros, progress cards.

Each step type presents itself (`engine.steps`)."""

from __future__ import annotations

from engine.messages import ProgressCard, Reply
from engine.programs.model import ProgramSpec, WeekSpec


def step_ref(enrolment_id: int, week: int, step_key: str, part: str = "") -> str:
    """Names the question a button answers, so clicks on old buttons can be recognised."""
    ref = f"{enrolment_id}.{week}.{step_key}"
    return f"{ref}.{part}" if part else ref


def week_intro(spec: ProgramSpec, number: int) -> Reply:
    week = spec.weeks[number - 1]
    text = f"*Week {number} of {len(spec.weeks)}: {week.title}*"
    if week.intro:
        text += f"\n{week.intro.strip()}"
    return Reply(text=text)


def progress_card(
    spec: ProgramSpec,
    *,
    week_number: int,
    step_index: int,
    status: str,
    completed_steps: int,
    goal: str | None,
    last_check_in: str | None,
    next_unlock: str | None,
) -> ProgressCard:
    week: WeekSpec = spec.weeks[min(week_number, len(spec.weeks)) - 1]
    total = spec.steps_total
    return ProgressCard(
        program_title=spec.title,
        week_number=week_number,
        weeks_total=len(spec.weeks),
        week_title=week.title,
        step_number=min(step_index + 1, len(week.steps)),
        steps_total=len(week.steps),
        percent_complete=round(100 * completed_steps / total) if total else 0,
        status=status,
        goal=goal,
        last_check_in=last_check_in,
        next_unlock=next_unlock,
    )


def steps_before(spec: ProgramSpec, week_number: int, step_index: int) -> int:
    return sum(len(w.steps) for w in spec.weeks[: week_number - 1]) + step_index
