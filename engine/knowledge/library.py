"""Adding files to the knowledge base: read, chunk, embed, save by version.

The starter knowledge base ships in `engine/knowledge/starter/` as package data; its
documents are stored with origins `starter:<file name>` so they are recognised
wherever the package is installed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from engine.knowledge.chunk import chunk_document
from engine.knowledge.ingest import files_under, read_file
from engine.knowledge.model import SourceDocument
from engine.ports import Embedder
from engine.store import knowledge as store
from engine.store.database import Connection

STARTER_DIR = Path(__file__).parent / "starter"


@dataclass(frozen=True, slots=True)
class AddResult:
    """One document added: its title, where it came from and what saving did."""

    title: str
    origin: str
    saved: store.SavedDocument


async def add_documents(
    conn: Connection,
    documents: Sequence[SourceDocument],
    *,
    embedder: Embedder | None,
    now: datetime,
) -> list[AddResult]:
    results = []
    for document in documents:
        chunks = chunk_document(document)
        vectors = embedder.embed([c.text for c in chunks]) if embedder and chunks else None
        saved = await store.save_document(
            conn,
            document,
            chunks,
            embeddings=vectors,
            model=embedder.name if embedder and chunks else None,
            now=now,
        )
        results.append(AddResult(document.title, document.origin, saved))
    return results


def read_paths(
    paths: Sequence[Path],
    *,
    category: str | None = None,
    tags: Sequence[str] = (),
    on_file: Callable[[Path], None] | None = None,
) -> list[SourceDocument]:
    """Every document in `paths` (files or folders), in order.

    Raises:
        IngestError: a path does not exist or a file cannot be read.
    """
    documents: list[SourceDocument] = []
    for path in files_under(paths):
        documents.extend(read_file(path, category=category, tags=tags))
        if on_file is not None:
            on_file(path)
    return documents


def starter_documents() -> list[SourceDocument]:
    """The starter knowledge base, with stable origins."""
    documents: list[SourceDocument] = []
    for path in sorted(STARTER_DIR.glob("*.md")):
        documents.extend(read_file(path, origin=f"starter:{path.name}"))
    return documents
