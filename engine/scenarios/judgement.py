"""The one LLM call per scenario turn: what it is asked and what it answers.

A provider renders `JudgementRequest` as: `system` as the system text, `stable_prefix`
first in the conversation (cacheable: rules, persona cards, scenario outline), then
`turn_text`, and `tool_schema` as the one tool it must call (`tool_name`). The answer
is parsed with `parse_tool_input`; the offline persona returns the same type.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from engine.scenarios.state import Line


@dataclass(frozen=True, slots=True)
class PersonaCard:
    key: str
    name: str
    role: str
    background: str
    traits: tuple[tuple[str, int], ...]
    goals: tuple[str, ...]
    hidden_facts: tuple[str, ...]
    resistance: str

    def trait(self, name: str, default: int = 5) -> int:
        return dict(self.traits).get(name, default)


@dataclass(frozen=True, slots=True)
class CriterionBrief:
    key: str
    check: str
    weight: int
    keywords: tuple[str, ...]
    already_met: bool


@dataclass(frozen=True, slots=True)
class JudgementRequest:
    """Everything for one turn. The structured fields are what the text was built from."""

    system: str
    stable_prefix: str
    turn_text: str
    tool_name: str
    tool_schema: Mapping[str, Any]
    prompt_version: str
    scenario_key: str
    scene_key: str
    scene_title: str
    objective: str
    instructions: str
    personas: tuple[PersonaCard, ...]
    criteria: tuple[CriterionBrief, ...]
    conversation: tuple[Line, ...]
    person_text: str
    attempt_no: int
    max_attempts: int
    success_threshold: float
    model: str = ""  # the scenario's pinned model (`model:`); empty = the coach's own

    def context(self) -> dict[str, Any]:
        """What the judge was given, stored with its verdict (the AI context used)."""
        digest = hashlib.sha256(f"{self.system}\0{self.stable_prefix}".encode()).hexdigest()
        return {
            "scene": self.scene_key,
            "personas": [p.key for p in self.personas],
            "criteria": [c.key for c in self.criteria],
            "already_met": [c.key for c in self.criteria if c.already_met],
            "lines_before": len(self.conversation),
            "instructions": bool(self.instructions),
            "cards_digest": digest[:12],
        }


@dataclass(frozen=True, slots=True)
class CriterionVerdict:
    key: str
    met: bool
    quote: str = ""


@dataclass(frozen=True, slots=True)
class JudgementResult:
    """The persona's reply and the verdict on each criterion, with who produced them."""

    reply: str
    speaker: str
    criteria: tuple[CriterionVerdict, ...]
    note: str
    model: str
    prompt_version: str
    latency_ms: int | None = None  # the call's; None for the offline persona

    def verdict(self, key: str) -> CriterionVerdict | None:
        return next((c for c in self.criteria if c.key == key), None)


def parse_tool_input(
    request: JudgementRequest, data: Mapping[str, Any], *, model: str
) -> JudgementResult:
    """Read a provider's tool input leniently: unknown criteria and speakers are dropped,
    a criterion without a verdict counts as not met, a missing reply is an empty line."""
    raw = data.get("criteria")
    verdicts: list[CriterionVerdict] = []
    for brief in request.criteria:
        item = raw.get(brief.key) if isinstance(raw, Mapping) else None
        if isinstance(item, Mapping):
            quote = item.get("quote")
            verdicts.append(
                CriterionVerdict(
                    key=brief.key,
                    met=item.get("met") is True,
                    quote=quote.strip() if isinstance(quote, str) else "",
                )
            )
        else:
            verdicts.append(CriterionVerdict(key=brief.key, met=False))
    speakers = [p.key for p in request.personas]
    speaker = data.get("speaker")
    reply = data.get("reply")
    note = data.get("note")
    return JudgementResult(
        reply=reply.strip() if isinstance(reply, str) else "",
        speaker=speaker if isinstance(speaker, str) and speaker in speakers else speakers[0],
        criteria=tuple(verdicts),
        note=note.strip()[:300] if isinstance(note, str) else "",
        model=model,
        prompt_version=request.prompt_version,
    )
