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


def pk() -> Mapped[int]:
    return mapped_column(BigInteger, primary_key=True, autoincrement=True)


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
