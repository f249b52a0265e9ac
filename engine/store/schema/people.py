"""People and where they live: users, platform identities, tombstones, Slack installs."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Index,
    SmallInteger,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import Mapped, mapped_column

from engine.store.schema.base import Base, now_default, one_of, pk, references

PLATFORMS = ("slack", "discord", "console")


class User(Base):
    """A person, with their delivery settings (copied to their enrolments by a trigger)."""

    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint(
            "checkin_days IS NULL OR checkin_days <@ ARRAY[1,2,3,4,5,6,7]::smallint[]",
            name="checkin_days_iso",
        ),
    )

    id: Mapped[int] = pk()
    display_name: Mapped[str | None] = mapped_column(Text)
    timezone: Mapped[str] = mapped_column(Text, nullable=False, server_default="UTC")
    # Delivery settings (migration 0011): NULL quiet hours = the default window; NULL
    # schedule = each program's own days and time.
    quiet_start: Mapped[time | None] = mapped_column(Time)
    quiet_end: Mapped[time | None] = mapped_column(Time)
    checkin_days: Mapped[list[int] | None] = mapped_column(ARRAY(SmallInteger))
    checkin_time: Mapped[time | None] = mapped_column(Time)
    reminders_enabled: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="true")
    # Snooze and absence (0013): the person's, copied to every enrolment by the same trigger.
    snoozed_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    away_until: Mapped[date | None] = mapped_column(Date)
    locale: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = now_default()
    last_seen_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # The one question waiting for a yes or a no (migration 0015; engine.pending_question).
    pending_question: Mapped[dict[str, object] | None] = mapped_column(JSONB)


class PlatformIdentityRow(Base):
    __tablename__ = "platform_identities"
    __table_args__ = (
        UniqueConstraint("platform", "workspace_id", "platform_user_id"),
        CheckConstraint(one_of("platform", PLATFORMS), name="platform"),
    )

    id: Mapped[int] = pk()
    user_id: Mapped[int] = references("users", index=True)
    platform: Mapped[str] = mapped_column(Text, nullable=False)
    workspace_id: Mapped[str] = mapped_column(Text, nullable=False)
    platform_user_id: Mapped[str] = mapped_column(Text, nullable=False)
    dm_channel_id: Mapped[str | None] = mapped_column(Text)
    unreachable_reason: Mapped[str | None] = mapped_column(Text)
    unreachable_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = now_default()


class IdentityTombstone(Base):
    """A deleted person's identity, as a hash: turns received before `deleted_at` are dropped."""

    __tablename__ = "identity_tombstones"

    identity_hash: Mapped[str] = mapped_column(Text, primary_key=True)
    deleted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class SlackInstallation(Base):
    """One OAuth installation (slack_sdk's Installation fields)."""

    __tablename__ = "slack_installations"
    __table_args__ = (
        Index(
            "ix_slack_installations_lookup",
            "client_id",
            "enterprise_id",
            "team_id",
            "user_id",
            "installed_at",
        ),
    )

    id: Mapped[int] = pk()
    client_id: Mapped[str] = mapped_column(Text, nullable=False)
    app_id: Mapped[str | None] = mapped_column(Text)
    enterprise_id: Mapped[str | None] = mapped_column(Text)
    enterprise_name: Mapped[str | None] = mapped_column(Text)
    enterprise_url: Mapped[str | None] = mapped_column(Text)
    team_id: Mapped[str | None] = mapped_column(Text)
    team_name: Mapped[str | None] = mapped_column(Text)
    bot_token: Mapped[str | None] = mapped_column(Text)
    bot_id: Mapped[str | None] = mapped_column(Text)
    bot_user_id: Mapped[str | None] = mapped_column(Text)
    bot_scopes: Mapped[str | None] = mapped_column(Text)
    bot_refresh_token: Mapped[str | None] = mapped_column(Text)
    bot_token_expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    user_id: Mapped[str | None] = mapped_column(Text)
    user_token: Mapped[str | None] = mapped_column(Text)
    user_scopes: Mapped[str | None] = mapped_column(Text)
    user_refresh_token: Mapped[str | None] = mapped_column(Text)
    user_token_expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    incoming_webhook_url: Mapped[str | None] = mapped_column(Text)
    incoming_webhook_channel: Mapped[str | None] = mapped_column(Text)
    incoming_webhook_channel_id: Mapped[str | None] = mapped_column(Text)
    incoming_webhook_configuration_url: Mapped[str | None] = mapped_column(Text)
    is_enterprise_install: Mapped[bool] = mapped_column(
        Boolean, nullable=False, server_default="false"
    )
    token_type: Mapped[str | None] = mapped_column(Text)
    installed_at: Mapped[datetime] = now_default()


class SlackOAuthState(Base):
    __tablename__ = "slack_oauth_states"

    id: Mapped[int] = pk()
    state: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
