"""`python -m benchmarks.safety_loso`: leave-one-set-out figures of rules vs rules + learned layer.

For each fresh set (unseen10_intl … unseen14): train on every other file, choose the
threshold on that training data only (out-of-fold probabilities, grouped by split),
then measure the set with the rules alone and with "rules, or model ≥ threshold".
Prints JSON; see `benchmarks._safety_learn` for the model.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

from benchmarks._safety_learn import Model, choose_threshold, features, out_of_fold, train
from benchmarks.safety import load_corpus
from engine.safety import detect_crisis

FRESH_SETS = ("unseen10_intl", "unseen11", "unseen12", "unseen13", "unseen14")


def _rates(detected: list[bool], labels: list[bool]) -> dict[str, float]:
    crisis = sum(labels)
    ordinary = len(labels) - crisis
    caught = sum(d for d, y in zip(detected, labels, strict=True) if y)
    flagged = sum(d for d, y in zip(detected, labels, strict=True) if not y)
    return {"recall": round(caught / crisis, 4), "false_positive_rate": round(flagged / ordinary, 4)}


def leave_one_set_out(fresh_sets: tuple[str, ...] = FRESH_SETS) -> dict[str, Any]:
    """Rules vs rules + model on each fresh set, the model never trained or tuned on it."""
    corpus = load_corpus()
    labels = [m.crisis for m in corpus]
    groups = [m.split for m in corpus]
    rules = [detect_crisis(m.text) is not None for m in corpus]
    vectors = [features(m.text) for m in corpus]
    report: dict[str, Any] = {}
    for fresh in fresh_sets:
        started = time.monotonic()
        inside = [k for k, g in enumerate(groups) if g != fresh]
        outside = [k for k, g in enumerate(groups) if g == fresh]
        samples = [(vectors[k], labels[k]) for k in inside]
        oof = out_of_fold(samples, [groups[k] for k in inside])
        threshold = choose_threshold(oof, [rules[k] for k in inside], [labels[k] for k in inside])
        model: Model = train(samples)
        probabilities = [model.probability(vectors[k]) for k in outside]
        truth = [labels[k] for k in outside]
        alone = [rules[k] for k in outside]
        combined = [r or p >= threshold for r, p in zip(alone, probabilities, strict=True)]
        report[fresh] = {
            "threshold": round(threshold, 4),
            "rules": _rates(alone, truth),
            "rules_or_model": _rates(combined, truth),
            "model_alone_at_0.5": _rates([p >= 0.5 for p in probabilities], truth),
            "seconds": round(time.monotonic() - started, 1),
        }
        print(fresh, json.dumps(report[fresh]), file=sys.stderr, flush=True)
    for variant in ("rules", "rules_or_model"):
        report[f"mean_{variant}"] = {
            key: round(sum(report[s][variant][key] for s in fresh_sets) / len(fresh_sets), 4)
            for key in ("recall", "false_positive_rate")
        }
    return report


if __name__ == "__main__":
    print(json.dumps(leave_one_set_out(), indent=2))
