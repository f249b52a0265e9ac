"""Scenario programs validate whole: the scenario step is a registered step kind."""

from __future__ import annotations

from typing import Any

from engine.programs import model


def validate_program(data: Any) -> model.ProgramSpec:
    return model.ProgramSpec.model_validate(data)
