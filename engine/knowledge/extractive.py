"""Picking the sentences of passages that answer a question (pure: no I/O, no store).

Shared by the extractive answer of `ask` and the offline coach's grounded replies: the
sentences sharing most words with the question, the best passage's winning ties, in
the passages' own order, so a reply can only say what the material says.

Only passages that answer the question are quoted. Retrieval returns the best few, and
in a small or mixed knowledge base the ones after the best may share only a word or two
with the question ("start" in "how do I start running?" finds "to start a compost
heap"). So a passage beside the best one must be nearly as relevant (`RELATIVE` of the
best one's relevance) and, from another document, share nearly as much of the
question's wording as the best passage does: the same topic, not a stray word. Beside
the best passage, a sentence is quoted only when it shares a word with the question.
"""

from __future__ import annotations

from collections.abc import Sequence

from engine.knowledge._words import content_stems, sentences

MAX_SENTENCES = 5
MAX_CHARS = 900
# A passage quoted beside the best one has at least this share of the best one's
# relevance, and (from another document) of the question words the best one contains.
RELATIVE = 0.8


def on_topic(
    question: str,
    bodies: Sequence[str],
    relevance: Sequence[float],
    documents: Sequence[str],
) -> list[int]:
    """The indexes of the passages (best first) that answer the same question as the best."""
    if not bodies:
        return []
    wanted = content_stems(question)
    shared = [len(wanted & content_stems(body)) for body in bodies]
    kept = [0]
    for index in range(1, len(bodies)):
        if relevance[index] < RELATIVE * relevance[0]:
            continue
        if documents[index] != documents[0] and shared[index] < RELATIVE * shared[0]:
            continue  # another document that only shares a word or two: another topic
        kept.append(index)
    return kept


def pick_sentences(
    question: str,
    bodies: Sequence[str],
    *,
    relevance: Sequence[float] | None = None,
    documents: Sequence[str] | None = None,
    most: int = MAX_SENTENCES,
    max_chars: int = MAX_CHARS,
) -> list[tuple[int, str]]:
    """(passage index, sentence) pairs to quote, in reading order; empty: nothing fits.

    With `relevance` and `documents` (one per body, best first), only the passages
    `on_topic` are quoted; without them every body is taken as relevant.
    """
    wanted = content_stems(question)
    if relevance is not None and documents is not None:
        quoted = set(on_topic(question, bodies, relevance, documents))
    else:
        quoted = set(range(len(bodies)))
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
