"""The Chat Completions request for one turn and the reading of its answer.

Structured output two ways, because servers differ: a function tool (OpenAI,
DeepSeek, Gemini's compatible endpoint, vLLM, Ollama, llama.cpp all take `tools`),
forced with `tool_choice` (named on OpenAI itself, "required" elsewhere) and
marked `strict` where the server enforces schemas; or `response_format`
json_schema (`mode="json_schema"`) for servers that constrain the whole message.
An answer whose tool call is missing but whose content is the JSON object is
accepted too: some local servers ignore `tool_choice`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal

from openai.types.chat import ChatCompletion

from engine.llm.errors import LLMError
from engine.llm.judgement import (
    GROUND_RULES,
    JUDGEMENT_SCHEMA,
    TOOL_DESCRIPTION,
    TOOL_NAME,
    Malformed,
    parse_arguments,
    turn_text,
)
from engine.llm.types import CoachRequest, CoachResult

Mode = Literal["tool", "json_schema"]


@dataclass(frozen=True, slots=True)
class ChatWire:
    """What one server wants of every request: the model, the output limit under the name
    it knows, and the structured output (`json_schema`, or a forced function tool, named
    or "required"; `strict` where the server enforces schemas)."""

    model: str
    max_tokens: int
    json_schema: bool = False
    strict: bool = False
    token_param: str = "max_tokens"  # OpenAI's own API wants max_completion_tokens
    named_choice: bool = True

    def create_kwargs(
        self, system: str, user: str, *, name: str, description: str, schema: dict[str, Any]
    ) -> dict[str, Any]:
        """Keyword arguments for `chat.completions.create` asking for one JSON object."""
        kwargs: dict[str, Any] = {
            "model": self.model,
            self.token_param: self.max_tokens,
            "messages": [
                {"role": "system", "content": system},
                {"role": "user", "content": user},
            ],
        }
        if self.json_schema:
            kwargs["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": name, "schema": schema, "strict": self.strict},
            }
            return kwargs
        function: dict[str, Any] = {"name": name, "description": description, "parameters": schema}
        if self.strict:
            function["strict"] = True
        kwargs["tools"] = [{"type": "function", "function": function}]
        # One tool, so "required" forces the same call; it is what llama.cpp, vLLM and
        # Gemini's endpoint accept, where a named choice is not always understood.
        kwargs["tool_choice"] = (
            {"type": "function", "function": {"name": name}} if self.named_choice else "required"
        )
        return kwargs


def build_request(request: CoachRequest, wire: ChatWire) -> dict[str, Any]:
    """Keyword arguments for `chat.completions.create`; the stable part comes first."""
    system = "\n\n".join(
        t for t in (GROUND_RULES, request.system_prompt, request.program_context) if t.strip()
    )
    return wire.create_kwargs(
        system,
        turn_text(request),
        name=TOOL_NAME,
        description=TOOL_DESCRIPTION,
        schema=JUDGEMENT_SCHEMA,
    )


def tool_input(completion: ChatCompletion, name: str, provider: str) -> Any:
    """The JSON object of tool `name`'s call, or of the content; `LLMError` when unusable."""
    if not completion.choices:
        raise LLMError(provider, "no choices in the answer")
    choice = completion.choices[0]
    if choice.finish_reason in ("length", "content_filter"):
        raise LLMError(provider, f"stopped with {choice.finish_reason}")
    calls = [
        c
        for c in choice.message.tool_calls or []
        if c.type == "function" and c.function.name == name
    ]
    raw = calls[0].function.arguments if calls else choice.message.content
    if not raw:
        raise LLMError(provider, "no tool call in the answer")
    try:
        return json.loads(raw)
    except ValueError:
        raise LLMError(provider, "tool arguments are not JSON") from None


def parse_completion(
    completion: ChatCompletion, request: CoachRequest, provider: str
) -> CoachResult:
    """The judgement from the tool call (or the JSON content); `LLMError` when unusable."""
    data = tool_input(completion, TOOL_NAME, provider)
    try:
        return parse_arguments(data, request)
    except Malformed as exc:
        raise LLMError(provider, f"malformed tool input ({exc})") from None
