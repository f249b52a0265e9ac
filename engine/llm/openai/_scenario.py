"""A scenario turn on Chat Completions: the rules and persona cards first, the turn after.

The system message (rules, persona cards, scenario outline) is the same on every turn
of a scenario, so servers with automatic prefix caching reuse it; the scene's tool is
forced as for a judgement (named on OpenAI itself, "required" elsewhere), or the whole
message is constrained with `response_format` in `json_schema` mode.
"""

from __future__ import annotations

from typing import Any

from openai.types.chat import ChatCompletion

from engine.llm.errors import LLMError
from engine.llm.judgement import SCENARIO_TOOL_DESCRIPTION, Malformed, scenario_result
from engine.llm.openai._request import ChatWire, tool_input
from engine.llm.types import CoachResult
from engine.scenarios.judgement import JudgementRequest


def build_scenario_request(request: JudgementRequest, wire: ChatWire) -> dict[str, Any]:
    """Keyword arguments for `chat.completions.create` for one scenario turn."""
    return wire.create_kwargs(
        f"{request.system}\n\n{request.stable_prefix}",
        request.turn_text,
        name=request.tool_name,
        description=SCENARIO_TOOL_DESCRIPTION,
        schema=dict(request.tool_schema),
    )


def parse_scenario(
    completion: ChatCompletion, request: JudgementRequest, provider: str
) -> CoachResult:
    """The scene tool's call (or the JSON content) as a result; `LLMError` when unusable."""
    data = tool_input(completion, request.tool_name, provider)
    try:
        return scenario_result(request, data, model=completion.model or request.model)
    except Malformed as exc:
        raise LLMError(provider, f"malformed tool input ({exc})") from None
