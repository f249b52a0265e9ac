"""A scenario turn (`CoachRequest.scenario`) for any provider: the tool and its answer.

The request is built by `engine.scenarios.prompt` (system rules, the persona cards as a
stable prefix, the turn with the scene's instructions and criteria); a provider sends the
system text and the prefix first, then the turn, with the scene's tool forced. The answer
is read by `engine.scenarios.parse_tool_input`; an answer without the persona's reply is
unusable (the offline persona answers instead).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from engine.llm.judgement.parse import Malformed
from engine.llm.types import CoachRequest, CoachResult
from engine.scenarios.judgement import JudgementRequest, parse_tool_input

SCENARIO_TOOL_DESCRIPTION = (
    "Judge every criterion of the current scene from the person's own words, then reply"
    " in character as one persona of the scene."
)


def scenario_of(request: CoachRequest) -> JudgementRequest:
    assert request.scenario is not None
    return request.scenario


def scenario_model(request: JudgementRequest, default: str) -> str:
    """The model pinned by the scenario (`model:`), else the coach's own."""
    return request.model or default


def scenario_result(request: JudgementRequest, data: Any, *, model: str) -> CoachResult:
    """The tool's arguments as a `CoachResult` whose `scenario` holds the verdicts."""
    if not isinstance(data, Mapping):
        raise Malformed("input")
    judged = parse_tool_input(request, data, model=model)
    if not judged.reply:
        raise Malformed("reply")
    return CoachResult(reply=judged.reply, complete=False, scenario=judged)
