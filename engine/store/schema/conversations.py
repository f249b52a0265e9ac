"""Coaching conversations (seed 002 `coaching_sessions`) and unanswered questions.

A conversation step leaves one row per enrolment, week and step: the summary in the
person's words, the knowledge passages used (`context_used`) and the 1–5 rating.
`kb_unanswered` counts questions the knowledge base had no good source for, by their
normalised text only: no person, no message, no time of a single ask is kept.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    Integer,
    SmallInteger,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from engine.store.schema.base import Base, EnrolmentRow, now_default, one_of

END_REASONS = ("objective", "done", "max_turns")


class ConversationSession(EnrolmentRow, Base):
    """One conversation step as it ended (and its rating, once answered or skipped)."""

    __tablename__ = "conversation_sessions"
    __table_args__ = (
        UniqueConstraint("enrolment_id", "week_number", "step_key"),
        CheckConstraint("rating BETWEEN 1 AND 5", name="rating_range"),
        CheckConstraint(one_of("end_reason", END_REASONS), name="end_reason"),
    )

    week_number: Mapped[int] = mapped_column(Integer, nullable=False)
    step_key: Mapped[str] = mapped_column(Text, nullable=False)
    turns: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    summary: Mapped[str] = mapped_column(Text, nullable=False)
    end_reason: Mapped[str] = mapped_column(Text, nullable=False)
    context_used: Mapped[list[Any]] = mapped_column(JSONB, nullable=False, server_default="[]")
    rating: Mapped[int | None] = mapped_column(SmallInteger)
    rated: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    ended_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    updated_at: Mapped[datetime] = now_default()


class KbUnanswered(Base):
    """A question (normalised text) asked with no good source, and how often."""

    __tablename__ = "kb_unanswered"

    question: Mapped[str] = mapped_column(Text, primary_key=True)
    asked: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    last_asked_on: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
