"""A learned layer for crisis detection, as an experiment: does it generalise better than rules?

Features are hashed word uni/bi-grams and character 3–5-grams of the normalised
reading (`normalise_for_matching`), binary, scaled to unit length. The model is
logistic regression trained with Adagrad and a little L2, in pure Python (a few
thousand messages, a few seconds). It is combined with the rules as "crisis if the
rules say so, or the model's probability is at least a threshold".

The honest measure is leave-one-set-out: for each fresh set (unseen10_intl …
unseen14) the model is trained on every other file, and the threshold is chosen on
that training data only — from out-of-fold probabilities over groups of whole
splits, so the threshold sees wording it was not trained on, as the held-out set
will be — never on the evaluated set.
"""

from __future__ import annotations

import itertools
import math
import random
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from engine.safety import normalise_for_matching

BUCKETS = 1 << 18
_MIN_N, _MAX_N = 3, 5


def _hash(token: str) -> int:
    return zlib.crc32(token.encode("utf-8")) % BUCKETS


def features(text: str) -> list[int]:
    """Hashed feature indices (deduplicated, sorted) of a message as typed."""
    reading = normalise_for_matching(text)
    tokens: set[str] = set()
    for clause in reading.split("|"):
        words = clause.split()
        tokens.update(f"w:{w}" for w in words)
        tokens.update(f"b:{a} {b}" for a, b in itertools.pairwise(words))
        padded = f" {' '.join(words)} "
        for n in range(_MIN_N, _MAX_N + 1):
            tokens.update(f"c:{padded[i : i + n]}" for i in range(len(padded) - n + 1))
    return sorted({_hash(t) for t in tokens})


@dataclass(frozen=True, slots=True)
class Model:
    """Weights of a hashed logistic regression."""

    bias: float
    weights: dict[int, float]

    def probability(self, indices: Sequence[int]) -> float:
        """P(crisis) for a message's feature indices."""
        if not indices:
            return 1.0 / (1.0 + math.exp(-self.bias))
        scale = 1.0 / math.sqrt(len(indices))
        z = self.bias + scale * sum(self.weights.get(i, 0.0) for i in indices)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def train(
    samples: Sequence[tuple[Sequence[int], bool]],
    *,
    epochs: int = 16,
    rate: float = 0.5,
    l2: float = 3e-3,
    seed: int = 12,
) -> Model:
    """Logistic regression by Adagrad over shuffled samples; deterministic for a seed."""
    weights: dict[int, float] = {}
    squares: dict[int, float] = {}
    bias, bias_square = 0.0, 0.0
    order = list(range(len(samples)))
    rng = random.Random(seed)
    positives = sum(label for _, label in samples) or 1
    negatives = (len(samples) - positives) or 1
    balance = {True: len(samples) / (2 * positives), False: len(samples) / (2 * negatives)}
    for _ in range(epochs):
        rng.shuffle(order)
        for k in order:
            indices, label = samples[k]
            if not indices:
                continue
            scale = 1.0 / math.sqrt(len(indices))
            z = bias + scale * sum(weights.get(i, 0.0) for i in indices)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = (p - float(label)) * balance[label]
            bias_square += g * g
            bias -= rate * g / math.sqrt(bias_square)
            for i in indices:
                w = weights.get(i, 0.0)
                gi = g * scale + l2 * w
                s = squares.get(i, 1e-8) + gi * gi
                squares[i] = s
                weights[i] = w - rate * gi / math.sqrt(s)
    return Model(bias, weights)


def choose_threshold(
    probabilities: Sequence[float],
    rules: Sequence[bool],
    labels: Sequence[bool],
    *,
    extra_false_positive_rate: float = 0.005,
) -> float:
    """The lowest threshold whose rules-or-model false-positive rate stays within budget.

    Budget: the rules' own false-positive rate plus `extra_false_positive_rate`, that is
    that many new false positives among the ordinary messages the rules let through.
    """
    ordinary = [(p, r) for p, r, y in zip(probabilities, rules, labels, strict=True) if not y]
    budget = int(extra_false_positive_rate * len(ordinary))
    # Ordinary messages the rules let through, by descending probability: each one at or
    # above the threshold is a new false positive.
    clean = sorted((p for p, r in ordinary if not r), reverse=True)
    if budget >= len(clean):
        return 0.5
    return max(0.5, min(1.0, clean[budget] + 1e-9))


def group_folds(groups: Sequence[str], folds: int) -> list[set[str]]:
    """Whole groups assigned to `folds` folds, largest first, to balance their sizes."""
    sizes: dict[str, int] = {}
    for g in groups:
        sizes[g] = sizes.get(g, 0) + 1
    assigned: list[set[str]] = [set() for _ in range(folds)]
    totals = [0] * folds
    for g in sorted(sizes, key=lambda name: (-sizes[name], name)):
        k = totals.index(min(totals))
        assigned[k].add(g)
        totals[k] += sizes[g]
    return assigned


def out_of_fold(
    samples: Sequence[tuple[Sequence[int], bool]],
    groups: Sequence[str],
    *,
    folds: int = 4,
    trainer: Callable[[Sequence[tuple[Sequence[int], bool]]], Model] = train,
) -> list[float]:
    """Each sample's probability from a model trained without its group."""
    result = [0.0] * len(samples)
    for held in group_folds(groups, folds):
        model = trainer([s for s, g in zip(samples, groups, strict=True) if g not in held])
        for k, (s, g) in enumerate(zip(samples, groups, strict=True)):
            if g in held:
                result[k] = model.probability(s[0])
    return result


def choose_veto(
    probabilities: Sequence[float],
    rules: Sequence[bool],
    labels: Sequence[bool],
    *,
    recall_cost: float = 0.005,
) -> float:
    """The highest probability below which a rule hit is dropped, losing ≤ `recall_cost` recall."""
    crisis_hits = sorted(p for p, r, y in zip(probabilities, rules, labels, strict=True) if r and y)
    crisis = sum(labels)
    budget = int(recall_cost * crisis)
    if not crisis_hits:
        return 0.0
    # Dropping every hit below the (budget+1)-th lowest crisis probability loses `budget`.
    return min(crisis_hits[budget] if budget < len(crisis_hits) else 1.0, 0.5)
