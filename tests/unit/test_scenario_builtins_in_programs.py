"""The built-in scenarios where the issue puts them: the raise in the career program, the
workout plan in the health program (and both still in `practice-conversations`), each the
same scenario as its fragment, late in a week, skippable, the weeks unchanged."""

from __future__ import annotations

import pytest

from engine.programs.loader import BUILTIN_DIR, load_program
from engine.scenarios import ScenarioStepSpec
from engine.scenarios.validation import builtin_scenarios


@pytest.mark.parametrize(
    ("program", "weeks", "fragment"),
    [
        ("career-6-weeks", 6, "ask-for-a-raise"),
        ("health-4-weeks", 4, "realistic-workout-plan"),
        ("practice-conversations", 2, "ask-for-a-raise"),
        ("practice-conversations", 2, "realistic-workout-plan"),
    ],
)
def test_each_builtin_scenario_is_in_its_program(program: str, weeks: int, fragment: str) -> None:
    spec = load_program(BUILTIN_DIR / f"{program}.yaml").spec
    assert len(spec.weeks) == weeks
    wanted = builtin_scenarios()[fragment]
    found = [
        (week_no, index, len(week.steps), step)
        for week_no, week in enumerate(spec.weeks, 1)
        for index, step in enumerate(week.steps)
        if isinstance(step, ScenarioStepSpec) and step.key == wanted.key
    ]
    assert len(found) == 1, f"{fragment} should be in {program} once"
    _, index, steps, step = found[0]
    same = {"prompt": wanted.prompt, "skippable": wanted.skippable}
    assert step.model_copy(update=same) == wanted  # personas, scenes, criteria as written
    if program != "practice-conversations":
        assert step.skippable and "`skip`" in step.prompt and "`hint`" in step.prompt
        assert index >= steps - 2, "a late step of its week"
