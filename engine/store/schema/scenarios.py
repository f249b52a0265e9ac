"""Scenario practice: progress per scene (criteria verdicts with quotes) and reviews."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    Float,
    Integer,
    SmallInteger,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from engine.store.schema.base import Base, EnrolmentRow, now_default, references


class SceneProgressRow(EnrolmentRow, Base):
    """One scene of one scenario step in one enrolment, updated as the scene goes on.

    `criteria` maps criterion keys to {met, quote, attempt, weight}; `turns` lists each
    turn's verdict with the judge's model and prompt version.
    """

    __tablename__ = "scene_progress"
    __table_args__ = (
        UniqueConstraint("enrolment_id", "step_key", "scene_key"),
        CheckConstraint("score BETWEEN 0 AND 1", name="score_range"),
        CheckConstraint("attempts >= 0 AND hints_used >= 0", name="counts"),
    )

    step_key: Mapped[str] = mapped_column(Text, nullable=False)
    scene_key: Mapped[str] = mapped_column(Text, nullable=False)
    attempts: Mapped[int] = mapped_column(SmallInteger, nullable=False, server_default="0")
    hints_used: Mapped[int] = mapped_column(SmallInteger, nullable=False, server_default="0")
    criteria: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False, server_default="{}")
    turns: Mapped[list[Any]] = mapped_column(JSONB, nullable=False, server_default="[]")
    score: Mapped[float] = mapped_column(Float, nullable=False, server_default="0")
    passed: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    forced: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    feedback: Mapped[str | None] = mapped_column(Text)
    seconds_spent: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = now_default()


class ScenarioReviewRow(EnrolmentRow, Base):
    """`rate 4 great practice`: one rating per enrolment and scope (a step key, or '' for
    the whole program); rating again replaces it."""

    __tablename__ = "scenario_reviews"
    __table_args__ = (
        UniqueConstraint("enrolment_id", "scope"),
        CheckConstraint("rating BETWEEN 1 AND 5", name="rating_range"),
    )

    program_id: Mapped[int] = references("programs", index=True)
    scope: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    rating: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    comment: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = now_default()
