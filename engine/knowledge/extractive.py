"""Picking the sentences of passages that answer a question (pure: no I/O, no store).

Shared by the extractive answer of `ask` and the offline coach's grounded replies: the
sentences sharing most words with the question, the best passage's winning ties, in
the passages' own order, so a reply can only say what the material says.
"""

from __future__ import annotations

from collections.abc import Sequence

from engine.knowledge._words import content_stems, sentences

MAX_SENTENCES = 5
MAX_CHARS = 900


def pick_sentences(
    question: str,
    bodies: Sequence[str],
    *,
    most: int = MAX_SENTENCES,
    max_chars: int = MAX_CHARS,
) -> list[tuple[int, str]]:
    """(passage index, sentence) pairs to quote, in reading order; empty: nothing fits."""
    wanted = content_stems(question)
    scored: list[tuple[float, int, int, str]] = []
    for p_index, body in enumerate(bodies):
        for s_index, sentence in enumerate(sentences(body)):
            if len(sentence) < 25:
                continue  # headings and fragments do not answer anything
            overlap = len(wanted & content_stems(sentence))
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
