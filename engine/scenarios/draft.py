"""Drafting a scenario program from a case study, offline: a skeleton for a human to finish.

Scenes come from the document's headings, personas from the names with roles it
can find ("Wanjohi Kamau, CEO of …", "Amina Odhiambo (operations manager)"), and
every fact taken from the document carries a `# source: page N` comment. Whatever
the document cannot tell is a `TODO:` marker. The output is a complete program file.
"""

from __future__ import annotations

import re

from engine.scenarios._draft_model import (
    Draft,
    DraftCriterion,
    DraftPersona,
    DraftScene,
    Sourced,
    key_for,
)
from engine.scenarios._draft_yaml import render_program
from engine.scenarios.documents import Document

_ROLE_WORDS = (
    "manager|director|ceo|cfo|cto|coo|founder|co-founder|owner|head|lead|officer|president|"
    "chair|chairman|chairwoman|engineer|analyst|consultant|partner|supervisor|coordinator|vp|"
    "executive|chief|client|customer|investor|friend|colleague|employee|principal|teacher|"
    "nurse|doctor|mayor|minister|buyer|supplier|accountant|designer|developer"
)
_NAME = r"([A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})"
_AFTER_COMMA = re.compile(
    _NAME
    + r",\s+(?:the\s+|a\s+|an\s+|our\s+|their\s+)?([A-Za-z][A-Za-z -]{1,48}?)"
    + r"(?=[,.;)]|\s+(?:of|at|in|for|who|and)\b|$)"
)
_IN_PARENS = re.compile(_NAME + r"\s+\(([^)]{2,60})\)")
_ROLE_FIRST = re.compile(
    r"\b((?:CEO|CFO|CTO|COO|Founder|Director|Manager|Head of [A-Z][a-z]+))\s+" + _NAME
)
_TITLES = frozenset({"Dr", "Mr", "Mrs", "Ms", "Mx", "Prof", "Sir", "Dame"})
_STOP = frozenset({"the", "and", "for", "with", "from", "this", "that", "into", "about", "case"})


PROMPT = "TODO: set the scene. Type `hint` any time, or `end scene` to move on."


def _has_role(role: str) -> bool:
    return re.search(rf"\b(?:{_ROLE_WORDS})\b", role, re.IGNORECASE) is not None


def find_personas(doc: Document, limit: int = 4) -> list[DraftPersona]:
    """Names with roles, first mention first; facts are the lines naming them."""
    found: dict[str, tuple[str, str]] = {}
    for line in doc.lines:
        pairs = [(m.group(1), m.group(2)) for m in _AFTER_COMMA.finditer(line.text)]
        pairs += [(m.group(1), m.group(2)) for m in _IN_PARENS.finditer(line.text)]
        pairs += [(m.group(2), m.group(1)) for m in _ROLE_FIRST.finditer(line.text)]
        for name, role in pairs:
            if _has_role(role) and name not in found and len(found) < limit:
                found[name] = (role.strip(), line.where)
    personas: list[DraftPersona] = []
    taken: set[str] = set()
    for name, (role, where) in found.items():
        first = next((w for w in name.split() if w.rstrip(".") not in _TITLES), name)
        facts = [
            Sourced(line.text, line.where)
            for line in doc.lines
            if re.search(rf"\b{re.escape(first)}\b", line.text)
        ][:3]
        personas.append(
            DraftPersona(
                key=key_for(first, prefix="p", taken=taken),
                name=Sourced(name, where),
                role=Sourced(role, where),
                background=facts[0] if facts else None,
                hidden_facts=tuple(facts[1:]),
            )
        )
    return personas


def _keywords(title: str) -> tuple[str, ...]:
    words = [w.casefold() for w in re.findall(r"[A-Za-z]{4,}", title)]
    return tuple([w for w in dict.fromkeys(words) if w not in _STOP][:4]) or ("todo",)


def draft_offline(doc: Document) -> Draft:
    personas = find_personas(doc)
    sections = [s for s in doc.sections if s.title and s.title != doc.title][:12]
    titles = [Sourced(s.title[:120], s.where) for s in sections] or [
        Sourced("Opening the conversation", "no heading found")
    ]
    cast = tuple(p.key for p in personas[:2])
    taken: set[str] = set()
    scenes = []
    for title in titles:
        keywords = _keywords(title.text)
        criterion = DraftCriterion(
            key=key_for(keywords[0], prefix="c", taken=set()),
            check=f"TODO: a binary check about {title.text}",
            keywords=keywords,
        )
        scenes.append(
            DraftScene(
                key=key_for(title.text, prefix="scene", taken=taken),
                title=title,
                objective=f"TODO: what the person should achieve in {title.text}",
                criteria=(criterion,),
                with_=cast,
            )
        )
    return Draft(
        title=doc.title,
        origin=doc.name,
        prompt=PROMPT,
        personas=tuple(personas),
        scenes=tuple(scenes),
    )


def draft_program(doc: Document, *, slug: str) -> str:
    """The YAML text of a one-week program holding one `scenario` step drafted from `doc`."""
    return render_program(draft_offline(doc), slug=slug)


def slug_for(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")[:60].strip("-")
    return slug if slug and slug[0].isalnum() else "drafted-scenario"
