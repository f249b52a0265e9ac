"""A scenario turn on the Messages API: the scene's tool, the persona cards cached.

Cache order is tools, then system: the scene's tool and the system blocks (the rules,
then the persona cards and the scenario outline) are the same on every turn of a scene,
so the breakpoint goes on the last system block; the turn (the scene's instructions,
criteria, conversation so far and the person's new message) follows in the user message.
"""

from __future__ import annotations

from typing import Any

from anthropic.types import Message, MessageParam, TextBlockParam, ToolParam, ToolUseBlock

from engine.llm.anthropic._request import MessagesWire, create_kwargs, strict_tool
from engine.llm.errors import LLMError
from engine.llm.judgement import SCENARIO_TOOL_DESCRIPTION, Malformed, scenario_result
from engine.llm.types import CoachResult
from engine.scenarios.judgement import JudgementRequest


def build_scenario_request(request: JudgementRequest, wire: MessagesWire) -> dict[str, Any]:
    """Keyword arguments for `messages.create` for one scenario turn."""
    tool: ToolParam = {
        "name": request.tool_name,
        "description": SCENARIO_TOOL_DESCRIPTION,
        "input_schema": dict(request.tool_schema),
    }
    if strict_tool(wire.info):
        tool["strict"] = True
    system: list[TextBlockParam] = [
        {"type": "text", "text": request.system},
        {"type": "text", "text": request.stable_prefix},
    ]
    turn: MessageParam = {"role": "user", "content": [{"type": "text", "text": request.turn_text}]}
    return create_kwargs(tool, system, turn, wire)


def parse_scenario(message: Message, request: JudgementRequest) -> CoachResult:
    """The scene tool's call as a result; unusable output raises `LLMError`."""
    if message.stop_reason in ("max_tokens", "refusal"):
        raise LLMError("anthropic", f"stopped with {message.stop_reason}")
    calls = [
        b for b in message.content if isinstance(b, ToolUseBlock) and b.name == request.tool_name
    ]
    if not calls:
        raise LLMError("anthropic", "no tool call in the answer")
    try:
        return scenario_result(request, calls[0].input, model=message.model)
    except Malformed as exc:
        raise LLMError("anthropic", f"malformed tool input ({exc})") from None
