"""What a step means, said again when the person asks ("what do you mean?", "huh?").

The router answers a question about the question before any step type sees it (see
`engine.routing`), with the step type's `explain`: never an attempt, never a record.
These helpers write the explanations from the step's own data — its options, the ends
of its scale, its prompt — so they fit programs the project has never seen.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def the_question(prompt: str) -> str:
    """The sentence of `prompt` that asks (its last question), else the whole prompt."""
    sentences = [s.strip() for s in _SENTENCE.split(" ".join(prompt.split())) if s.strip()]
    asking = [s for s in sentences if s.endswith("?")]
    return asking[-1] if asking else " ".join(sentences)


def options_list(options: Sequence[tuple[str, Sequence[str]]], *, multiple: bool) -> str:
    """The options numbered, each with the other words it can be named by."""
    lines = []
    for number, (label, synonyms) in enumerate(options, start=1):
        also = [s for s in synonyms if s.casefold() != label.casefold()][:3]
        lines.append(f"{number}. {label}" + (f" (or “{'”, “'.join(also)}”)" if also else ""))
    pick = "one or more — whichever fit" if multiple else "the one that fits you best"
    return "\n".join(lines) + f"\nPick {pick}; the number or the words both work."


def scale_ends(low: int, high: int, low_label: str, high_label: str) -> str:
    """What the two ends of a scale mean, and that any number between is fine."""
    bottom = f"{low} means {low_label}" if low_label else f"{low} is the lowest"
    top = f"{high} means {high_label}" if high_label else f"{high} is the highest"
    return (
        f"{bottom} and {top}; the numbers in between are in between. There's no right"
        " answer — the number that feels closest is enough."
    )
