"""A person finishes every built-in program in the console with the offline coach."""

from __future__ import annotations

import pytest

from engine.programs.loader import builtin_programs
from tests.harness import Harness
from tests.integration.driver import complete_program

SLUGS = sorted(p.spec.slug for p in builtin_programs())


@pytest.mark.parametrize("slug", SLUGS)
async def test_a_person_completes_every_builtin_program(harness: Harness, slug: str) -> None:
    await complete_program(harness, slug)
    spec = next(p.spec for p in builtin_programs() if p.spec.slug == slug)

    weeks = await harness.rows(
        "SELECT week_number, status, completed_at FROM week_progress ORDER BY week_number"
    )
    assert [w["status"] for w in weeks] == ["completed"] * len(spec.weeks)
    completed = [w["completed_at"] for w in weeks]
    assert completed == sorted(completed), "weeks completed in order"

    attempts = await harness.scalar("SELECT count(*) FROM step_attempts")
    answered_steps = await harness.scalar(
        "SELECT count(DISTINCT (week_number, step_key)) FROM step_attempts"
        " WHERE (valid OR forced) AND step_key <> 'follow_up'"
    )
    assert answered_steps == spec.steps_total
    # A week opened after a wait asks how last week's action went; the answer is kept.
    follow_ups = await harness.scalar(
        "SELECT count(*) FROM step_attempts a WHERE a.step_key = 'follow_up' AND EXISTS ("
        " SELECT 1 FROM takeaways t WHERE t.week_number = a.week_number - 1)"
    )
    assert follow_ups == await harness.scalar(
        "SELECT count(*) FROM step_attempts WHERE step_key = 'follow_up'"
    )
    assert isinstance(attempts, int) and attempts >= spec.steps_total

    kinds = {s.type for w in spec.weeks for s in w.steps}
    if "smart_goal" in kinds:
        assert await harness.scalar("SELECT count(*) FROM goals") >= 1  # type: ignore[operator]
    if {"check_in"} & kinds or any(
        getattr(s, "records", "none") != "none" for w in spec.weeks for s in w.steps
    ):
        assert await harness.scalar("SELECT count(*) FROM check_ins") >= 1  # type: ignore[operator]
    if "reflection" in kinds:
        reflections = sum(1 for w in spec.weeks if any(s.type == "reflection" for s in w.steps))
        assert await harness.scalar("SELECT count(*) FROM takeaways") == reflections
    if "extract" in kinds:
        fields = await harness.rows("SELECT field, value FROM profile_fields")
        assert {"name"} <= {f["field"] for f in fields}
    assert await harness.scalar("SELECT status FROM enrolments") == "completed"
