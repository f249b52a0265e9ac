"""The semantic layer: how close a message is to crisis exemplars, by character n-grams.

Behind one function, `similarity_to_crisis`, so an offline embedding model can replace
it without touching the detector. Today: TF-IDF over character 3–5-grams of the
normalised reading, cosine similarity to the nearest crisis exemplar and to the
nearest ordinary counter-exemplar, computed per clause (risk mentioned mid-answer
sits in one clause of a long message). The score is the margin between the two;
the detector acts only on a clear margin, so an idiom that looks like a crisis
phrase ("this deadline is killing me") stays ordinary.

The index is built lazily on first use (a few milliseconds), never at import time;
a query is a sparse dot product over an inverted index (well under 1 ms).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from functools import cache

from engine.safety._exemplars import CRISIS, ORDINARY
from engine.safety._guards import blank_idioms
from engine.safety._kinds import CrisisCategory
from engine.safety._normalise import normalise_for_matching

_MIN_N, _MAX_N = 3, 5


@dataclass(frozen=True, slots=True)
class Similarity:
    """How close a message is to crisis language.

    Attributes:
        score: nearest crisis cosine minus nearest ordinary cosine, in the best clause.
        crisis: the nearest crisis exemplar's cosine in that clause.
        category: the nearest crisis exemplar's category.
        exemplar: the nearest crisis exemplar (for explaining a decision in tests).
    """

    score: float
    crisis: float
    category: CrisisCategory
    exemplar: str


@dataclass(frozen=True, slots=True)
class _Index:
    idf: dict[str, float]
    default_idf: float
    postings: dict[str, list[tuple[int, float]]]
    labels: tuple[CrisisCategory | None, ...]
    texts: tuple[str, ...]


def _grams(text: str) -> Counter[str]:
    padded = f" {' '.join(text.split())} "
    grams: Counter[str] = Counter()
    for n in range(_MIN_N, _MAX_N + 1):
        for i in range(len(padded) - n + 1):
            grams[padded[i : i + n]] += 1
    return grams


def _weights(grams: Counter[str], idf: dict[str, float], default: float) -> dict[str, float]:
    weights = {g: (1.0 + math.log(c)) * idf.get(g, default) for g, c in grams.items()}
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {g: w / norm for g, w in weights.items()}


@cache
def _index() -> _Index:
    texts = tuple(normalise_for_matching(t) for t, _ in CRISIS) + tuple(
        normalise_for_matching(t) for t in ORDINARY
    )
    labels: tuple[CrisisCategory | None, ...] = tuple(c for _, c in CRISIS) + (None,) * len(
        ORDINARY
    )
    grams = [_grams(t) for t in texts]
    df: Counter[str] = Counter()
    for g in grams:
        df.update(g.keys())
    total = len(texts)
    idf = {g: math.log((total + 1) / (d + 1)) + 1.0 for g, d in df.items()}
    default_idf = math.log(total + 1) + 1.0
    postings: dict[str, list[tuple[int, float]]] = {}
    for i, g in enumerate(grams):
        for gram, weight in _weights(g, idf, default_idf).items():
            postings.setdefault(gram, []).append((i, weight))
    return _Index(idf, default_idf, postings, labels, texts)


def _nearest(index: _Index, clause: str) -> tuple[float, float, int]:
    scores: dict[int, float] = {}
    for gram, weight in _weights(_grams(clause), index.idf, index.default_idf).items():
        for i, w in index.postings.get(gram, ()):
            scores[i] = scores.get(i, 0.0) + weight * w
    best_crisis, best_ordinary, best_i = 0.0, 0.0, 0
    for i, s in scores.items():
        if index.labels[i] is None:
            best_ordinary = max(best_ordinary, s)
        elif s > best_crisis:
            best_crisis, best_i = s, i
    return best_crisis, best_ordinary, best_i


def _clauses(reading: str) -> list[str]:
    parts = [p.strip() for p in reading.split("|")]
    clauses = [p for p in parts if len(p) >= 6]
    if len(clauses) > 1:
        clauses.append(" ".join(clauses))
    return clauses or [reading]


def similarity_of_reading(reading: str) -> Similarity:
    """`similarity_to_crisis` for text already in its plain reading."""
    index = _index()
    best = Similarity(score=-1.0, crisis=0.0, category="suicide", exemplar="")
    clauses = _clauses(blank_idioms(reading))
    for clause in clauses:
        crisis, ordinary, i = _nearest(index, clause)
        label = index.labels[i] or "suicide"
        # A person named alone ("my boyfriend." answering "what got in the way?") is no act.
        if label == "abuse" and len(clauses) > 1 and len(clause.split()) <= 2:
            continue
        if crisis - ordinary > best.score:
            best = Similarity(crisis - ordinary, crisis, label, index.texts[i])
    return best


def similarity_to_crisis(text: str) -> Similarity:
    """How close `text` (as typed) is to crisis language; see `Similarity`."""
    return similarity_of_reading(normalise_for_matching(text))


def warm_up() -> None:
    """Build the index now rather than on the first message."""
    _index()
