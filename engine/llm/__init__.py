"""Coaches that judge an answer and write the next reply, and the types they share.

`OfflineCoach` (rules, no network) and `AnthropicCoach` (Claude's Messages API)
both implement the `Coach` port. They load on first use, so importing this
package, or `engine.llm.types` through it, never imports the `anthropic` SDK.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from engine.llm.types import (
    SMART_PARTS,
    CoachRequest,
    CoachResult,
    Exchange,
    FieldSpec,
    PromptText,
    RequiredItem,
    Scenario,
    StepKind,
    Usage,
)

if TYPE_CHECKING:
    from engine.llm.anthropic_coach import AnthropicCoach
    from engine.llm.offline_coach import OfflineCoach

__all__ = [
    "SMART_PARTS",
    "AnthropicCoach",
    "CoachRequest",
    "CoachResult",
    "Exchange",
    "FieldSpec",
    "OfflineCoach",
    "PromptText",
    "RequiredItem",
    "Scenario",
    "StepKind",
    "Usage",
]

_COACH_MODULES = {
    "AnthropicCoach": "engine.llm.anthropic_coach",
    "OfflineCoach": "engine.llm.offline_coach",
}


def __getattr__(name: str) -> object:
    # Loaded lazily: `AnthropicCoach` needs the optional `anthropic` SDK.
    module = _COACH_MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
