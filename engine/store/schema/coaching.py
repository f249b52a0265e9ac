"""A person's way through a program: enrolments, weeks, attempts, goals, check-ins."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    Index,
    Integer,
    Numeric,
    SmallInteger,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import Mapped, mapped_column

from engine.store.schema.base import (
    Base,
    EnrolmentRow,
    now_default,
    one_of,
    partial_index,
    pk,
    references,
)

ENROLMENT_STATUSES = ("active", "paused", "completed", "abandoned")
WEEK_STATUSES = ("locked", "unlocked", "in_progress", "completed")
# Active and not deleted: the rows the planner and the reminders look at.
_LIVE_ACTIVE = "status = 'active' AND deleted_at IS NULL"
GOAL_STATUSES = ("active", "completed", "revised", "abandoned")


class Enrolment(Base):
    __tablename__ = "enrolments"
    __table_args__ = (
        CheckConstraint(one_of("status", ENROLMENT_STATUSES), name="status"),
        CheckConstraint("current_week >= 1", name="current_week"),
        CheckConstraint("current_step >= 0", name="current_step"),
        CheckConstraint(
            "checkin_days IS NULL OR checkin_days <@ ARRAY[1,2,3,4,5,6,7]::smallint[]",
            name="checkin_days_iso",
        ),
        partial_index(
            "uq_enrolments_one_running_per_program",
            "user_id",
            "program_id",
            where="status IN ('active', 'paused') AND deleted_at IS NULL",
            unique=True,
        ),
        Index("ix_enrolments_user_activity", "user_id", "last_activity_at"),
        partial_index(
            "ix_enrolments_active_for_planning",
            "program_version_id",
            where=_LIVE_ACTIVE,
        ),
        # The planner's re-engagement lower bound (trigger `enrolments_next_due`, 0009); the
        # next check-in is in `enrolment_schedule` (0013).
        partial_index(
            "ix_enrolments_next_reengage",
            "next_reengage_at",
            where=f"{_LIVE_ACTIVE} AND dormant_at IS NULL AND reminders_enabled",
        ),
        partial_index("ix_enrolments_snoozed", "snoozed_until", where="snoozed_until IS NOT NULL"),
        partial_index(
            "ix_enrolments_active_timezone",
            "timezone",
            where=_LIVE_ACTIVE,
        ),
    )

    id: Mapped[int] = pk()
    user_id: Mapped[int] = references("users")
    program_id: Mapped[int] = references("programs", ondelete=None, index=True)
    program_version_id: Mapped[int] = references("program_versions", ondelete=None)
    status: Mapped[str] = mapped_column(Text, nullable=False, server_default="active")
    timezone: Mapped[str] = mapped_column(Text, nullable=False, server_default="UTC")
    quiet_start: Mapped[time | None] = mapped_column(Time)
    quiet_end: Mapped[time | None] = mapped_column(Time)
    reminders_enabled: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="true")
    checkin_days: Mapped[list[int] | None] = mapped_column(ARRAY(SmallInteger))
    checkin_time: Mapped[time | None] = mapped_column(Time)
    snoozed_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    away_until: Mapped[date | None] = mapped_column(Date)
    current_week: Mapped[int] = mapped_column(SmallInteger, nullable=False, server_default="1")
    current_step: Mapped[int] = mapped_column(SmallInteger, nullable=False, server_default="0")
    step_attempt: Mapped[int] = mapped_column(SmallInteger, nullable=False, server_default="0")
    hints_used: Mapped[int] = mapped_column(SmallInteger, nullable=False, server_default="0")
    step_state: Mapped[dict[str, object]] = mapped_column(
        JSONB, nullable=False, server_default="{}"
    )
    prompt_variant: Mapped[str] = mapped_column(Text, nullable=False, server_default="A")
    reengage_count: Mapped[int] = mapped_column(SmallInteger, nullable=False, server_default="0")
    dormant_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    next_reengage_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    started_at: Mapped[datetime] = now_default()
    completed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Follow-up check-ins after completion, when the program declares them (0011).
    follow_up_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    follow_up_days: Mapped[list[int] | None] = mapped_column(ARRAY(SmallInteger))
    follow_up_time: Mapped[time | None] = mapped_column(Time)
    last_activity_at: Mapped[datetime] = now_default()
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class ScheduleClass(Base):
    """The next check-in shared by every enrolment of one schedule class (0020): same zone,
    check-in time and days. The planner reads a due class's enrolments by `class_id` and
    advances the class row once, instead of rewriting each enrolment's schedule row."""

    __tablename__ = "schedule_classes"
    __table_args__ = (UniqueConstraint("timezone", "checkin_time", "checkin_days"),)

    id: Mapped[int] = pk()
    timezone: Mapped[str] = mapped_column(Text, nullable=False)
    checkin_time: Mapped[time] = mapped_column(Time, nullable=False)
    checkin_days: Mapped[list[int]] = mapped_column(ARRAY(SmallInteger), nullable=False)
    next_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class EnrolmentSchedule(Base):
    """The planner's stored next check-in per enrolment (0013), kept narrow so advancing
    it rewrites a small row with one index, not the wide enrolment. Rows are made and
    reset by triggers on `enrolments`; the planner advances them. Pages 40 % full (0018):
    the advanced version of a row fits on the page of the old one. A row in step with its
    schedule class (0020: `class_id` set, `next_checkin_at` NULL) follows the class's
    next check-in and is not rewritten when it is planned."""

    __tablename__ = "enrolment_schedule"
    __table_args__ = (
        partial_index(
            "ix_enrolment_schedule_next_checkin", "next_checkin_at", where="class_id IS NULL"
        ),
        partial_index("ix_enrolment_schedule_class", "class_id", where="class_id IS NOT NULL"),
        {"postgresql_with": {"fillfactor": 40}},
    )

    enrolment_id: Mapped[int] = references("enrolments", primary_key=True)
    # With `class_id` NULL: NULL compute afresh (new, or a setting changed); 'infinity':
    # nothing to plan. With `class_id` set: NULL (the class's `next_at` is the next one).
    next_checkin_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # No foreign key: only the planner writes both, under its lock (see 0020).
    class_id: Mapped[int | None] = mapped_column(BigInteger)


