"""The program model with the scenario step in its union, as the integrator will register
it in engine/programs/model.py; used to check that scenario programs validate whole."""

from __future__ import annotations

from typing import Annotated, Any, Union

from pydantic import Field

from engine.programs import model
from engine.scenarios import ScenarioStepSpec

_MEMBERS = (*model.StepSpec.__origin__.__args__, ScenarioStepSpec)  # type: ignore[attr-defined]
_STEP = Annotated[Union[_MEMBERS], Field(discriminator="type")]  # type: ignore[valid-type]  # noqa: UP007


class WeekWithScenarios(model.WeekSpec):
    steps: tuple[_STEP, ...]  # type: ignore[valid-type]


class ProgramWithScenarios(model.ProgramSpec):
    weeks: tuple[WeekWithScenarios, ...]


def validate_program(data: Any) -> ProgramWithScenarios:
    return ProgramWithScenarios.model_validate(data)
