"""`coachbot bench retrieval`: how well and how fast the knowledge base finds the right document.

Recall@1, recall@3 and MRR (over the top 10) of full-text, embeddings and hybrid on
the labelled questions in `retrieval_questions.yaml` over the starter knowledge base;
then the same with filler documents loaded up to 10,000 chunks, with the ingest time
and search latency p50/p95 at that size. Embeddings are measured with the real model
when the `[embeddings]` extra is installed, and always with the hashing embedder
(word overlap only; it shows the fusion machinery, not semantic quality).
"""

from __future__ import annotations

import random
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from benchmarks._common import percentile, scratch_database
from benchmarks._progress import Progress
from engine.knowledge import (
    Answerer,
    HashingEmbedder,
    Retriever,
    Section,
    SourceDocument,
    add_documents,
    installed_embedder,
    starter_documents,
)
from engine.ports import Embedder
from engine.store.database import Connection, Database

QUESTIONS = Path(__file__).with_name("retrieval_questions.yaml")
DEPTH = 10

_FILLER_WORDS = [
    "project",
    "budget",
    "deadline",
    "report",
    "customer",
    "invoice",
    "quarter",
    "review",
    "release",
    "roadmap",
    "vendor",
    "contract",
    "office",
    "policy",
    "server",
    "deployment",
    "migration",
    "ticket",
    "backlog",
    "sprint",
    "estimate",
    "forecast",
    "revenue",
    "margin",
    "audit",
    "compliance",
    "onboarding",
    "laptop",
    "account",
    "password",
    "travel",
    "expense",
    "meeting",
    "agenda",
    "minutes",
    "stakeholder",
    "launch",
    "pricing",
    "campaign",
    "market",
    "segment",
    "analytics",
    "dashboard",
    "metric",
    "quality",
    "incident",
    "outage",
    "support",
    "escalation",
    "warehouse",
    "inventory",
    "shipment",
    "supplier",
    "logistics",
    "procurement",
    "training",
    "workshop",
    "schedule",
    "team",
    "manager",
    "department",
    "strategy",
    "planning",
    "goal",
    "process",
    "document",
    "template",
    "approval",
]


OUT_OF_SCOPE = "out_of_scope"


def labelled_questions() -> list[tuple[str, str]]:
    data = yaml.safe_load(QUESTIONS.read_text())
    return [
        (question, title)
        for title, questions in data.items()
        if title != OUT_OF_SCOPE
        for question in questions
    ]


def out_of_scope_questions() -> list[str]:
    return list(yaml.safe_load(QUESTIONS.read_text())[OUT_OF_SCOPE])


async def _threshold(conn: Connection, questions: list[tuple[str, str]]) -> dict[str, Any]:
    """How often the answerer answers in-scope questions and refuses out-of-scope ones."""
    answerer = Answerer(Retriever())
    answered = sum([bool(await answerer.relevant(conn, q)) for q, _ in questions])
    outside = out_of_scope_questions()
    refused = sum([not await answerer.relevant(conn, q) for q in outside])
    return {
        "threshold": answerer.threshold,
        "in_scope_answered": round(answered / len(questions), 3),
        "out_of_scope_refused": round(refused / len(outside), 3),
        "out_of_scope_questions": len(outside),
    }


def filler_documents(count: int, sections: int, seed: int = 7) -> list[SourceDocument]:
    """Deterministic office-prose documents on other topics: distractors for search."""
    rng = random.Random(seed)
    documents = []
    for n in range(count):
        parts = []
        for s in range(sections):
            sentences = [
                " ".join(rng.choices(_FILLER_WORDS, k=rng.randint(8, 16))).capitalize() + "."
                for _ in range(10)
            ]
            parts.append(Section((f"Part {s + 1}",), " ".join(sentences)))
        documents.append(
            SourceDocument(
                origin=f"bench:filler:{n}",
                title=f"Operations note {n}",
                content_type="text",
                sections=tuple(parts),
                category="bench-filler",
            )
        )
    return documents


async def _quality(
    conn: Connection, retriever: Retriever, mode: str, questions: list[tuple[str, str]]
) -> dict[str, Any]:
    at1 = at3 = 0
    reciprocal = 0.0
    latencies = []
    for question, title in questions:
        started = time.perf_counter()
        found = await retriever.search(conn, question, k=DEPTH, mode=mode)
        latencies.append((time.perf_counter() - started) * 1000)
        titles = [p.document for p in found]
        rank = titles.index(title) + 1 if title in titles else None
        at1 += rank == 1
        at3 += rank is not None and rank <= 3
        reciprocal += 1 / rank if rank else 0.0
    n = len(questions)
    return {
        "recall_at_1": round(at1 / n, 3),
        "recall_at_3": round(at3 / n, 3),
        "mrr": round(reciprocal / n, 3),
        "latency_ms_p50": round(percentile(latencies, 50), 1),
        "latency_ms_p95": round(percentile(latencies, 95), 1),
    }


async def _measure(
    url: str, embedders: dict[str, Embedder | None], questions: list[tuple[str, str]]
) -> dict[str, Any]:
    figures: dict[str, Any] = {}
    async with Database(url, max_size=1) as db, db.transaction() as conn:
        for name, embedder in embedders.items():
            retriever = Retriever(embedder=embedder)
            for mode in retriever.modes:
                if name != "none" and mode == "fts":
                    continue  # full-text does not depend on the embedder
                key = "fts" if mode == "fts" else f"{mode}_{name}"
                figures[key] = await _quality(conn, retriever, mode, questions)
    return figures


async def bench_retrieval(*, chunks: int, progress: Progress) -> dict[str, Any]:
    questions = labelled_questions()
    embedders: dict[str, Embedder | None] = {"none": None, "hashing": HashingEmbedder()}
    real = installed_embedder()
    if real is not None:
        embedders[real.name] = real
    now = datetime.now(UTC)
    result: dict[str, Any] = {
        "questions": len(questions),
        "documents": len(starter_documents()),
        "real_embedding_model": real.name if real else None,
        "rrf_k": 60,
    }
    with scratch_database("retrieval") as url:
        async with Database(url, max_size=1) as db, db.transaction() as conn:
            vector = await conn.execute(
                "SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'vector') AS v"
            )
            row = await vector.fetchone()
            result["pgvector"] = bool(row and row["v"])
            for embedder in embedders.values():
                await add_documents(conn, starter_documents(), embedder=embedder, now=now)
        task = progress.task("retrieval: starter set", total=1)
        result["starter"] = await _measure(url, embedders, questions)
        async with Database(url, max_size=1) as db, db.transaction() as conn:
            result["starter"]["answer_threshold_fts"] = await _threshold(conn, questions)
        progress.update(task, completed=1)
        sections = 10
        count = max(chunks // sections, 0)
        task = progress.task(f"retrieval: ingest {count} documents", total=1)
        filler = filler_documents(count, sections)
        started = time.perf_counter()
        async with Database(url, max_size=1) as db, db.transaction() as conn:
            await add_documents(conn, filler, embedder=embedders["hashing"], now=now)
        result["ingest"] = {
            "documents": count,
            "chunks": count * sections,
            "seconds": round(time.perf_counter() - started, 1),
            "embedder": "hashing",
        }
        progress.update(task, completed=1)
        task = progress.task("retrieval: with filler", total=1)
        result[f"with_{count * sections}_filler_chunks"] = await _measure(
            url, {"none": None, "hashing": embedders["hashing"]}, questions
        )
        progress.update(task, completed=1)
    return result
