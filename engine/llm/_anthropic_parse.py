"""The response from the Messages API: the forced tool call, checked and turned into a result."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from anthropic.types import Message, ToolUseBlock

from engine.llm._anthropic_prompt import TOOL_NAME
from engine.llm.types import SMART_PARTS, CoachRequest, CoachResult, StepKind
from engine.ports import CoachUnavailable


class _Malformed(Exception):
    pass


def parse_judgement(message: Message, request: CoachRequest) -> CoachResult:
    """Turn the tool call into a `CoachResult`; unusable output raises `CoachUnavailable`."""
    if message.stop_reason in ("max_tokens", "refusal"):
        raise CoachUnavailable(f"anthropic: stopped with {message.stop_reason}")
    calls = [b for b in message.content if isinstance(b, ToolUseBlock) and b.name == TOOL_NAME]
    if not calls:
        raise CoachUnavailable("anthropic: no tool call in the answer")
    raw: object = calls[0].input
    try:
        return _judgement(_mapping(raw), request)
    except _Malformed as exc:
        raise CoachUnavailable(f"anthropic: malformed tool input ({exc})") from None


def _judgement(data: Mapping[str, Any], request: CoachRequest) -> CoachResult:
    reply = data.get("reply")
    if not isinstance(reply, str) or not reply.strip():
        raise _Malformed("reply")
    complete = data.get("complete")
    if not isinstance(complete, bool):
        raise _Malformed("complete")
    allowed_missing = {r.key for r in request.required}
    if request.kind is StepKind.SMART_GOAL:
        allowed_missing.update(SMART_PARTS)
    classification = data.get("classification")
    if classification is not None and not isinstance(classification, str):
        raise _Malformed("classification")
    if classification not in {s.key for s in request.scenarios}:
        classification = None
    summary = data.get("summary")
    if summary is not None and not isinstance(summary, str):
        raise _Malformed("summary")
    return CoachResult(
        reply=reply.strip(),
        complete=complete,
        missing=tuple(m for m in _strings(data, "missing") if m in allowed_missing),
        classification=classification,
        extracted=_extracted(data, request),
        confidence=_confidence(data, request),
        smart={
            k: v.strip()
            for k, v in _str_map(data, "smart").items()
            if k in SMART_PARTS and v.strip()
        },
        summary=(summary.strip() or None) if summary else None,
        takeaways=_strings(data, "takeaways"),
        action_items=_strings(data, "action_items"),
    )


def _mapping(value: object, what: str = "input") -> Mapping[str, Any]:
    if not isinstance(value, Mapping) or not all(isinstance(k, str) for k in value):
        raise _Malformed(what)
    return value


def _strings(data: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _Malformed(key)
    return tuple(v.strip() for v in value if v.strip())


def _str_map(data: Mapping[str, Any], key: str) -> dict[str, str]:
    value = _mapping(data.get(key) or {}, key)
    out: dict[str, str] = {}
    for k, v in value.items():
        if v is None:
            continue
        if isinstance(v, bool) or not isinstance(v, str | int | float):
            raise _Malformed(key)
        out[k] = str(v)
    return out


def _extracted(data: Mapping[str, Any], request: CoachRequest) -> dict[str, str]:
    specs = {f.name: f for f in request.fields}
    out: dict[str, str] = {}
    for name, value in _str_map(data, "extracted").items():
        spec, value = specs.get(name), value.strip()
        if spec is None or not value:
            continue
        if spec.choices:
            match = next((c for c in spec.choices if c.casefold() == value.casefold()), None)
            if match is None:
                continue
            value = match
        out[name] = value
    return out


def _confidence(data: Mapping[str, Any], request: CoachRequest) -> dict[str, float]:
    names = {f.name for f in request.fields}
    out: dict[str, float] = {}
    for name, value in _mapping(data.get("confidence") or {}, "confidence").items():
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise _Malformed("confidence")
        if name in names:
            out[name] = min(1.0, max(0.0, float(value)))
    return out
