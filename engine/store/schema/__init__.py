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
from engine.store.schema.connections import (
    ConnectionDecline,
    ConnectionProfile,
    ConnectionSuggestion,
)
from engine.store.schema.conversations import ConversationSession, KbUnanswered
from engine.store.schema.knowledge import KbChunk, KbDocument
from engine.store.schema.ops import (
    AdminLoginThrottle,
    AdminSession,
    AuditLog,
    Nudge,
    ProcessedEvent,
)
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
from engine.store.schema.scenarios import ScenarioReviewRow, SceneProgressRow

__all__ = [
    "AdminLoginThrottle",
    "AdminSession",
    "AuditLog",
    "Base",
    "CheckIn",
    "ConnectionDecline",
    "ConnectionProfile",
    "ConnectionSuggestion",
    "ContentBlock",
    "ConversationSession",
    "Enrolment",
    "Goal",
    "IdentityTombstone",
    "KbChunk",
    "KbDocument",
    "KbUnanswered",
    "Message",
    "Nudge",
    "PlatformIdentityRow",
    "ProcessedEvent",
    "ProfileField",
    "Program",
    "ProgramVersion",
    "PromptTemplate",
    "PromptVersion",
    "ScenarioReviewRow",
    "SceneProgressRow",
    "SlackInstallation",
    "SlackOAuthState",
    "Step",
    "StepAttempt",
    "Takeaway",
    "User",
    "Week",
    "WeekProgress",
]
