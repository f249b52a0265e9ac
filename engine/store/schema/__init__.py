"""The PostgreSQL schema as SQLAlchemy 2 typed models (the source for Alembic)."""

from engine.store.schema.base import Base
from engine.store.schema.coaching import (
    CheckIn,
    Enrolment,
    Goal,
    Message,
    ProfileField,
    StepAttempt,
    Takeaway,
    WeekProgress,
)
from engine.store.schema.ops import AuditLog, Nudge, ProcessedEvent
from engine.store.schema.people import (
    IdentityTombstone,
    PlatformIdentityRow,
    SlackInstallation,
    SlackOAuthState,
    User,
)
from engine.store.schema.programs import (
    ContentBlock,
    Program,
    ProgramVersion,
    PromptTemplate,
    PromptVersion,
    Step,
    Week,
)

__all__ = [
    "AuditLog",
    "Base",
    "CheckIn",
    "ContentBlock",
    "Enrolment",
    "Goal",
    "IdentityTombstone",
    "Message",
    "Nudge",
    "PlatformIdentityRow",
    "ProcessedEvent",
    "ProfileField",
    "Program",
    "ProgramVersion",
    "PromptTemplate",
    "PromptVersion",
    "SlackInstallation",
    "SlackOAuthState",
    "Step",
    "StepAttempt",
    "Takeaway",
    "User",
    "Week",
    "WeekProgress",
]
