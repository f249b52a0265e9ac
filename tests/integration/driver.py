"""A scripted participant who answers whatever step the engine is on, sincerely."""

from __future__ import annotations

from datetime import timedelta

from engine.programs.model import (
    CheckInStep,
    ChoiceStep,
    ContentStep,
    ExtractStep,
    ProgramSpec,
    QuestionStep,
    ReflectionStep,
    ScaleStep,
    SmartGoalStep,
    StepSpec,
    YesNoStep,
)
from tests.integration.conftest import Harness

PROFILE = {
    "name": "My name is Ada Lovelace.",
    "role": "I'm a product designer at a small fintech.",
    "experience_level": "senior",
    "location": "I live in Berlin.",
    "startup_stage": "seed",
    "preferences": "I like direct, practical feedback and short messages.",
}
GOAL = (
    "I will walk for 30 minutes every morning before work, 5 days a week, for the next"
    " 4 weeks, which is realistic because I already walk to the station, and it matters"
    " because I want more energy for my kids."
)
REFLECTION = (
    "I learned that I have more energy when I plan my week on Sunday. "
    "Next week I will block two mornings for deep work and tell my team about it."
)


def _plain(keyword: str) -> str:
    return "".join(ch for ch in keyword if ch.isalnum() or ch in " -'")


def answer_for(step: StepSpec, attempt: int, part: str) -> str:
    if isinstance(step, QuestionStep):
        words = [_plain(r.keywords[0]) for r in step.requires if r.keywords]
        if not words:
            return "I have been thinking about this a lot and here is my honest answer."
        return "Honestly, " + ", and also ".join(f"{w} matters to me" for w in words) + "."
    if isinstance(step, ScaleStep):
        return str((step.min + step.max) // 2 + 1)
    if isinstance(step, ChoiceStep):
        return "1, 2" if step.multiple else "1"
    if isinstance(step, YesNoStep):
        return "yes"
    if isinstance(step, SmartGoalStep):
        return GOAL
    if isinstance(step, ExtractStep):
        return " ".join(PROFILE.get(f.name, f"{f.name}: something") for f in step.fields)
    if isinstance(step, ReflectionStep):
        return REFLECTION
    if isinstance(step, CheckInStep):
        return "7" if part in ("", "mood") and step.mood else "40"
    assert isinstance(step, ContentStep)
    return "done"


async def complete_program(
    h: Harness, slug: str, *, user: str = "ada", max_turns: int = 400
) -> int:
    """Drive one person through `slug` to the end; returns the number of turns taken."""
    session = h.person(user)
    await session.send(f"start {slug}")
    spec = None
    for turn in range(max_turns):
        rows = await h.rows(
            "SELECT e.status, e.current_week, e.current_step, e.step_attempt, e.step_state,"
            " v.definition FROM enrolments e JOIN program_versions v"
            " ON v.id = e.program_version_id JOIN users u ON u.id = e.user_id"
            " JOIN platform_identities i ON i.user_id = u.id"
            " WHERE i.platform_user_id = %s ORDER BY e.id DESC LIMIT 1",
            user,
        )
        state = rows[0]
        if state["status"] == "completed":
            return turn
        spec = spec or ProgramSpec.model_validate(state["definition"])
        step_state = state["step_state"]
        assert isinstance(step_state, dict)
        if "locked_until" in step_state:
            h.clock.advance(timedelta(days=8))
            await session.send("next")
            continue
        week = spec.weeks[int(str(state["current_week"])) - 1]
        step = week.steps[int(str(state["current_step"]))]
        await session.send(
            answer_for(step, int(str(state["step_attempt"])), str(step_state.get("part", "")))
        )
    raise AssertionError(f"{slug} did not finish in {max_turns} turns")
