"""The knowledge base: documents the bot may quote, cut into searchable chunks.

Only material an operator adds (`coachbot kb add`, the starter set) lives here; nothing
a person sends the bot is ever indexed.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    Computed,
    DateTime,
    Index,
    Integer,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, REAL, TSVECTOR
from sqlalchemy.orm import Mapped, mapped_column

from engine.store.schema.base import Base, now_default, one_of, pk, references

CONTENT_TYPES = ("markdown", "text", "yaml", "pdf")
# A built-in configuration (stemming, stop words) present on every PostgreSQL server,
# the embedded one included; no unaccent or other extension is needed.
FTS_CONFIG = "english"


class KbDocument(Base):
    """One document; `origin` says where it came from, so re-adding it is recognised."""

    __tablename__ = "kb_documents"
    __table_args__ = (
        CheckConstraint(one_of("content_type", CONTENT_TYPES), name="content_type"),
        CheckConstraint("version >= 1", name="version"),
        Index("ix_kb_documents_tags", "tags", postgresql_using="gin"),
        Index("ix_kb_documents_category", "category"),
    )

    id: Mapped[int] = pk()
    origin: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    category: Mapped[str] = mapped_column(Text, nullable=False, server_default="general")
    content_type: Mapped[str] = mapped_column(Text, nullable=False)
    tags: Mapped[list[str]] = mapped_column(
        ARRAY(Text), nullable=False, server_default=text("'{}'::text[]")
    )
    source: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    content_hash: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime] = now_default()
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=text("now()"), nullable=False
    )


class KbChunk(Base):
    """A passage of 200–400 tokens; `text` starts with the document title and section.

    `embedding` is a plain `real[]` so the schema is the same on every server; where the
    `vector` extension exists the search casts it to `vector` (see engine/store/knowledge.py).
    """

    __tablename__ = "kb_chunks"
    __table_args__ = (
        UniqueConstraint("document_id", "ordinal"),
        Index("ix_kb_chunks_tsv", "tsv", postgresql_using="gin"),
    )

    id: Mapped[int] = pk()
    document_id: Mapped[int] = references("kb_documents")
    ordinal: Mapped[int] = mapped_column(Integer, nullable=False)
    section: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    text: Mapped[str] = mapped_column(Text, nullable=False)
    tsv: Mapped[str] = mapped_column(
        TSVECTOR, Computed(f"to_tsvector('{FTS_CONFIG}'::regconfig, text)", persisted=True)
    )
    embedding: Mapped[list[float] | None] = mapped_column(ARRAY(REAL))
    embedding_model: Mapped[str | None] = mapped_column(Text)
