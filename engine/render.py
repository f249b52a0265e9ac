"""Turning steps into what the person sees: prompts, buttons, content and progress cards."""

from __future__ import annotations

from engine.messages import Choice, ProgressCard, Reply
from engine.programs.model import (
    CheckInStep,
    ChoiceStep,
    ContentStep,
    ExtractStep,
    ProgramSpec,
    ScaleStep,
    SmartGoalStep,
    StepSpec,
    WeekSpec,
    YesNoStep,
)

YES_NO = (Choice("Yes", "yes"), Choice("No", "no"))
CONTINUE = (Choice("Continue", "continue"),)
MOOD = tuple(Choice(str(n), str(n)) for n in range(1, 11))
PROGRESS = tuple(Choice(f"{n}%", str(n)) for n in range(0, 101, 10))


def step_ref(enrolment_id: int, week: int, step_key: str, part: str = "") -> str:
    """Names the question a button answers, so clicks on old buttons can be recognised."""
    ref = f"{enrolment_id}.{week}.{step_key}"
    return f"{ref}.{part}" if part else ref


def scale_choices(low: int, high: int) -> tuple[Choice, ...]:
    if high - low <= 10:
        return tuple(Choice(str(n), str(n)) for n in range(low, high + 1))
    step = max(1, (high - low) // 10)
    return tuple(Choice(str(n), str(n)) for n in range(low, high + 1, step))


def week_intro(spec: ProgramSpec, number: int) -> Reply:
    week = spec.weeks[number - 1]
    text = f"*Week {number} of {len(spec.weeks)}: {week.title}*"
    if week.intro:
        text += f"\n{week.intro.strip()}"
    return Reply(text=text)


def present_step(
    spec: ProgramSpec,
    week_number: int,
    step: StepSpec,
    *,
    enrolment_id: int,
    known_fields: dict[str, str] | None = None,
    current_goal: str | None = None,
    part: str = "",
) -> list[Reply]:
    """The message(s) that ask for `step`."""
    ref = step_ref(enrolment_id, week_number, step.key)
    text = step.prompt.strip()
    if isinstance(step, ScaleStep):
        label = ""
        if step.low_label or step.high_label:
            label = f"\n({step.min} = {step.low_label}, {step.max} = {step.high_label})"
        return [Reply(text + label, choices=scale_choices(step.min, step.max), choice_ref=ref)]
    if isinstance(step, ChoiceStep):
        choices = tuple(Choice(o.label, o.value) for o in step.options)
        return [Reply(text, choices=choices, choice_ref=ref, multi_select=step.multiple)]
    if isinstance(step, YesNoStep):
        return [Reply(text, choices=YES_NO, choice_ref=ref)]
    if isinstance(step, ContentStep):
        return [content_reply(spec, step, ref)]
    if isinstance(step, CheckInStep):
        return [check_in_question(step, ref, part or first_check_in_part(step))]
    if isinstance(step, SmartGoalStep) and step.mode == "revise" and current_goal:
        return [Reply(f"{text}\n\nYour current goal: _{current_goal}_")]
    if isinstance(step, ExtractStep) and known_fields:
        missing = [f for f in step.fields if f.name not in known_fields]
        if missing and len(missing) < len(step.fields):
            return [Reply(f"{text}\n(I still need: {', '.join(f.description for f in missing)})")]
    return [Reply(text)]


def first_check_in_part(step: CheckInStep) -> str:
    return "mood" if step.mood else "progress"


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


def content_reply(spec: ProgramSpec, step: ContentStep, ref: str) -> Reply:
    parts = [step.prompt.strip()]
    links: tuple[tuple[str, str], ...] = ()
    if step.block:
        block = spec.content_blocks[step.block]
        parts.append(f"*{block.title}*")
        if block.body:
            parts.append(block.body.strip())
        links = tuple((link.title, link.url) for link in block.links)
    if step.body:
        parts.append(step.body.strip())
    return Reply("\n\n".join(parts), links=links, choices=CONTINUE, choice_ref=ref)


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