class WeekProgress(Base):
    __tablename__ = "week_progress"
    __table_args__ = (
        UniqueConstraint("enrolment_id", "week_number"),
        CheckConstraint(one_of("status", WEEK_STATUSES), name="status"),
        partial_index(
            "ix_week_progress_time_gates",
            "unlocks_at",
            where="status = 'locked' AND unlocks_at IS NOT NULL",
        ),
    )

    id: Mapped[int] = pk()
    enrolment_id: Mapped[int] = references("enrolments")
    week_number: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    status: Mapped[str] = mapped_column(Text, nullable=False, server_default="locked")
    unlocks_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    unlocked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    completed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    summary: Mapped[str | None] = mapped_column(Text)


class Message(Base):
    """Everything said, both ways, with the LLM metadata of what produced it."""

    __tablename__ = "messages"
    __table_args__ = (
        CheckConstraint(one_of("direction", ("in", "out")), name="direction"),
        Index("ix_messages_user_created", "user_id", "created_at"),
        Index("ix_messages_enrolment_created", "enrolment_id", "created_at"),
    )

    id: Mapped[int] = pk()
    user_id: Mapped[int] = references("users")
    enrolment_id: Mapped[int | None] = references("enrolments", nullable=True)
    direction: Mapped[str] = mapped_column(Text, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    platform: Mapped[str | None] = mapped_column(Text)
    platform_message_id: Mapped[str | None] = mapped_column(Text)
    step_key: Mapped[str | None] = mapped_column(Text)
    prompt_version_id: Mapped[int | None] = references(
        "prompt_versions", ondelete="SET NULL", nullable=True
    )
    llm_model: Mapped[str | None] = mapped_column(Text)
    llm_provider: Mapped[str | None] = mapped_column(Text)  # anthropic, openai, gemini, offline
    input_tokens: Mapped[int | None] = mapped_column(Integer)
    output_tokens: Mapped[int | None] = mapped_column(Integer)
    cache_read_tokens: Mapped[int | None] = mapped_column(Integer)
    cache_write_tokens: Mapped[int | None] = mapped_column(Integer)
    latency_ms: Mapped[int | None] = mapped_column(Integer)
    cost_usd: Mapped[Decimal | None] = mapped_column(Numeric(12, 6))
    # A grounded reply's knowledge passages: [{"chunk_id", "document", "section", "score"}].
    context_used: Mapped[list[dict[str, object]] | None] = mapped_column(JSONB)
    created_at: Mapped[datetime] = now_default()


class StepAttempt(Base):
    __tablename__ = "step_attempts"
    __table_args__ = (
        CheckConstraint("attempt_no >= 1", name="attempt_no"),
        Index("ix_step_attempts_enrolment_step", "enrolment_id", "week_number", "step_key"),
    )

    id: Mapped[int] = pk()
    enrolment_id: Mapped[int] = references("enrolments")
    week_number: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    step_key: Mapped[str] = mapped_column(Text, nullable=False)
    attempt_no: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    answer: Mapped[str] = mapped_column(Text, nullable=False)
    classification: Mapped[str | None] = mapped_column(Text)
    valid: Mapped[bool] = mapped_column(Boolean, nullable=False)
    missing_items: Mapped[list[str]] = mapped_column(
        ARRAY(Text), nullable=False, server_default="{}"
    )
    hints_used: Mapped[int] = mapped_column(SmallInteger, nullable=False, server_default="0")
    forced: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    llm_error: Mapped[str | None] = mapped_column(Text)
    message_id: Mapped[int | None] = references("messages", ondelete="SET NULL", nullable=True)
    created_at: Mapped[datetime] = now_default()


class Goal(EnrolmentRow, Base):
    __tablename__ = "goals"
    __table_args__ = (
        CheckConstraint(one_of("status", GOAL_STATUSES), name="status"),
        CheckConstraint("progress BETWEEN 0 AND 100", name="progress_range"),
        Index("ix_goals_enrolment_status", "enrolment_id", "status"),
        partial_index("ix_goals_deadline_active", "deadline", where=_LIVE_ACTIVE),
    )

    description: Mapped[str] = mapped_column(Text, nullable=False)
    specific: Mapped[str | None] = mapped_column(Text)
    measurable: Mapped[str | None] = mapped_column(Text)
    achievable: Mapped[str | None] = mapped_column(Text)
    relevant: Mapped[str | None] = mapped_column(Text)
    time_bound: Mapped[str | None] = mapped_column(Text)
    deadline: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(Text, nullable=False, server_default="active")
    progress: Mapped[int] = mapped_column(SmallInteger, nullable=False, server_default="0")
    revised_from_id: Mapped[int | None] = references("goals", ondelete="SET NULL", nullable=True)
    history: Mapped[list[dict[str, object]]] = mapped_column(
        JSONB, nullable=False, server_default="[]"
    )
    created_at: Mapped[datetime] = now_default()
    updated_at: Mapped[datetime] = now_default()
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class CheckIn(EnrolmentRow, Base):
    __tablename__ = "check_ins"
    __table_args__ = (
        CheckConstraint("mood BETWEEN 1 AND 10", name="mood_range"),
        CheckConstraint("progress BETWEEN 0 AND 100", name="progress_range"),
        CheckConstraint("mood IS NOT NULL OR progress IS NOT NULL", name="has_value"),
        Index("ix_check_ins_enrolment_created", "enrolment_id", "created_at"),
    )

    week_number: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    mood: Mapped[int | None] = mapped_column(SmallInteger)
    progress: Mapped[int | None] = mapped_column(SmallInteger)
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = now_default()


class Takeaway(EnrolmentRow, Base):
    __tablename__ = "takeaways"
    __table_args__ = (UniqueConstraint("enrolment_id", "week_number"),)

    week_number: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    summary: Mapped[str | None] = mapped_column(Text)
    learnings: Mapped[list[str]] = mapped_column(ARRAY(Text), nullable=False, server_default="{}")
    action_items: Mapped[list[str]] = mapped_column(
        ARRAY(Text), nullable=False, server_default="{}"
    )
    created_at: Mapped[datetime] = now_default()


class ProfileField(Base):
    __tablename__ = "profile_fields"
    __table_args__ = (
        UniqueConstraint("user_id", "field"),
        CheckConstraint("confidence BETWEEN 0 AND 1", name="confidence_range"),
    )

    id: Mapped[int] = pk()
    user_id: Mapped[int] = references("users")
    field: Mapped[str] = mapped_column(Text, nullable=False)
    value: Mapped[str] = mapped_column(Text, nullable=False)
    confidence: Mapped[float] = mapped_column(Float, nullable=False)
    source_message_id: Mapped[int | None] = references(
        "messages", ondelete="SET NULL", nullable=True
    )
    created_at: Mapped[datetime] = now_default()
    updated_at: Mapped[datetime] = now_default()
