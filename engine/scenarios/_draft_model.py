"""A drafted scenario before it is written out: every fact from the document keeps its place."""

from __future__ import annotations

import re
from dataclasses import dataclass

TODO = "TODO:"


@dataclass(frozen=True, slots=True)
class Sourced:
    text: str
    where: str  # "page 2", "section 'Background'"


@dataclass(frozen=True, slots=True)
class DraftCriterion:
    key: str
    check: str
    keywords: tuple[str, ...]
    weight: int = 1
    ideal: str = ""


@dataclass(frozen=True, slots=True)
class DraftScene:
    key: str
    title: Sourced
    objective: str
    criteria: tuple[DraftCriterion, ...]
    with_: tuple[str, ...] = ()
    hints: tuple[str, ...] = ()
    persona_instructions: str = ""


@dataclass(frozen=True, slots=True)
class DraftPersona:
    key: str
    name: Sourced
    role: Sourced
    background: Sourced | None = None
    traits: tuple[tuple[str, int], ...] = ()
    goals: tuple[str, ...] = ()
    hidden_facts: tuple[Sourced, ...] = ()
    resistance: str = ""


@dataclass(frozen=True, slots=True)
class Draft:
    title: str
    origin: str  # the document's file name
    prompt: str
    personas: tuple[DraftPersona, ...]
    scenes: tuple[DraftScene, ...]
    how: str = "offline"  # or the model that drafted it


def key_for(text: str, *, prefix: str, taken: set[str]) -> str:
    """A `[a-z][a-z0-9_]*` key from `text`, unique within `taken` (which it joins)."""
    slug = re.sub(r"[^a-z0-9]+", "_", text.casefold()).strip("_")[:40].strip("_")
    key = slug if re.match(r"^[a-z]", slug) else f"{prefix}_{slug}".rstrip("_")
    base, n = key, 2
    while key in taken:
        key, n = f"{base}_{n}", n + 1
    taken.add(key)
    return key
