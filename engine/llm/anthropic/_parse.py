"""The Messages API response: the tool call found (after any thinking) and checked."""

from __future__ import annotations

from anthropic.types import Message, ToolUseBlock

from engine.llm.errors import LLMError
from engine.llm.judgement import TOOL_NAME, Malformed, parse_arguments
from engine.llm.types import CoachRequest, CoachResult


def parse_judgement(message: Message, request: CoachRequest) -> CoachResult:
    """Turn the tool call into a `CoachResult`; unusable output raises `LLMError`.

    Thinking blocks (which the 2026 models put first) and any text are skipped: only
    the judgement tool's arguments count.
    """
    if message.stop_reason in ("max_tokens", "refusal"):
        raise LLMError("anthropic", f"stopped with {message.stop_reason}")
    calls = [b for b in message.content if isinstance(b, ToolUseBlock) and b.name == TOOL_NAME]
    if not calls:
        raise LLMError("anthropic", "no tool call in the answer")
    try:
        return parse_arguments(calls[0].input, request)
    except Malformed as exc:
        raise LLMError("anthropic", f"malformed tool input ({exc})") from None
