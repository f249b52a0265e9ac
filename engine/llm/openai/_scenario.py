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
from engine.llm.openai._request import tool_input, with_structured_output
from engine.llm.types import CoachResult
from engine.scenarios.judgement import JudgementRequest


def build_scenario_request(
    request: JudgementRequest,
    *,
    model: str,
    json_schema: bool,
    strict: bool,
    max_tokens: int,
    token_param: str = "max_tokens",
    named_choice: bool = True,
) -> dict[str, Any]:
    """Keyword arguments for `chat.completions.create` for one scenario turn."""
    kwargs: dict[str, Any] = {
        "model": model,
        token_param: max_tokens,
        "messages": [
            {"role": "system", "content": f"{request.system}\n\n{request.stable_prefix}"},
            {"role": "user", "content": request.turn_text},
        ],
    }
    return with_structured_output(
        kwargs,
        name=request.tool_name,
        description=SCENARIO_TOOL_DESCRIPTION,
        schema=dict(request.tool_schema),
        json_schema=json_schema,
        strict=strict,
        named_choice=named_choice,
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
