"""How alike two pieces of profile text are: the one function matching depends on.

The default is lexical: words are lower-cased, stop words dropped, a few common
synonyms and abbreviations mapped to one term ("k8s" → "kubernetes"), and
suffixes stripped by a small stemmer, so "migrating", "migration" and
"migrations" meet. The score is the overlap coefficient of the two term sets
(shared / size of the smaller), which suits a short challenge measured against
a longer list of expertise. `Overlap.terms` are the shared terms in the words
the first text used (adjacent ones as one phrase), for the "why you two" line.

An embedding model can replace it: anything with the `Similarity` signature
works; one that cannot name shared terms returns `terms=()` and the explanation
falls back to describing both profiles.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["Overlap", "Similarity", "lexical_similarity", "terms"]


@dataclass(frozen=True, slots=True)
class Overlap:
    """A similarity in [0, 1] and the shared terms (as first written) that explain it."""

    score: float
    terms: tuple[str, ...] = ()


Similarity = Callable[[str, str], Overlap]

_WORD = re.compile(r"[a-z0-9][a-z0-9+#.-]*[a-z0-9+#]|[a-z0-9]")
_STOP_WORDS = """a about after again all also am an and any are as at be been being but by can could
    did do does doing done for from get getting got had has have having help how i i'm im in
    into is it its just like lot lots make making me more most my new not of on one or our
    out over really so some still such than that the their them then there these they this
    those to too try trying up us use using very want was way we well were what when where
    which while who why will with work working would you your team teams thing things"""
_STOP = frozenset(_STOP_WORDS.split())
_SYNONYMS = {
    "k8s": "kubernetes",
    "kube": "kubernetes",
    "js": "javascript",
    "ts": "typescript",
    "ml": "machine-learning",
    "ai": "machine-learning",
    "db": "database",
    "dbs": "database",
    "postgres": "postgresql",
    "pg": "postgresql",
    "ux": "user-experience",
    "ui": "user-interface",
    "hiring": "recruit",
    "recruiting": "recruit",
    "onboard": "onboarding",
    "cicd": "ci",
    "ci/cd": "ci",
    "perf": "performance",
    "infra": "infrastructure",
    "mgmt": "management",
    "manage": "management",
    "managing": "management",
    "lead": "leadership",
    "leading": "leadership",
}
_SUFFIXES = ("ations", "ation", "ings", "ing", "ers", "er", "ies", "ied", "ed", "es", "ly", "s")


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            stem = word[: -len(suffix)]
            if suffix in ("ies", "ied"):
                stem += "y"
            elif suffix.startswith("ation"):
                stem += "at"  # "migration" meets "migrating" and "migrate"
            return stem.rstrip("e")
    return word.rstrip("e") if len(word) > 4 else word


def _words(text: str) -> list[tuple[str, str]]:
    """(stem, word) for each content word, in order (stop words dropped)."""
    found = []
    for word in _WORD.findall(text.casefold().replace("-", " ")):
        if word in _STOP or len(word) < 2:
            continue
        found.append((_stem(_SYNONYMS.get(word, word)), word))
    return found


def terms(text: str) -> dict[str, str]:
    """The text's terms: stemmed form → the word as first written (lower case)."""
    found: dict[str, str] = {}
    for stem, word in _words(text):
        found.setdefault(stem, word)
    return found


def _phrases(words: list[tuple[str, str]], shared: set[str]) -> tuple[str, ...]:
    """Shared words of the first text, adjacent ones joined: ("event sourcing", "kafka")."""
    phrases: list[str] = []
    current: list[str] = []
    for stem, word in [*words, ("", "")]:
        if stem in shared:
            current.append(word)
            continue
        if current:
            phrases.append(" ".join(current))
            current = []
    return tuple(dict.fromkeys(phrases))


def lexical_similarity(first: str, second: str) -> Overlap:
    """Overlap coefficient of the stemmed term sets; terms named as `first` wrote them."""
    words = _words(first)
    a, b = {stem for stem, _ in words}, terms(second)
    if not a or not b:
        return Overlap(0.0)
    shared = a & b.keys()
    if not shared:
        return Overlap(0.0)
    return Overlap(len(shared) / min(len(a), len(b)), _phrases(words, shared))
