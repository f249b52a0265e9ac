"""The three calls a step-type module makes, over the stored JSON state.

`present` starts the scenario; `plan` turns the person's text into either a control
(`hint`, `end scene`: no LLM call) or the one judgement request of the turn; `apply`
takes the planned turn and the judgement (None for a control) into an outcome. The
state is stored as `outcome.state.to_json()`; `outcome.finished` lists scenes to write.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from engine.scenarios.decide import (
    Control,
    ScenarioOutcome,
    apply_turn,
    end_scene,
    give_hint,
    parse_control,
    pause,
    start,
)
from engine.scenarios.judgement import JudgementRequest, JudgementResult
from engine.scenarios.model import ScenarioStepSpec
from engine.scenarios.prompt import build_judgement_request
from engine.scenarios.state import ScenarioState


@dataclass(frozen=True, slots=True)
class PlannedTurn:
    """Exactly one of `control` and `request` is set."""

    text: str
    control: Control | None = None
    request: JudgementRequest | None = None


def load_state(data: Mapping[str, Any] | None) -> ScenarioState | None:
    """The stored state, or None when nothing (or an empty step state) is stored."""
    if not data:
        return None
    return ScenarioState.from_json(dict(data))


def present(spec: ScenarioStepSpec, now: datetime) -> ScenarioOutcome:
    """The step's first messages (its prompt, the first scene) and a fresh state."""
    return start(spec, now)


def plan(spec: ScenarioStepSpec, state: ScenarioState, text: str) -> PlannedTurn:
    control = parse_control(text)
    if control is not None:
        return PlannedTurn(text=text, control=control)
    return PlannedTurn(text=text, request=build_judgement_request(spec, state, text))


def apply(
    spec: ScenarioStepSpec,
    state: ScenarioState,
    planned: PlannedTurn,
    judgement: JudgementResult | None,
    now: datetime,
) -> ScenarioOutcome:
    """Apply a planned turn. Re-plan first if `plan(spec, state, text)` now differs."""
    if planned.control == "hint":
        return give_hint(spec, state, now)
    if planned.control == "end_scene":
        return end_scene(spec, state, now)
    if planned.control == "pause":
        return pause(spec, state)
    if judgement is None or planned.request is None:
        raise ValueError("a spoken turn needs its judgement")
    context = planned.request.context()
    return apply_turn(spec, state, text=planned.text, judgement=judgement, now=now, context=context)
