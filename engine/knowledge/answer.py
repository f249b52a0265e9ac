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

from engine.knowledge._words import content_stems, sentences
from engine.knowledge.model import GroundedAnswer, Passage
from engine.knowledge.retrieve import Retriever
from engine.store.database import Connection

THRESHOLD = 0.45  # tuned on bot/bench/retrieval_questions.yaml: 89% answered, 93% refused
MAX_SENTENCES = 5
MAX_CHARS = 900
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


def _pick_sentences(question: str, passages: Sequence[Passage]) -> list[tuple[Passage, str]]:
    wanted = content_stems(question)
    scored: list[tuple[float, int, int, Passage, str]] = []
    for p_index, passage in enumerate(passages):
        for s_index, sentence in enumerate(sentences(passage.body)):
            if len(sentence) < 25:
                continue  # headings and fragments do not answer anything
            overlap = len(wanted & content_stems(sentence))
            # The best passage's sentences win ties; a passage's opening sentence often
            # states its point, so it gets a small edge.
            score = overlap + (0.5 if s_index == 0 else 0.0) - 0.75 * p_index
            scored.append((score, p_index, s_index, passage, sentence))
    scored.sort(key=lambda item: (-item[0], item[1], item[2]))
    chosen: list[tuple[int, int, Passage, str]] = []
    length = 0
    for _, p_index, s_index, passage, sentence in scored:
        if len(chosen) >= MAX_SENTENCES or (
            len(chosen) >= 2 and length + len(sentence) > MAX_CHARS
        ):
            break
        chosen.append((p_index, s_index, passage, sentence))
        length += len(sentence)
    chosen.sort(key=lambda item: (item[0], item[1]))
    return [(passage, sentence) for _, _, passage, sentence in chosen]


def extractive_answer(question: str, passages: Sequence[Passage]) -> GroundedAnswer:
    """Two to five sentences from `passages` (best first), ending with their sources."""
    picked = _pick_sentences(question, passages[:3])
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

    async def answer(
        self, conn: Connection, question: str, *, categories: Sequence[str] | None = None
    ) -> GroundedAnswer:
        passages = await self.relevant(conn, question, categories=categories)
        if not passages:
            return GroundedAnswer(NO_MATERIAL)
        return extractive_answer(question, passages)
