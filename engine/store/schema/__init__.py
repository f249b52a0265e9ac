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
from engine.store.schema.knowledge import KbChunk, KbDocument
from engine.store.schema.ops import AuditLog, Nudge, ProcessedEvent
from engine.store.schema.people import (
    PlatformIdentityRow,
    SlackInstallation,
    SlackOAuthState,
    User,
    Workspace,
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
    "KbChunk",
    "KbDocument",
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
    "Workspace",
]
