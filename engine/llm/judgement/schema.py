"""The judgement tool's JSON schema, shared by every provider.

The schema is *strict-compatible* for both Anthropic (`strict: true` tools) and
OpenAI (strict function calling, `response_format` json_schema): every object has
`additionalProperties: false` and lists every property as required (optional values
are nullable instead). Free-form maps are arrays of `{name, value, confidence}`.

Property order matters to the model, which writes the arguments in order: the
judgement fields come first and `reply` last, so the reply is written after the
model has decided what is complete, missing or risky.
"""

from __future__ import annotations

from typing import Any

from engine.llm.types import SMART_PARTS

TOOL_NAME = "record_judgement"
TOOL_DESCRIPTION = "Record the judgement of the participant's answer and the reply to send."
RISK_LEVELS: tuple[str, ...] = ("none", "concern", "crisis")

_STR_LIST: dict[str, Any] = {"type": "array", "items": {"type": "string"}}
_NULLABLE_STR: dict[str, Any] = {"type": ["string", "null"]}

# Static on purpose: a schema that varied per turn (say, an enum of scenario keys)
# would break the cached prefix, which starts with the tools.
JUDGEMENT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "meta_reply": {
            "type": "boolean",
            "description": "True when the message asks about or complains about the question"
            ' or the bot ("what do you mean?", "I just told you") instead of answering.',
        },
        "complete": {
            "type": "boolean",
            "description": "True only when nothing required is missing (false for a meta reply).",
        },
        "missing": {**_STR_LIST, "description": "Required-item keys or SMART parts missing."},
        "classification": {**_NULLABLE_STR, "description": "One scenario key, or null."},
        "risk": {
            "type": "string",
            "enum": list(RISK_LEVELS),
            "description": "crisis: self-harm or danger now; concern: distress; else none.",
        },
        "extracted": {
            "type": "array",
            "description": "Fields found in the answer, only the listed field names.",
            "items": {
                "type": "object",
                "properties": {
                    "name": {"type": "string"},
                    "value": {"type": "string"},
                    "confidence": {"type": "number", "description": "Between 0 and 1."},
                },
                "required": ["name", "value", "confidence"],
                "additionalProperties": False,
            },
        },
        "smart": {
            "type": "object",
            "description": "SMART goal parts found so far (null when absent).",
            "properties": {part: _NULLABLE_STR for part in SMART_PARTS},
            "required": list(SMART_PARTS),
            "additionalProperties": False,
        },
        "summary": _NULLABLE_STR,
        "takeaways": _STR_LIST,
        "action_items": _STR_LIST,
        "sources": {**_STR_LIST, "description": "Ids of the knowledge passages the reply uses."},
        "goal": {
            **_NULLABLE_STR,
            "description": "SMART goals: the goal as ONE sentence in the participant's words"
            " (no meta-chat), else null.",
        },
        "reply": {"type": "string", "description": "Message to send to the participant."},
    },
    "required": [
        "meta_reply",
        "complete",
        "missing",
        "classification",
        "risk",
        "extracted",
        "smart",
        "summary",
        "takeaways",
        "action_items",
        "sources",
        "goal",
        "reply",
    ],
    "additionalProperties": False,
}
