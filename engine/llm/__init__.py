"""Coaches that judge an answer and write the next reply, and the types they share.

`OfflineCoach` (rules, no network, `offline/`), `AnthropicCoach` (Claude's
Messages API, `anthropic/`) and `OpenAICoach` (any OpenAI-compatible Chat
Completions server, `openai/`) implement the `Coach` port; `judgement/` holds
what they share. Coaches load on first use, so importing this package, or
`engine.llm.types` through it, never imports an SDK.
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
    from engine.llm.anthropic import AnthropicCoach
    from engine.llm.offline import OfflineCoach
    from engine.llm.openai import OpenAICoach

__all__ = [
    "SMART_PARTS",
    "AnthropicCoach",
    "CoachRequest",
    "CoachResult",
    "Exchange",
    "FieldSpec",
    "OfflineCoach",
    "OpenAICoach",
    "PromptText",
    "RequiredItem",
    "Scenario",
    "StepKind",
    "Usage",
]

_COACH_MODULES = {
    "AnthropicCoach": "engine.llm.anthropic",
    "OfflineCoach": "engine.llm.offline",
    "OpenAICoach": "engine.llm.openai",
}


def __getattr__(name: str) -> object:
    # Loaded lazily: the remote coaches need their SDKs.
    module = _COACH_MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
