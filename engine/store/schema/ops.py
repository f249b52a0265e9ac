"""Operational tables: the nudge outbox, processed events, the audit log, admin sessions."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    DateTime,
    Index,
    Integer,
    SmallInteger,
    Text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from engine.store.schema.base import Base, now_default, one_of, partial_index, pk, references

# `reply`: an answer the platform refused (rate limits) after the turn was saved, sent later.
NUDGE_KINDS = (
    "check_in",
    "week_unlocked",
    "re_engage",
    "goal_deadline",
    "reply",
    # colleague introductions (engine.connections); these have no enrolment
    "connection_intro",
    "connection_reveal",
    "connection_met",
)
NUDGE_STATUSES = ("pending", "claimed", "sent", "failed", "unreachable", "expired", "cancelled")


class Nudge(Base):
    """The outbox: planned idempotently, claimed with SKIP LOCKED, sent exactly once."""

    __tablename__ = "nudges"
    __table_args__ = (
        CheckConstraint(one_of("kind", NUDGE_KINDS), name="kind"),
        CheckConstraint(one_of("status", NUDGE_STATUSES), name="status"),
        CheckConstraint("attempts >= 0", name="attempts"),
        CheckConstraint(
            "kind = 'reply' OR kind LIKE 'connection%' OR enrolment_id IS NOT NULL",
            name="enrolment",
        ),
        partial_index("ix_nudges_claimable", "due_at", where="status IN ('pending', 'claimed')"),
        Index("ix_nudges_enrolment_kind", "enrolment_id", "kind"),
    )

    id: Mapped[int] = pk()
    # Not foreign keys (per-row checks were most of a big tick's cost): migration 0017's
    # triggers refuse a missing enrolment or person and delete nudges with them.
    enrolment_id: Mapped[int | None] = mapped_column(BigInteger)
    user_id: Mapped[int] = mapped_column(BigInteger, nullable=False, index=True)
    kind: Mapped[str] = mapped_column(Text, nullable=False)
    idempotency_key: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    due_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    status: Mapped[str] = mapped_column(Text, nullable=False, server_default="pending")
    attempts: Mapped[int] = mapped_column(SmallInteger, nullable=False, server_default="0")
    claimed_by: Mapped[str | None] = mapped_column(Text)
    lease_expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    next_attempt_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str | None] = mapped_column(Text)
    platform_message_id: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    payload: Mapped[dict[str, object]] = mapped_column(JSONB, nullable=False, server_default="{}")
    created_at: Mapped[datetime] = now_default()


class ProcessedEvent(Base):
    """Idempotency keys of handled incoming messages (platform retries, replicas)."""

    __tablename__ = "processed_events"

    key: Mapped[str] = mapped_column(Text, primary_key=True)
    user_id: Mapped[int | None] = references("users", nullable=True, index=True)
    created_at: Mapped[datetime] = now_default()


class AuditLog(Base):
    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_created", "created_at"),)

    id: Mapped[int] = pk()
    user_id: Mapped[int | None] = references("users", nullable=True, index=True)
    actor: Mapped[str] = mapped_column(Text, nullable=False)
    action: Mapped[str] = mapped_column(Text, nullable=False)
    detail: Mapped[dict[str, object]] = mapped_column(JSONB, nullable=False, server_default="{}")
    created_at: Mapped[datetime] = now_default()


class AdminSession(Base):
    """A dashboard login: the signed cookie names it, logout revokes it for every copy."""

    __tablename__ = "admin_sessions"
    __table_args__ = (Index("ix_admin_sessions_expires", "expires_at"),)

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    account: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime] = now_default()
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class AdminLoginThrottle(Base):
    """Failed dashboard logins per account in the current window (shared by every replica)."""

    __tablename__ = "admin_login_throttle"
    __table_args__ = (CheckConstraint("failures >= 0", name="failures"),)

    account: Mapped[str] = mapped_column(Text, primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, nullable=False)
    window_started: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
