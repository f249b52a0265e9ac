"""The knowledge base's SQL: documents and chunks saved by version, full-text and vector search.

Embeddings are stored normalised to length 1 as `real[]`. Where the `vector` extension
is installed the nearest chunks are found with pgvector's cosine distance on a cast;
elsewhere by an exact dot-product scan in SQL. Both return the same ranking.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from psycopg.rows import DictRow

from engine.knowledge.model import Chunk, SourceDocument
from engine.store.database import Connection

FTS_CONFIG = "english"  # the configuration of kb_chunks.tsv (see schema/knowledge.py)
_CANDIDATES = 200
_ALWAYS_CANDIDATES = 500  # a word in fewer chunks than this always yields candidates


@dataclass(frozen=True, slots=True)
class SavedDocument:
    """What saving a document did: `status` is new, updated, unchanged or embedded."""

    document_id: int
    version: int
    status: str
    chunks: int


async def vector_available(conn: Connection) -> bool:
    """True when the `vector` extension is installed in this database."""
    cur = await conn.execute("SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'vector')")
    row = await cur.fetchone()
    return bool(row and row["exists"])


async def _embedded_with(conn: Connection, document_id: int, model: str) -> bool:
    cur = await conn.execute(
        "SELECT bool_and(embedding_model IS NOT DISTINCT FROM %s) AS ok FROM kb_chunks"
        " WHERE document_id = %s",
        (model, document_id),
    )
    row = await cur.fetchone()
    return bool(row and row["ok"] is not False)


async def save_document(
    conn: Connection,
    document: SourceDocument,
    chunks: Sequence[Chunk],
    *,
    embeddings: Sequence[Sequence[float]] | None = None,
    model: str | None = None,
    now: datetime,
) -> SavedDocument:
    """Store `document` under its origin: unchanged content changes nothing, changed
    content becomes the next version (its chunks replaced). Chunks of an unchanged
    document that lack `model`'s embeddings get them without a new version.
    """
    digest = document.content_hash
    cur = await conn.execute(
        "SELECT id, version, content_hash FROM kb_documents WHERE origin = %s FOR UPDATE",
        (document.origin,),
    )
    row = await cur.fetchone()
    if row is not None and row["content_hash"] == digest:
        if model is None or embeddings is None or await _embedded_with(conn, row["id"], model):
            return SavedDocument(row["id"], row["version"], "unchanged", len(chunks))
        await conn.execute("DELETE FROM kb_chunks WHERE document_id = %s", (row["id"],))
        await _insert_chunks(conn, row["id"], chunks, embeddings, model)
        return SavedDocument(row["id"], row["version"], "embedded", len(chunks))
    values = {
        "origin": document.origin,
        "title": document.title,
        "category": document.category,
        "content_type": document.content_type,
        "tags": list(document.tags),
        "source": document.source,
        "hash": digest,
        "now": now,
    }
    if row is None:
        cur = await conn.execute(
            """
            INSERT INTO kb_documents (origin, title, category, content_type, tags, source,
                content_hash, created_at, updated_at)
            VALUES (%(origin)s, %(title)s, %(category)s, %(content_type)s, %(tags)s,
                %(source)s, %(hash)s, %(now)s, %(now)s)
            RETURNING id, version
            """,
            values,
        )
        status = "new"
    else:
        cur = await conn.execute(
            """
            UPDATE kb_documents SET title = %(title)s, category = %(category)s,
                content_type = %(content_type)s, tags = %(tags)s, source = %(source)s,
                content_hash = %(hash)s, version = version + 1, updated_at = %(now)s
            WHERE id = %(id)s RETURNING id, version
            """,
            {**values, "id": row["id"]},
        )
        await conn.execute("DELETE FROM kb_chunks WHERE document_id = %s", (row["id"],))
        status = "updated"
    saved = await cur.fetchone()
    assert saved is not None
    await _insert_chunks(conn, saved["id"], chunks, embeddings, model)
    return SavedDocument(saved["id"], saved["version"], status, len(chunks))


async def _insert_chunks(
    conn: Connection,
    document_id: int,
    chunks: Sequence[Chunk],
    embeddings: Sequence[Sequence[float]] | None,
    model: str | None,
) -> None:
    vectors = [list(v) for v in embeddings] if embeddings is not None else [None] * len(chunks)
    async with conn.cursor() as cur:
        await cur.executemany(
            "INSERT INTO kb_chunks (document_id, ordinal, section, text, embedding,"
            " embedding_model) VALUES (%s, %s, %s, %s, %s::real[], %s)",
            [
                (document_id, c.ordinal, c.section, c.text, v, model if v is not None else None)
                for c, v in zip(chunks, vectors, strict=True)
            ],
        )


async def list_documents(conn: Connection) -> list[DictRow]:
    cur = await conn.execute(
        """
        SELECT d.id, d.title, d.category, d.content_type, d.tags, d.source, d.version,
            d.updated_at, count(c.id) AS chunks, count(c.embedding) AS embedded
        FROM kb_documents d LEFT JOIN kb_chunks c ON c.document_id = d.id
        GROUP BY d.id ORDER BY d.category, d.title, d.id
        """
    )
    return await cur.fetchall()


async def remove_documents(conn: Connection, ref: str) -> list[DictRow]:
    """Delete the document with id `ref`, or every one titled `ref` or from origin `ref`."""
    if ref.isdigit():
        cur = await conn.execute(
            "DELETE FROM kb_documents WHERE id = %s RETURNING id, title", (int(ref),)
        )
    else:
        cur = await conn.execute(
            "DELETE FROM kb_documents WHERE lower(title) = lower(%s) OR origin = %s"
            " RETURNING id, title",
            (ref, ref),
        )
    return await cur.fetchall()


_PASSAGE_COLUMNS = (
    "c.id AS chunk_id, c.document_id, d.title AS document, d.source, c.section, c.text"
)


async def full_text_search(
    conn: Connection, query: str, *, limit: int, categories: Sequence[str] | None = None
) -> list[DictRow]:
    """Chunks sharing words with `query`, best first, each with `relevance` in 0–1.

    Natural questions rarely have every word in one passage, so the query's words are
    OR-ed; `relevance` is the share of the query's word weight (inverse document
    frequency, as in BM25) that the chunk contains, and ranks before `ts_rank`.
    """
    cur = await conn.execute(
        f"""
        WITH words AS (
            SELECT DISTINCT lexeme FROM unnest(to_tsvector('{FTS_CONFIG}', %(q)s))
        ), total AS (
            SELECT greatest(count(*), 1)::float AS n FROM kb_chunks
        ), weighted AS (
            SELECT w.lexeme, quote_literal(w.lexeme)::tsquery AS tsq, df.n AS df,
                ln(1 + (total.n - df.n + 0.5) / (df.n + 0.5)) AS idf
            FROM words w, total,
                LATERAL (SELECT count(*)::float AS n FROM kb_chunks
                         WHERE tsv @@ quote_literal(w.lexeme)::tsquery) df
        ), query AS (
            -- Candidates come from the informative words only (in at most a tenth of a
            -- large knowledge base): ranking every chunk that shares "work" or "team"
            -- would cost a read of thousands of chunks for nothing.
            SELECT coalesce(
                    string_agg(quote_literal(w.lexeme), ' | ')
                        FILTER (WHERE w.df <= greatest(total.n * 0.1, %(always)s)),
                    string_agg(quote_literal(w.lexeme), ' | ')
                )::tsquery AS tsq,
                sum(w.idf) AS weight
            FROM weighted w, total
        ), candidates AS (
            SELECT c.id, ts_rank(c.tsv, query.tsq, 1) AS rank
            FROM kb_chunks c JOIN kb_documents d ON d.id = c.document_id, query
            WHERE c.tsv @@ query.tsq
              AND (%(cats)s::text[] IS NULL OR d.category = ANY(%(cats)s::text[]))
            ORDER BY rank DESC LIMIT {_CANDIDATES}
        )
        SELECT {_PASSAGE_COLUMNS}, k.rank,
            (SELECT coalesce(sum(w.idf), 0) FROM weighted w WHERE c.tsv @@ w.tsq)
                / greatest((SELECT weight FROM query), 1e-9) AS relevance
        FROM candidates k JOIN kb_chunks c ON c.id = k.id
        JOIN kb_documents d ON d.id = c.document_id
        ORDER BY relevance DESC, k.rank DESC, c.id LIMIT %(limit)s
        """,
        {
            "q": query,
            "limit": limit,
            "cats": list(categories) if categories else None,
            "always": _ALWAYS_CANDIDATES,
        },
    )
    return await cur.fetchall()


async def nearest_chunks(
    conn: Connection,
    embedding: Sequence[float],
    *,
    model: str,
    limit: int,
    use_vector: bool,
    categories: Sequence[str] | None = None,
) -> list[DictRow]:
    """Chunks embedded by `model`, nearest to `embedding` (unit length) first.

    `relevance` is the cosine similarity. `use_vector` picks pgvector's operator;
    otherwise the dot product is computed for every chunk (exact, no index).
    """
    similarity = (
        "1 - (c.embedding::vector <=> %(e)s::real[]::vector)"
        if use_vector
        else "(SELECT sum(a * b) FROM unnest(c.embedding, %(e)s::real[]) AS t(a, b))"
    )
    order = "c.embedding::vector <=> %(e)s::real[]::vector" if use_vector else "relevance DESC"
    cur = await conn.execute(
        f"""
        SELECT {_PASSAGE_COLUMNS}, {similarity} AS relevance
        FROM kb_chunks c JOIN kb_documents d ON d.id = c.document_id
        WHERE c.embedding_model = %(m)s
          AND (%(cats)s::text[] IS NULL OR d.category = ANY(%(cats)s::text[]))
        ORDER BY {order}, c.id LIMIT %(limit)s
        """,
        {
            "e": list(embedding),
            "m": model,
            "limit": limit,
            "cats": list(categories) if categories else None,
        },
    )
    return await cur.fetchall()


async def chunks_by_id(conn: Connection, chunk_ids: Sequence[int]) -> dict[int, DictRow]:
    cur = await conn.execute(
        f"SELECT {_PASSAGE_COLUMNS} FROM kb_chunks c JOIN kb_documents d ON d.id = c.document_id"
        " WHERE c.id = ANY(%s)",
        (list(chunk_ids),),
    )
    return {row["chunk_id"]: row for row in await cur.fetchall()}


async def last_grounded_reply(conn: Connection, user_id: int) -> list[dict[str, Any]] | None:
    """The passages of the coach's latest message, if that message was grounded.

    Each turn's replies are written after every earlier turn's, so the highest id is
    the reply to the person's previous message (the current one is not yet stored).
    """
    cur = await conn.execute(
        "SELECT context_used FROM messages WHERE user_id = %s AND direction = 'out'"
        " ORDER BY id DESC LIMIT 1",
        (user_id,),
    )
    row = await cur.fetchone()
    if row is None or row["context_used"] is None:
        return None
    return list(row["context_used"])
