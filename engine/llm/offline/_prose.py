"""Phrasing helpers for the offline coach: deterministic variety and tidy prose."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from engine.llm.types import CoachRequest


def pick(options: Sequence[str], *seed: object) -> str:
    """Choose one of `options` deterministically from `seed` (stable across runs)."""
    digest = hashlib.sha256("\x1f".join(map(str, seed)).encode()).digest()
    return options[int.from_bytes(digest[:4], "big") % len(options)]


def join_labels(labels: Sequence[str]) -> str:
    """Join labels as prose: "a", "a and b", "a, b and c"."""
    if len(labels) <= 1:
        return "".join(labels)
    return ", ".join(labels[:-1]) + " and " + labels[-1]


def as_phrase(label: str) -> str:
    """Lower-case a label's first letter unless it looks like a name or acronym."""
    label = label.strip().rstrip(".?!")
    if len(label) > 1 and label[0].isupper() and not label[1].isupper():
        return label[0].lower() + label[1:]
    return label


def clip(text: str, limit: int = 160) -> str:
    """Shorten `text` to at most `limit` characters at a word boundary, adding "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def fill_placeholders(template: str, values: dict[str, str]) -> str:
    """Replace `{name}` placeholders with `values`; unknown ones stay as written.

    Unlike `str.format`, this never evaluates attribute access or indexing, so
    user text (which may itself contain braces) cannot inject anything.
    """
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


_HARD = re.compile(
    r"\b(?:pain|hurt\w*|ache\w*|injur\w*|sick|ill|hard|tough|difficult|struggl\w*|stress\w*|"
    r"anxi\w*|sad|lonely|tired|exhausted|burn\w* out|worr\w*|scared|afraid|lost|grief|"
    r"died|death|divorce|fired|laid off|can'?t|cannot|never)\b"
)
_REFLECT = (
    "Thank you — “{said}”. That's clear.",
    "Got it: “{said}”. Thank you.",
    "Thanks — I hear you: “{said}”.",
)
_REFLECT_HARD = (
    "That sounds hard — thank you for telling me (“{said}”).",
    "Thank you for being open about that; “{said}” isn't easy.",
    "I'm sorry it's tough — thank you for sharing “{said}”.",
)


def gist(text: str, limit: int = 70) -> str:
    """The first sentence of `text`, clipped, without its final punctuation."""
    first = next(iter(_sentences(text)), text.strip())
    return clip(first, limit).rstrip(".!?;, ")


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text.strip()) if s.strip()]


# "without getting tired", "less stressed", "can't wait": a hard word the person wants
# away from (or an idiom) is no difficulty they are telling us about.
_AWAY_FROM = re.compile(
    r"\b(?:without|less|fewer|no longer|not|never|avoid\w*|stop\w*|free of|instead of|"
    r"reduc\w*|lower\w*|work(?:ing)? on|manag\w*|handl\w*)\W+(?:\w+\W+){0,2}$"
)
_IDIOM = re.compile(r"\b(?:can'?t|cannot) wait\b|\bnever mind\b|\bnot (?:that|too) (?:hard|bad)\b")


def sounds_hard(text: str) -> bool:
    """The person mentions pain, illness, loss or struggle (the reply should not cheer)."""
    lowered = _IDIOM.sub(" ", text.casefold().replace("’", "'"))
    return any(_AWAY_FROM.search(lowered[: m.start()]) is None for m in _HARD.finditer(lowered))


def reflect(req: CoachRequest, answer: str) -> str:
    """A short acknowledgement that gives the person's words back, in a fitting tone."""
    said = gist(answer)
    hard = sounds_hard(answer)
    options = _REFLECT_HARD if hard else _REFLECT
    return pick(options, req.step_key, req.attempt_no, "reflect").format(said=said)
