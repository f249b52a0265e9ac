"""A scenario turn on Chat Completions: the rules and persona cards first, the turn after.

The system message (rules, persona cards, scenario outline) is the same on every turn
of a scenario, so servers with automatic prefix caching reuse it; the scene's tool is
forced as for a judgement (named on OpenAI itself, "required" elsewhere), or the whole
message is constrained with `response_format` in `json_schema` mode.
"""

from __future__ import annotations

import json
from typing import Any

from openai.types.chat import ChatCompletion

from engine.llm.errors import LLMError
from engine.llm.judgement import SCENARIO_TOOL_DESCRIPTION, Malformed, scenario_result
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
    schema = dict(request.tool_schema)
    kwargs: dict[str, Any] = {
        "model": model,
        token_param: max_tokens,
        "messages": [
            {"role": "system", "content": f"{request.system}\n\n{request.stable_prefix}"},
            {"role": "user", "content": request.turn_text},
        ],
    }
    if json_schema:
        kwargs["response_format"] = {
            "type": "json_schema",
            "json_schema": {"name": request.tool_name, "schema": schema, "strict": strict},
        }
        return kwargs
    function: dict[str, Any] = {
        "name": request.tool_name,
        "description": SCENARIO_TOOL_DESCRIPTION,
        "parameters": schema,
    }
    if strict:
        function["strict"] = True
    kwargs["tools"] = [{"type": "function", "function": function}]
    kwargs["tool_choice"] = (
        {"type": "function", "function": {"name": request.tool_name}}
        if named_choice
        else "required"
    )
    return kwargs


def parse_scenario(
    completion: ChatCompletion, request: JudgementRequest, provider: str
) -> CoachResult:
    """The scene tool's call (or the JSON content) as a result; `LLMError` when unusable."""
    if not completion.choices:
        raise LLMError(provider, "no choices in the answer")
    choice = completion.choices[0]
    if choice.finish_reason in ("length", "content_filter"):
        raise LLMError(provider, f"stopped with {choice.finish_reason}")
    calls = [
        c
        for c in choice.message.tool_calls or []
        if c.type == "function" and c.function.name == request.tool_name
    ]
    raw = calls[0].function.arguments if calls else choice.message.content
    if not raw:
        raise LLMError(provider, "no tool call in the answer")
    try:
        data = json.loads(raw)
    except ValueError:
        raise LLMError(provider, "tool arguments are not JSON") from None
    try:
        return scenario_result(request, data, model=completion.model or request.model)
    except Malformed as exc:
        raise LLMError(provider, f"malformed tool input ({exc})") from None
