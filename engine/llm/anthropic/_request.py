"""The Messages API request for one turn, built from the model's table row.

Cache order is tools, then system, then messages; the tool and the system blocks
never change within a program, so they form the cached prefix, and everything that
changes per turn lives in the single user message after the breakpoint.

Per model (see `models`): forced `tool_choice` where the model accepts it, else
`auto` with a `strict` tool and the ground rules' instruction to always call it;
thinking kept to the lowest setting the model has (`between_tools`, or low effort).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from typing import Any

from anthropic.types import MessageParam, TextBlockParam, ToolParam

from engine.llm.anthropic.cache_policy import CachePolicy, estimate_tokens
from engine.llm.anthropic.models import ClaudeModel, Thinking, model_info
from engine.llm.judgement import GROUND_RULES, JUDGEMENT_SCHEMA, TOOL_DESCRIPTION, TOOL_NAME
from engine.llm.judgement import turn_text as _turn_text
from engine.llm.types import CoachRequest


@dataclass(frozen=True, slots=True)
class MessagesWire:
    """What every request of one coach carries: the model and its table row (None: not in
    the table), the output limit, and the policy that decides the prefix's cache."""

    model: str
    info: ClaudeModel | None
    max_tokens: int
    cache: CachePolicy

    def on(self, model: str) -> MessagesWire:
        """The same wire for `model` (a scenario may pin its own)."""
        return replace(self, model=model, info=model_info(model))


def judgement_tool(*, strict: bool) -> ToolParam:
    """The judgement tool; `strict` makes the API validate arguments against the schema."""
    tool: ToolParam = {
        "name": TOOL_NAME,
        "description": TOOL_DESCRIPTION,
        "input_schema": JUDGEMENT_SCHEMA,
    }
    if strict:
        tool["strict"] = True
    return tool


def system_blocks(request: CoachRequest) -> list[TextBlockParam]:
    """Ground rules, system prompt, program context: the stable part of every turn."""
    texts = [GROUND_RULES, request.system_prompt, request.program_context]
    return [{"type": "text", "text": t} for t in texts if t.strip()]


def turn_message(request: CoachRequest, boundary: str | None = None) -> MessageParam:
    """Everything that changes per turn, with the participant's words quoted."""
    return {"role": "user", "content": [{"type": "text", "text": _turn_text(request, boundary)}]}


def strict_tool(info: ClaudeModel | None) -> bool:
    """Whether the tool is sent `strict`: a forced call already follows the schema; strict
    is what `auto` needs to be as firm."""
    return not (info is not None and info.forced_tool) and (info is None or info.strict_tools)


def build_request(request: CoachRequest, wire: MessagesWire) -> dict[str, Any]:
    """Keyword arguments for `messages.create`, chosen from the model's capabilities."""
    tool = judgement_tool(strict=strict_tool(wire.info))
    return create_kwargs(tool, system_blocks(request), turn_message(request), wire)


def create_kwargs(
    tool: ToolParam, system: list[TextBlockParam], message: MessageParam, wire: MessagesWire
) -> dict[str, Any]:
    """Keyword arguments for `messages.create` with one tool, forced where the model takes
    it; thinking at its lowest; the cache breakpoint on the last system block when the
    prefix is worth caching."""
    model, info = wire.model, wire.info
    forced = info is not None and info.forced_tool
    kwargs: dict[str, Any] = {
        "model": model,
        "max_tokens": wire.max_tokens,
        "system": system,
        "tools": [tool],
        "tool_choice": {"type": "tool", "name": tool["name"]} if forced else {"type": "auto"},
        "messages": [message],
    }
    thinking = info.thinking if info is not None else None
    if thinking is Thinking.BETWEEN_TOOLS:
        kwargs["thinking"] = {"type": "between_tools"}
    if thinking in (Thinking.BETWEEN_TOOLS, Thinking.ADAPTIVE):
        kwargs["output_config"] = {"effort": "low"}
    prefix = json.dumps([tool, system], sort_keys=True)
    minimum = info.min_cache_tokens if info is not None else 4096
    ttl = wire.cache.choose(
        hashlib.sha256(f"{model}\0{prefix}".encode()).hexdigest(),
        tokens=estimate_tokens(prefix),
        minimum=minimum,
    )
    if ttl is not None and system:
        system[-1]["cache_control"] = {"type": "ephemeral", "ttl": ttl}
    return kwargs
