"""Programs as versioned documents, their weeks and steps, prompts and content blocks."""

from __future__ import annotations

from datetime import datetime, time

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    Integer,
    SmallInteger,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import Mapped, mapped_column

from engine.store.schema.base import Base, now_default, pk, references


class Program(Base):
    __tablename__ = "programs"

    id: Mapped[int] = pk()
    slug: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    description: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = now_default()
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class ProgramVersion(Base):
    """One immutable version of a program document, keyed by its content hash."""

    __tablename__ = "program_versions"
    __table_args__ = (
        UniqueConstraint("program_id", "version"),
        UniqueConstraint("program_id", "content_hash"),
        CheckConstraint("version >= 1", name="version_positive"),
        CheckConstraint(
            "checkin_days <@ ARRAY[1,2,3,4,5,6,7]::smallint[]", name="checkin_days_iso"
        ),
    )

    id: Mapped[int] = pk()
    program_id: Mapped[int] = references("programs")
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    content_hash: Mapped[str] = mapped_column(Text, nullable=False)
    source_path: Mapped[str | None] = mapped_column(Text)
    definition: Mapped[dict[str, object]] = mapped_column(JSONB, nullable=False)
    weeks_total: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    checkin_days: Mapped[list[int]] = mapped_column(
        ARRAY(SmallInteger), nullable=False, server_default="{}"
    )
    checkin_time: Mapped[time | None] = mapped_column(Time)
    reengage_after_days: Mapped[int | None] = mapped_column(SmallInteger)
    reengage_max: Mapped[int] = mapped_column(SmallInteger, nullable=False, server_default="0")
    created_at: Mapped[datetime] = now_default()


class Week(Base):
    __tablename__ = "weeks"
    __table_args__ = (
        UniqueConstraint("program_version_id", "number"),
        CheckConstraint("number >= 1", name="number_positive"),
        CheckConstraint("unlock_days IS NULL OR unlock_days >= 0", name="unlock_days"),
    )

    id: Mapped[int] = pk()
    program_version_id: Mapped[int] = references("program_versions")
    number: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    unlock_after_previous: Mapped[bool] = mapped_column(
        Boolean, nullable=False, server_default="true"
    )
    unlock_days: Mapped[int | None] = mapped_column(SmallInteger)
    unlock_at_local: Mapped[time | None] = mapped_column(Time)


class Step(Base):
    __tablename__ = "steps"
    __table_args__ = (
        UniqueConstraint("week_id", "position"),
        UniqueConstraint("week_id", "key"),
    )

    id: Mapped[int] = pk()
    week_id: Mapped[int] = references("weeks")
    position: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    key: Mapped[str] = mapped_column(Text, nullable=False)
    kind: Mapped[str] = mapped_column(Text, nullable=False)
    definition: Mapped[dict[str, object]] = mapped_column(JSONB, nullable=False)


class PromptTemplate(Base):
    """A named prompt (classifier, follow-up, summary, ...) of a program, or global."""

    __tablename__ = "prompt_templates"
    __table_args__ = (UniqueConstraint("program_id", "name", postgresql_nulls_not_distinct=True),)

    id: Mapped[int] = pk()
    program_id: Mapped[int | None] = references("programs", nullable=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    description: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = now_default()


class PromptVersion(Base):
    """One editable version of a prompt; variants A/B are assigned sticky per person."""

    __tablename__ = "prompt_versions"
    __table_args__ = (
        UniqueConstraint("template_id", "version", "variant"),
        CheckConstraint("weight >= 0", name="weight"),
        CheckConstraint("variant ~ '^[A-Z]$'", name="variant_letter"),
    )

    id: Mapped[int] = pk()
    template_id: Mapped[int] = references("prompt_templates")
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    variant: Mapped[str] = mapped_column(Text, nullable=False, server_default="A")
    body: Mapped[str] = mapped_column(Text, nullable=False)
    weight: Mapped[int] = mapped_column(SmallInteger, nullable=False, server_default="1")
    is_active: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="true")
    created_by: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = now_default()


class ContentBlock(Base):
    __tablename__ = "content_blocks"
    __table_args__ = (UniqueConstraint("program_version_id", "key"),)

    id: Mapped[int] = pk()
    program_version_id: Mapped[int] = references("program_versions")
    key: Mapped[str] = mapped_column(Text, nullable=False)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    links: Mapped[list[dict[str, str]]] = mapped_column(JSONB, nullable=False, server_default="[]")
