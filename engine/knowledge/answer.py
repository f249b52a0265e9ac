"""Grounded answers: two to five sentences taken from the best passages, with sources.

The offline answer is extractive: it quotes the sentences of the best passages that
share most words with the question, in the passage's own order, so it can only say
what the material says. Below the relevance threshold it says it has no material and
points to what exists (programs, people) instead of inventing an answer.

`passages_for_prompt` is the form the passages take inside an LLM call: each
delimited and labelled with its chunk id, so an answer can cite what it used.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from engine.knowledge.embedders import installed_embedder
from engine.knowledge.extractive import Candidate, on_topic, pick_sentences
from engine.knowledge.model import GroundedAnswer, Passage
from engine.knowledge.retrieve import Retriever
from engine.llm.types import KnowledgePassage
from engine.store.database import Connection

THRESHOLD = 0.45  # tuned on benchmarks/retrieval_questions.yaml: 89% answered, 93% refused
# A conversation turn tells a story rather than asks: fewer of its words are the topic's.
TURN_THRESHOLD = 0.3
NO_MATERIAL = (
    "I don't have material on that. I only answer from the knowledge base I was given,"
    " and nothing in it covers this question. Type `programs` to see the coaching"
    " programs I can take you through — and for anything personal, medical or legal,"
    " please talk to someone you trust or a professional."
)


def passages_for_prompt(passages: Sequence[Passage]) -> str:
    """The passages as the LLM sees them: delimited, each with its id and source title."""
    blocks = [
        f'<passage id="{p.chunk_id}" source="{p.document}">\n{p.body.strip()}\n</passage>'
        for p in passages
    ]
    return "\n".join(blocks)


def extractive_answer(question: str, passages: Sequence[Passage]) -> GroundedAnswer:
    """Two to five sentences from the `passages` (best first) that answer the question,
    ending with their sources: only the passages quoted are cited and recorded."""
    best = passages[:3]
    keep = on_topic(question, [Candidate(p.body, p.relevance, p.document, p.section) for p in best])
    found = pick_sentences(question, [p.body for p in best], only=keep)
    picked = [(best[i], sentence) for i, sentence in found]
    used = tuple({passage.chunk_id: passage for passage, _ in picked}.values())
    if not used:
        return GroundedAnswer(NO_MATERIAL)
    body = " ".join(sentence for _, sentence in picked)
    titles = "; ".join(dict.fromkeys(p.document for p in used))
    return GroundedAnswer(f"{body}\n\nSources: {titles}", used)


class Answerer:
    """Answers a question from the knowledge base, or says it has no material."""

    def __init__(self, retriever: Retriever, *, threshold: float = THRESHOLD) -> None:
        self.retriever = retriever
        self.threshold = threshold

    async def relevant(
        self, conn: Connection, question: str, *, categories: Sequence[str] | None = None
    ) -> list[Passage]:
        """The passages good enough to answer from, best first (empty: no material)."""
        found = await self.retriever.search(conn, question, k=5, categories=categories)
        return [p for p in found if p.relevance >= self.threshold]

    async def passages(
        self,
        conn: Connection,
        text: str,
        *,
        categories: Sequence[str] | None = None,
        threshold: float | None = None,
    ) -> tuple[KnowledgePassage, ...]:
        """The relevant passages as an LLM call carries them (ids are chunk ids)."""
        found = await self.retriever.search(conn, text, k=5, categories=categories or None)
        least = self.threshold if threshold is None else threshold
        return as_knowledge([p for p in found if p.relevance >= least])

    async def answer(
        self, conn: Connection, question: str, *, categories: Sequence[str] | None = None
    ) -> GroundedAnswer:
        passages = await self.relevant(conn, question, categories=categories)
        if not passages:
            return GroundedAnswer(NO_MATERIAL)
        return extractive_answer(question, passages)


def as_knowledge(passages: Sequence[Passage]) -> tuple[KnowledgePassage, ...]:
    return tuple(
        KnowledgePassage(
            id=str(p.chunk_id),
            document=p.document,
            section=p.section,
            text=p.body.strip(),
            source=p.source,
            relevance=p.relevance,
        )
        for p in passages
    )


@cache
def shared_answerer() -> Answerer:
    """The process's answerer (the embedder, if installed, loads on the first search)."""
    return Answerer(Retriever(load_embedder=installed_embedder))
