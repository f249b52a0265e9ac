"""Program step types: one module per kind behind the `StepType` protocol, and the registry."""

from engine.steps.base import (
    Attempt,
    CheckInRecord,
    ConversationRecord,
    GoalRecord,
    Judgement,
    Need,
    ProfileRecord,
    Record,
    SceneRecord,
    StepOutcome,
    StepType,
    StepView,
    TakeawaysRecord,
    TimezoneRecord,
)
from engine.steps.registry import STEP_TYPES, register, step_kinds, step_type, unregister

__all__ = [
    "STEP_TYPES",
    "Attempt",
    "CheckInRecord",
    "ConversationRecord",
    "GoalRecord",
    "Judgement",
    "Need",
    "ProfileRecord",
    "Record",
    "SceneRecord",
    "StepOutcome",
    "StepType",
    "StepView",
    "TakeawaysRecord",
    "TimezoneRecord",
    "register",
    "step_kinds",
    "step_type",
    "unregister",
]
