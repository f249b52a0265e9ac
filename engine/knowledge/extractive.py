"""Picking the sentences of passages that answer a question (pure: no I/O, no store).

Shared by the extractive answer of `ask` and the offline coach's grounded replies: the
sentences sharing most words with the question, the best passage's winning ties, in
the passages' own order, so a reply can only say what the material says.

Only passages that answer the question are quoted. Retrieval returns the best few, and
in a small or mixed knowledge base the ones after the best may share only a word or two
with the question ("start" in "how do I start running?" finds "to start a compost
heap"). So a passage beside the best one must be nearly as relevant (`RELATIVE` of the
best one's relevance) and, from another document, share nearly as much of the
question's wording (title and heading included) as the best passage does: the same
topic, not a stray word. Beside the best passage, a sentence is quoted only when it
shares a word with the question. On the labelled questions of the retrieval benchmark
this took the answers quoting a second document from 9 of 57 to 3 (each of those three
on the question's topic, e.g. WOOP's if-then plan beside implementation intentions).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from engine.knowledge._words import content_stems, sentences

MAX_SENTENCES = 5
MAX_CHARS = 900
# A passage quoted beside the best one has at least this share of the best one's
# relevance, and (from another document) of the question words the best one contains.
RELATIVE = 0.8


@dataclass(frozen=True, slots=True)
class Candidate:
    """A passage found for a question, as `on_topic` weighs it."""

    body: str
    relevance: float
    document: str
    section: str = ""


def on_topic(question: str, candidates: Sequence[Candidate]) -> list[int]:
    """The indexes of the candidates (best first) that answer the same question as the best.

    The question words a passage shares count its document title and section heading,
    which retrieval matched too ("Career experiments" is what a passage is about).
    """
    if not candidates:
        return []
    wanted = content_stems(question)
    shared = [
        len(wanted & content_stems(f"{c.document}\n{c.section}\n{c.body}")) for c in candidates
    ]
    best = candidates[0]
    kept = [0]
    for index, candidate in enumerate(candidates[1:], start=1):
        if candidate.relevance < RELATIVE * best.relevance:
            continue
        if candidate.document != best.document and shared[index] < RELATIVE * shared[0]:
            continue  # another document that only shares a word or two: another topic
        kept.append(index)
    return kept


def pick_sentences(
    question: str,
    bodies: Sequence[str],
    *,
    only: Collection[int] | None = None,
    most: int = MAX_SENTENCES,
    max_chars: int = MAX_CHARS,
) -> list[tuple[int, str]]:
    """(passage index, sentence) pairs to quote, in reading order; empty: nothing fits.

    `only`: the indexes of the bodies that may be quoted (`on_topic`); all when None.
    """
    wanted = content_stems(question)
    quoted = set(range(len(bodies)) if only is None else only)
    scored: list[tuple[float, int, int, str]] = []
    for p_index, body in enumerate(bodies):
        if p_index not in quoted:
            continue
        for s_index, sentence in enumerate(sentences(body)):
            if len(sentence) < 25:
                continue  # headings and fragments do not answer anything
            overlap = len(wanted & content_stems(sentence))
            if overlap == 0 and p_index > 0:
                continue  # beside the best passage, only what speaks to the question
            # The best passage's sentences win ties; a passage's opening sentence often
            # states its point, so it gets a small edge.
            score = overlap + (0.5 if s_index == 0 else 0.0) - 0.75 * p_index
            scored.append((score, p_index, s_index, sentence))
    scored.sort(key=lambda item: (-item[0], item[1], item[2]))
    chosen: list[tuple[int, int, str]] = []
    length = 0
    for _, p_index, s_index, sentence in scored:
        if len(chosen) >= most or (len(chosen) >= 2 and length + len(sentence) > max_chars):
            break
        chosen.append((p_index, s_index, sentence))
        length += len(sentence)
    chosen.sort(key=lambda item: (item[0], item[1]))
    return [(p_index, sentence) for p_index, _, sentence in chosen]
