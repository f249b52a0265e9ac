"""Colleague connections: extended profiles, suggestions between two people, declines."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    Index,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from engine.store.schema.base import Base, now_default, one_of, partial_index, pk, references

AVAILABILITY = ("available", "busy", "away")
REASON_TYPES = ("expertise_match", "similar_challenge", "complementary_strengths")
SUGGESTION_STATUSES = ("suggested", "viewed", "connected", "declined", "expired")


class ConnectionProfile(Base):
    """What a person tells the coach about their work, for colleague introductions.

    `workspace` is "<platform>:<workspace id>" of the identity the profile was made
    from; matching never crosses it. Connections are opt-in: `opt_in` is false until
    the person says `connections on`.
    """

    __tablename__ = "connection_profiles"
    __table_args__ = (
        CheckConstraint(one_of("availability", AVAILABILITY), name="availability"),
        partial_index("ix_connection_profiles_pool", "workspace", where="opt_in"),
    )

    user_id: Mapped[int] = references("users", primary_key=True)
    workspace: Mapped[str] = mapped_column(Text, nullable=False)
    company: Mapped[str | None] = mapped_column(Text)
    department: Mapped[str | None] = mapped_column(Text)
    role: Mapped[str | None] = mapped_column(Text)
    strengths: Mapped[str | None] = mapped_column(Text)
    strength_tags: Mapped[list[str]] = mapped_column(JSONB, nullable=False, server_default="[]")
    expertise: Mapped[list[str]] = mapped_column(JSONB, nullable=False, server_default="[]")
    challenge: Mapped[str | None] = mapped_column(Text)
    collaboration: Mapped[str | None] = mapped_column(Text)
    availability: Mapped[str] = mapped_column(Text, nullable=False, server_default="available")
    opt_in: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    created_at: Mapped[datetime] = now_default()
    updated_at: Mapped[datetime] = now_default()


class ConnectionSuggestion(Base):
    """A proposed introduction between two people (double opt-in).

    Side a is always the smaller user id, so a pair has one spelling. Each side
    sees only `a_intro` / `b_intro` (a description of the *other* person without
    their name) until both said yes.
    """

    __tablename__ = "connection_suggestions"
    __table_args__ = (
        CheckConstraint("user_a < user_b", name="ordered_pair"),
        CheckConstraint(one_of("reason_type", REASON_TYPES), name="reason_type"),
        CheckConstraint(one_of("status", SUGGESTION_STATUSES), name="status"),
        UniqueConstraint("round_key", "user_a", "user_b"),
        Index("ix_connection_suggestions_pair", "user_a", "user_b", "created_at"),
        Index("ix_connection_suggestions_user_b", "user_b"),
        Index("ix_connection_suggestions_created", "created_at"),
    )

    id: Mapped[int] = pk()
    workspace: Mapped[str] = mapped_column(Text, nullable=False)
    round_key: Mapped[str] = mapped_column(Text, nullable=False)
    user_a: Mapped[int] = references("users")
    user_b: Mapped[int] = references("users")
    reason_type: Mapped[str] = mapped_column(Text, nullable=False)
    explanation: Mapped[str] = mapped_column(Text, nullable=False)
    a_intro: Mapped[str] = mapped_column(Text, nullable=False)
    b_intro: Mapped[str] = mapped_column(Text, nullable=False)
    status: Mapped[str] = mapped_column(Text, nullable=False, server_default="suggested")
    a_response: Mapped[bool | None] = mapped_column(Boolean)
    b_response: Mapped[bool | None] = mapped_column(Boolean)
    a_met: Mapped[bool | None] = mapped_column(Boolean)
    b_met: Mapped[bool | None] = mapped_column(Boolean)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    responded_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    connected_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class ConnectionDecline(Base):
    """ "Not now" to a colleague: that pair is never proposed again (kept past retention)."""

    __tablename__ = "connection_declines"

    user_id: Mapped[int] = references("users", primary_key=True)
    declined_user_id: Mapped[int] = references("users", primary_key=True, index=True)
    created_at: Mapped[datetime] = now_default()
