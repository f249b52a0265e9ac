"""The knowledge base's values: documents as read, chunks, passages found, answers given."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Section:
    """A part of a document under one heading path, e.g. ("GROW", "Options")."""

    path: tuple[str, ...]
    body: str


@dataclass(frozen=True, slots=True)
class SourceDocument:
    """A document as read from a file, before chunking.

    `origin` identifies it across versions (a resolved file path, `path#entry` for a
    YAML entry, `starter:<name>` for the starter set).
    """

    origin: str
    title: str
    content_type: str
    sections: tuple[Section, ...]
    category: str = "general"
    tags: tuple[str, ...] = ()
    source: str | None = None

    @property
    def content_hash(self) -> str:
        """Changes when anything stored about the document would change."""
        digest = hashlib.sha256()
        for part in (self.title, self.category, ",".join(self.tags), self.source or ""):
            digest.update(part.encode() + b"\x00")
        for section in self.sections:
            digest.update(" > ".join(section.path).encode() + b"\x01" + section.body.encode())
        return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class Chunk:
    """A passage ready to store: `text` starts with the title and section for retrieval."""

    ordinal: int
    section: str
    text: str


@dataclass(frozen=True, slots=True)
class Passage:
    """A chunk found for a query.

    `score` orders results (reciprocal rank fusion of the lists it was found in);
    `relevance` (0–1) says how well it answers: the share of the query's words it
    contains, or its cosine similarity, whichever is higher. The threshold for a
    grounded answer applies to `relevance`, since fused ranks are only relative.
    """

    chunk_id: int
    document_id: int
    document: str
    source: str | None
    section: str
    text: str
    score: float
    relevance: float
    ranks: dict[str, int] = field(default_factory=dict)

    @property
    def body(self) -> str:
        """The passage without the title/section line prepended for retrieval."""
        head, sep, rest = self.text.partition("\n\n")
        return rest if sep else head


@dataclass(frozen=True, slots=True)
class GroundedAnswer:
    """What the coach says to a question, and the passages it rests on (none: no material)."""

    text: str
    passages: tuple[Passage, ...] = ()

    @property
    def grounded(self) -> bool:
        return bool(self.passages)

    @property
    def sources(self) -> tuple[str, ...]:
        """Document titles, best first, each once."""
        return tuple(dict.fromkeys(p.document for p in self.passages))

    @property
    def chunk_ids(self) -> tuple[int, ...]:
        return tuple(p.chunk_id for p in self.passages)
