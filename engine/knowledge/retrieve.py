"""Finding passages: full-text always, embeddings when an embedder is configured,
fused by reciprocal rank (k = 60).

Reciprocal rank fusion scores a chunk 1/(60 + rank) in each list it appears in and
sums: a chunk both searches place high beats one either places first alone, and no
calibration between ts_rank and cosine similarity is needed. Fused scores only order;
whether a passage is good enough to answer from is `Passage.relevance`.

`Retriever.search` is the one entry point: the `ask` command and conversation steps
call it with the question (and, for a step, the categories it draws on).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import replace

from psycopg.rows import DictRow

from engine.knowledge._words import topic_words
from engine.knowledge.model import Passage
from engine.ports import Embedder
from engine.store import knowledge as store
from engine.store.database import Connection
from engine.store.rows import row_of

RRF_K = 60
DEPTH = 30  # how far down each list fusion looks


def fuse(ranked_lists: dict[str, Sequence[Passage]], *, k: int = RRF_K) -> list[Passage]:
    """Reciprocal rank fusion of named lists; ties keep the chunk found earliest."""
    fused: dict[int, Passage] = {}
    for name, passages in ranked_lists.items():
        for rank, passage in enumerate(passages, start=1):
            known = fused.get(passage.chunk_id)
            if known is None:
                fused[passage.chunk_id] = replace(passage, score=1 / (k + rank), ranks={name: rank})
                continue
            fused[passage.chunk_id] = replace(
                known,
                score=known.score + 1 / (k + rank),
                relevance=max(known.relevance, passage.relevance),
                ranks={**known.ranks, name: rank},
            )
    return sorted(fused.values(), key=lambda p: -p.score)


def _passage(row: DictRow, list_name: str) -> Passage:
    relevance = max(0.0, min(1.0, float(row["relevance"] or 0.0)))
    return row_of(Passage, row, score=0.0, relevance=relevance, ranks={list_name: 0})


class Retriever:
    """Searches the knowledge base; `mode` is "hybrid", "fts" or "embedding".

    `load_embedder` defers building the embedder to the first search (loading a model
    takes seconds); it may return None, and then search is full-text only.
    """

    def __init__(
        self,
        *,
        embedder: Embedder | None = None,
        load_embedder: Callable[[], Embedder | None] | None = None,
    ) -> None:
        self._embedder = embedder
        self._load = load_embedder if embedder is None else None
        self._vector: bool | None = None

    @property
    def embedder(self) -> Embedder | None:
        if self._load is not None:
            self._embedder, self._load = self._load(), None
        return self._embedder

    @property
    def modes(self) -> tuple[str, ...]:
        return ("fts", "embedding", "hybrid") if self.embedder else ("fts",)

    async def full_text(
        self, conn: Connection, query: str, *, limit: int, categories: Sequence[str] | None
    ) -> list[Passage]:
        rows = await store.full_text_search(
            conn, topic_words(query), limit=limit, categories=categories
        )
        return [_passage(row, "fts") for row in rows]

    async def semantic(
        self, conn: Connection, query: str, *, limit: int, categories: Sequence[str] | None
    ) -> list[Passage]:
        embedder = self.embedder
        if embedder is None:
            return []
        if self._vector is None:
            self._vector = await store.vector_available(conn)
        # The model is CPU-bound: keep the event loop free for other people's turns.
        [embedding] = await asyncio.to_thread(embedder.embed, [query])
        rows = await store.nearest_chunks(
            conn,
            embedding,
            model=embedder.name,
            limit=limit,
            use_vector=self._vector,
            categories=categories,
        )
        return [_passage(row, "embedding") for row in rows]

    async def search(
        self,
        conn: Connection,
        query: str,
        *,
        k: int = 5,
        mode: str = "hybrid",
        categories: Sequence[str] | None = None,
    ) -> list[Passage]:
        """The `k` best passages for `query`, best first.

        Args:
            conn: A connection (read only here).
            query: The question in the person's words.
            k: How many passages to return.
            mode: "hybrid" (the default; full-text alone without an embedder), "fts"
                or "embedding".
            categories: Only documents of these categories (None: all).
        """
        if not query.strip():
            return []
        lists: dict[str, Sequence[Passage]] = {}
        if mode in ("fts", "hybrid"):
            lists["fts"] = await self.full_text(conn, query, limit=DEPTH, categories=categories)
        if mode in ("embedding", "hybrid") and self.embedder is not None:
            lists["embedding"] = await self.semantic(
                conn, query, limit=DEPTH, categories=categories
            )
        return fuse(lists)[:k]
