"""A scripted participant who answers whatever step the engine is on, sincerely."""

from __future__ import annotations

from datetime import timedelta

from adapters.console import ConsoleSession
from benchmarks import sincere_answer
from engine.programs.model import ProgramSpec, StepSpec
from tests.harness import Harness


def answer_for(step: StepSpec, attempt: int, part: str) -> str:
    """What a sincere participant types (the same person `coachbot simulate` uses)."""
    return sincere_answer(step, part)


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


async def complete_week(h: Harness, session: ConsoleSession, *, max_turns: int = 40) -> None:
    """Answer the person's current week sincerely until it is done (the next one locked)."""
    for _ in range(max_turns):
        rows = await h.rows(
            "SELECT e.status, e.current_week, e.current_step, e.step_state, v.definition"
            " FROM enrolments e JOIN program_versions v ON v.id = e.program_version_id"
            " JOIN platform_identities i ON i.user_id = e.user_id"
            " WHERE i.platform_user_id = %s ORDER BY e.id DESC LIMIT 1",
            session.identity.user_id,
        )
        state = rows[0]
        step_state = state["step_state"]
        assert isinstance(step_state, dict)
        if state["status"] != "active" or "locked_until" in step_state:
            return
        spec = ProgramSpec.model_validate(state["definition"])
        week = spec.weeks[int(str(state["current_week"])) - 1]
        step = week.steps[int(str(state["current_step"]))]
        await session.send(answer_for(step, 0, str(step_state.get("part", ""))))
    raise AssertionError(f"the week did not end in {max_turns} turns")
