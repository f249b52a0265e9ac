"""The tool's arguments, checked and turned into a `CoachResult` (any provider).

Lenient where the model's slip is harmless (unknown keys are dropped, confidences
clamped) and strict where it is not: a reply that is not text, or arguments that are
not an object, make the judgement unusable. `complete: true` with required items
still listed as missing is read as incomplete: the program must not move on. Items an
earlier attempt covered (`request.covered`) are never missing again.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from engine.llm.judgement.schema import RISK_LEVELS
from engine.llm.types import SMART_PARTS, CoachRequest, CoachResult


class Malformed(Exception):
    """The arguments cannot be used; the message names the offending field."""


def parse_arguments(data: object, request: CoachRequest) -> CoachResult:
    """Turn the tool's arguments into a result; raise `Malformed` when unusable."""
    data = _mapping(data, "input")
    reply = data.get("reply")
    if not isinstance(reply, str) or not reply.strip():
        raise Malformed("reply")
    complete = data.get("complete")
    if not isinstance(complete, bool):
        raise Malformed("complete")
    allowed_missing = {r.key for r in request.required} | set(request.rules.missing_keys)
    allowed_missing -= set(request.covered)  # coverage never goes backwards
    missing = tuple(m for m in _strings(data, "missing") if m in allowed_missing)
    classification = data.get("classification")
    if classification is not None and not isinstance(classification, str):
        raise Malformed("classification")
    if classification not in {s.key for s in request.scenarios}:
        classification = None
    summary = data.get("summary")
    if summary is not None and not isinstance(summary, str):
        raise Malformed("summary")
    risk = data.get("risk")
    goal = data.get("goal")
    if goal is not None and not isinstance(goal, str):
        raise Malformed("goal")
    meta = data.get("meta_reply") is True
    extracted, confidence = _extracted(data, request)
    passage_ids = {p.id for p in request.passages}
    sources = tuple(dict.fromkeys(s for s in _strings(data, "sources") if s in passage_ids))
    return CoachResult(
        reply=reply.strip(),
        complete=complete and not missing and not meta,
        missing=missing,
        classification=classification,
        extracted=extracted,
        confidence=confidence,
        smart=_smart(data),
        summary=(summary.strip() or None) if summary else None,
        takeaways=_strings(data, "takeaways"),
        action_items=_strings(data, "action_items"),
        risk=risk if isinstance(risk, str) and risk in RISK_LEVELS else "none",
        sources=sources,
        goal=(goal.strip() or None) if goal else None,
        meta=meta,
    )


def _mapping(value: object, what: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping) or not all(isinstance(k, str) for k in value):
        raise Malformed(what)
    return value


def _strings(data: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise Malformed(key)
    return tuple(v.strip() for v in value if v.strip())


def _smart(data: Mapping[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    for part, value in _mapping(data.get("smart") or {}, "smart").items():
        if value is None:
            continue
        if not isinstance(value, str):
            raise Malformed("smart")
        if part in SMART_PARTS and value.strip():
            out[part] = value.strip()
    return out


def _extracted(
    data: Mapping[str, Any], request: CoachRequest
) -> tuple[dict[str, str], dict[str, float]]:
    items = data.get("extracted") or []
    if not isinstance(items, list):
        raise Malformed("extracted")
    specs = {f.name: f for f in request.fields}
    values: dict[str, str] = {}
    confidence: dict[str, float] = {}
    for item in items:
        item = _mapping(item, "extracted")
        name, value, conf = item.get("name"), item.get("value"), item.get("confidence", 1.0)
        if not isinstance(name, str) or isinstance(value, bool):
            raise Malformed("extracted")
        if isinstance(conf, bool) or not isinstance(conf, int | float):
            raise Malformed("extracted.confidence")
        spec = specs.get(name)
        if spec is None or not isinstance(value, str | int | float):
            continue
        text = str(value).strip()
        if spec.choices:
            text = next((c for c in spec.choices if c.casefold() == text.casefold()), "")
        if text:
            values[name] = text
            confidence[name] = min(1.0, max(0.0, float(conf)))
    return values, confidence
