"""Declarative base and shared column helpers for the PostgreSQL schema."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, DateTime, ForeignKey, Index, MetaData, func, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def pk(**kw: Any) -> Mapped[int]:
    return mapped_column(BigInteger, primary_key=True, autoincrement=True, **kw)


def references(
    table: str, *, ondelete: str | None = "CASCADE", nullable: bool = False, **kw: Any
) -> Mapped[Any]:
    """A bigint column referring to `table.id` (by default required, deleted with it)."""
    return mapped_column(
        BigInteger, ForeignKey(f"{table}.id", ondelete=ondelete), nullable=nullable, **kw
    )


def now_default() -> Mapped[datetime]:
    return mapped_column(DateTime(timezone=True), server_default=func.now(), nullable=False)


def one_of(column: str, values: tuple[str, ...]) -> str:
    """SQL text for a CHECK constraint that limits a text column to `values`."""
    quoted = ", ".join(f"'{v}'" for v in values)
    return f"{column} IN ({quoted})"


def partial_index(name: str, *columns: str, where: str, unique: bool = False) -> Index:
    """An index over the rows matching the SQL condition `where` only."""
    return Index(name, *columns, unique=unique, postgresql_where=text(where))


class EnrolmentRow:
    """Mixin for a row of one enrolment: its id, the enrolment and the person it belongs to.

    `user_id` is kept beside `enrolment_id` for row-level security and for deletion. The
    three come first in the table, as in the migrations that made them.
    """

    id: Mapped[int] = pk(sort_order=-3)
    enrolment_id: Mapped[int] = references("enrolments", sort_order=-2)
    user_id: Mapped[int] = references("users", index=True, sort_order=-1)
