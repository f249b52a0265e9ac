"""Claude through Anthropic's Messages API (needs the `anthropic` SDK).

`models` is the per-model capability and price table; `cache_policy` decides
whether and for how long the stable prefix is cached.
"""

from __future__ import annotations

from engine.llm.anthropic._parse import parse_judgement
from engine.llm.anthropic._request import (
    MessagesWire,
    build_request,
    judgement_tool,
    system_blocks,
    turn_message,
)
from engine.llm.anthropic.cache_policy import CachePolicy
from engine.llm.anthropic.coach import DEFAULT_MODEL, AnthropicCoach
from engine.llm.anthropic.models import MODELS, ClaudeModel, Thinking, model_info
from engine.llm.judgement import TOOL_NAME

__all__ = [
    "DEFAULT_MODEL",
    "MODELS",
    "TOOL_NAME",
    "AnthropicCoach",
    "CachePolicy",
    "ClaudeModel",
    "MessagesWire",
    "Thinking",
    "build_request",
    "judgement_tool",
    "model_info",
    "parse_judgement",
    "system_blocks",
    "turn_message",
]
