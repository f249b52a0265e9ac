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
from engine.steps.registry import STEP_KINDS, STEP_TYPES, step_type

__all__ = [
    "STEP_KINDS",
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
    "step_type",
]
