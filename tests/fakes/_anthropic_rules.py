"""What the fake Messages API enforces per model, as Anthropic's docs describe it.

Written from the docs (read 2026-12-01), not from `engine.llm.anthropic.models`,
so a wrong row in the engine's table shows up as a failing request here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    402: "billing_error",
    403: "permission_error",
    404: "not_found_error",
    413: "request_too_large",
    429: "rate_limit_error",
    500: "api_error",
    529: "overloaded_error",
}


@dataclass(frozen=True)
class ModelRules:
    forced_tool: bool  # tool_choice "tool"/"any" accepted
    thinking_by_default: bool  # responses start with a thinking block unless turned down
    disabled_ok: bool  # thinking {"type": "disabled"} accepted
    between_tools: bool  # thinking {"type": "between_tools"} accepted
    min_cache: int


MODELS: dict[str, ModelRules] = {
    "claude-sonnet-5-5": ModelRules(False, True, False, True, 512),
    "claude-opus-5-5": ModelRules(False, True, False, False, 4096),
    "claude-fable-5-1": ModelRules(False, True, False, False, 4096),
    "claude-sonnet-5": ModelRules(False, True, True, False, 1024),
    "claude-sonnet-4-6": ModelRules(True, False, True, False, 2048),
    "claude-sonnet-4-5": ModelRules(True, False, True, False, 1024),
    "claude-haiku-4-5": ModelRules(True, False, True, False, 4096),
    "claude-opus-4-6": ModelRules(True, False, True, False, 4096),
}

Problem = tuple[int, str]  # (HTTP status, message)


def check_auth(keys: list[str], authorization: list[str], valid: set[str] | None) -> Problem | None:
    """One credential, and a known one: two headers is a 401 from the real API."""
    if len(keys) + len(authorization) > 1:
        return 401, "multiple authentication headers were sent; send only x-api-key"
    key = keys[0] if keys else None
    if authorization:
        scheme, _, token = authorization[0].partition(" ")
        key = token.strip() if scheme.lower() == "bearer" else None
    if not key:
        return 401, "x-api-key header is required"
    if valid is not None and key not in valid:
        return 401, "invalid x-api-key"
    return None


def check_model_rules(body: dict[str, Any], rules: ModelRules) -> Problem | None:
    """The per-model 400s: forced tools, thinking settings, strict schemas."""
    model = body["model"]
    choice = (body.get("tool_choice") or {}).get("type")
    if choice in ("tool", "any") and not rules.forced_tool:
        return 400, f"tool_choice.type '{choice}' is not supported on {model}; use 'auto'"
    thinking = (body.get("thinking") or {}).get("type")
    if thinking == "disabled" and not rules.disabled_ok:
        return 400, f"thinking type 'disabled' is not supported on {model}; use 'between_tools'"
    if thinking == "between_tools" and not rules.between_tools:
        return 400, f"thinking type 'between_tools' is not supported on {model}"
    for tool in body.get("tools") or []:
        if tool.get("strict") and not _strict_ok(tool.get("input_schema")):
            return 400, f"tools.{tool.get('name')}: strict mode needs additionalProperties: false"
    return None


def _strict_ok(schema: Any) -> bool:
    if isinstance(schema, list):
        return all(_strict_ok(s) for s in schema)
    if not isinstance(schema, dict):
        return True
    types = schema.get("type")
    is_object = types == "object" or (isinstance(types, list) and "object" in types)
    if is_object and schema.get("additionalProperties") is not False:
        return False
    return all(_strict_ok(v) for k, v in schema.items() if k in ("properties", "items")) and all(
        _strict_ok(v) for v in (schema.get("properties") or {}).values()
    )


def wants_tool_call(body: dict[str, Any]) -> bool:
    """Forced, or `auto` with the prompt telling the model to always call the tool."""
    choice = (body.get("tool_choice") or {}).get("type", "auto")
    if choice in ("tool", "any"):
        return True
    if choice == "none" or not body.get("tools"):
        return False
    system = body.get("system")
    texts = [system] if isinstance(system, str) else [b.get("text", "") for b in system or []]
    return any("always call the tool" in t.casefold() for t in texts)


def thinks_up_front(body: dict[str, Any], rules: ModelRules) -> bool:
    """True when the response starts with a thinking block."""
    thinking = (body.get("thinking") or {}).get("type")
    if thinking in ("disabled", "between_tools"):
        return False
    return thinking in ("enabled", "adaptive") or rules.thinking_by_default
