"""Profile extraction: fields from patterns, choices or a bare answer, then ask for the next."""

from __future__ import annotations

import re
from collections.abc import Sequence

from engine.llm.offline import _text as t
from engine.llm.offline._choices import match_choice
from engine.llm.offline._phrases import USAGE, last_try, say
from engine.llm.types import CoachRequest, CoachResult, FieldSpec

_INTRO = re.compile(
    r"^(?:i'?m|i am|it'?s|it is|my \w+(?: \w+)? is|call me|i live in|i work as|i'm based in|"
    r"based in)\s+(?:an?\s+)?",
    re.IGNORECASE,
)

_TRAILING_POLITENESS = re.compile(r"\s+(?:please|pls|thanks|thank you|thx)$", re.IGNORECASE)


def _clean_value(value: str) -> str:
    value = value.strip(" \t\n.,;:!?\"'")
    return _TRAILING_POLITENESS.sub("", value).strip(" \t\n.,;:!?\"'")


def _from_patterns(spec: FieldSpec, answer: str) -> str | None:
    for raw in spec.patterns:
        try:
            found = re.search(raw, answer, re.IGNORECASE)
        except re.error:
            continue
        if found is None:
            continue
        value = _clean_value((found.group(1) if found.re.groups else found.group(0)) or "")
        if t.is_non_answer(value):
            continue
        if spec.choices:
            value = match_choice(spec.choices, value, spec.description) or ""
        if value:
            return value
    return None


def _asked_field(req: CoachRequest, missing: Sequence[FieldSpec]) -> FieldSpec | None:
    if len(missing) == 1:
        return missing[0]
    last = next((e.text.casefold() for e in reversed(req.history) if e.role == "assistant"), "")
    return next((f for f in missing if f.description and f.description.casefold() in last), None)


def _bare_value(answer: str) -> str | None:
    cleaned = _clean_value(_INTRO.sub("", answer.strip()))
    if t.is_non_answer(cleaned) or not 1 <= len(t.words(cleaned)) <= 4:
        return None
    return cleaned


def _field_label(spec: FieldSpec) -> str:
    return spec.name.replace("_", " ")


def _ask_for(req: CoachRequest, spec: FieldSpec) -> str:
    description = " ".join(spec.description.split())
    if description.endswith("?") and len(description) <= 240:
        return description
    # Descriptions are often written for the LLM ("The person's first name…"); use one
    # only when it addresses the person and is short, else the field's name.
    addressed = re.search(r"\b(?:you|your)\b", description, re.IGNORECASE)
    what = t.as_phrase(description) if addressed and len(description) <= 60 else ""
    what = what or f"your {_field_label(spec)}"
    if spec.choices:
        options = t.join_labels([c.replace("_", " ") for c in spec.choices]).replace(
            " and ", " or "
        )
        what = f"{what} ({options})"
    return say(req, f"ask-{spec.name}", _ASK_FIELD).format(what=what)


_ASK_FIELD = ("Could you tell me {what}?", "And what about {what}?", "May I ask {what}?")
_EXTRACT_DONE = (
    "Thanks, that's everything I need.",
    "That's all I need for now — thank you!",
    "Perfect, I have everything.",
)


def extract(req: CoachRequest) -> CoachResult:
    """Fill the missing profile fields the answer gives, then ask for the next one."""
    known = {k for k, v in req.known_fields.items() if v and v.strip()}
    missing = [f for f in req.fields if f.name not in known]
    extracted: dict[str, str] = {}
    confidence: dict[str, float] = {}
    for spec in missing:
        value = _from_patterns(spec, req.answer)
        if value is None and spec.choices:
            value = match_choice(spec.choices, req.answer, spec.description)
        if value:
            extracted[spec.name], confidence[spec.name] = value, 1.0
    target = _asked_field(req, missing)
    if target is not None and not extracted and not target.choices:
        bare = _bare_value(req.answer)
        if bare:
            extracted[target.name], confidence[target.name] = bare, 0.6
    still = [f for f in missing if f.name not in extracted]
    parts: list[str] = []
    if extracted:
        got = ", ".join(
            f"{_field_label(f)} = {extracted[f.name]}" for f in missing if f.name in extracted
        )
        parts.append(f"Got it: {got}.")
    if not still:
        parts.append(say(req, "extract-done", _EXTRACT_DONE))
    elif last_try(req):
        parts.append("No problem — we can fill in the rest later.")
    else:
        if not extracted:
            parts.append(say(req, "extract-none", ("Thanks!", "Thank you.", "Okay.")))
        parts.append(_ask_for(req, still[0]))
    return CoachResult(
        reply=" ".join(parts),
        complete=not still,
        missing=tuple(f.name for f in still),
        extracted=extracted,
        confidence=confidence,
        usage=USAGE,
    )
