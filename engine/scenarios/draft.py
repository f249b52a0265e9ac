"""Drafting a scenario program from a case study, offline: a skeleton for a human to finish.

Scenes come from the document's headings, personas from the names with roles it
can find ("Wanjohi Kamau, CEO of …", "Amina Odhiambo (operations manager)"), and
every fact taken from the document carries a `# source: page N` comment. Whatever
the document cannot tell is a `TODO:` marker. The output is a complete program file.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from engine.scenarios.documents import Document, Section, SourcedLine

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


_PROMPT = "TODO: set the scene. Type `hint` any time, or `end scene` to move on."


@dataclass(frozen=True, slots=True)
class DraftPersona:
    key: str
    name: str
    role: str
    where: str
    facts: tuple[SourcedLine, ...]


def _key(text: str, *, prefix: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "_", text.casefold()).strip("_")[:40].strip("_")
    return slug if re.match(r"^[a-z]", slug) else f"{prefix}_{slug}".rstrip("_")


def _has_role(role: str) -> bool:
    return re.search(rf"\b(?:{_ROLE_WORDS})\b", role, re.IGNORECASE) is not None


def find_personas(doc: Document, limit: int = 4) -> list[DraftPersona]:
    """Names with roles, first mention first; facts are other lines naming them."""
    found: dict[str, tuple[str, str]] = {}
    for line in doc.lines:
        pairs = [(m.group(1), m.group(2)) for m in _AFTER_COMMA.finditer(line.text)]
        pairs += [(m.group(1), m.group(2)) for m in _IN_PARENS.finditer(line.text)]
        pairs += [(m.group(2), m.group(1)) for m in _ROLE_FIRST.finditer(line.text)]
        for name, role in pairs:
            if _has_role(role) and name not in found and len(found) < limit:
                found[name] = (role.strip(), line.where)
    personas: list[DraftPersona] = []
    keys: set[str] = set()
    for name, (role, where) in found.items():
        first = next((w for w in name.split() if w.rstrip(".") not in _TITLES), name)
        facts = tuple(
            line for line in doc.lines if re.search(rf"\b{re.escape(first)}\b", line.text)
        )[:3]
        key = _key(first, prefix="p")
        while key in keys:
            key += "_2"
        keys.add(key)
        personas.append(DraftPersona(key, name, role, where, facts))
    return personas


def _q(text: str) -> str:
    """A YAML scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _keywords(title: str) -> list[str]:
    words = [w.casefold() for w in re.findall(r"[A-Za-z]{4,}", title)]
    return [w for w in dict.fromkeys(words) if w not in _STOP][:4]


def _scene_lines(section: Section, key: str, cast: list[str]) -> list[str]:
    keywords = _keywords(section.title) or ["todo"]
    lines = [
        f"          - key: {key}",
        f"            title: {_q(section.title[:120])}  # source: {section.where}",
        f"            objective: {_q('TODO: what the person should achieve in ' + section.title)}",
    ]
    if cast:
        lines.append(f"            with: [{', '.join(cast)}]")
    lines += [
        "            criteria:",
        f"              - key: {_key(keywords[0], prefix='c')}",
        f"                check: {_q('TODO: a binary check about ' + section.title)}",
        f"                keywords: [{', '.join(_q(k) for k in keywords)}]",
        "            success_threshold: 0.7",
        "            max_attempts: 4",
        "            hint_after: 2",
        f"            hints: [{_q('TODO: a hint for ' + section.title)}]",
        f"            persona_instructions: {_q('TODO: how the persona behaves here')}",
    ]
    return lines


def _persona_lines(p: DraftPersona) -> list[str]:
    lines = [
        f"          - key: {p.key}",
        f"            name: {_q(p.name)}  # source: {p.where}",
        f"            role: {_q(p.role)}  # source: {p.where}",
    ]
    if p.facts:
        lines.append(f"            background: {_q(p.facts[0].text)}  # source: {p.facts[0].where}")
    else:
        lines.append(f"            background: {_q('TODO: background of ' + p.name)}")
    lines += [
        "            traits: {}  # TODO: 0–10, e.g. {analytical: 7, assertive: 5}",
        f"            goals: [{_q('TODO: what ' + p.name + ' wants')}]",
        "            hidden_facts:",
    ]
    lines += [f"              - {_q(f.text)}  # source: {f.where}" for f in p.facts[1:]]
    lines.append(f"              - {_q('TODO: what ' + p.name + ' knows but does not say')}")
    lines.append(f"            resistance: {_q('TODO: when ' + p.name + ' gives in')}")
    return lines


def draft_program(doc: Document, *, slug: str) -> str:
    """The YAML text of a one-week program holding one `scenario` step drafted from `doc`."""
    personas = find_personas(doc)
    scenes = [s for s in doc.sections if s.title and s.title != doc.title][:12]
    if not scenes:
        scenes = [Section(title="Opening the conversation", where="no heading found")]
    out = [
        f"# Drafted offline from {doc.name} by `coachbot scenarios draft`.",
        "# Review every TODO and every `# source:` fact before `coachbot programs sync`.",
        f"slug: {slug}",
        f"title: {_q(doc.title[:120])}",
        f"description: {_q('Scenario practice drafted from ' + doc.name + '. TODO: describe it.')}",
        "weeks:",
        f"  - title: {_q(doc.title[:120])}",
        "    steps:",
        "      - key: case_practice",
        "        type: scenario",
        f"        prompt: {_q(_PROMPT)}",
    ]
    if personas:
        out.append("        personas:")
        for persona in personas:
            out += _persona_lines(persona)
    else:
        out += [
            "        persona:",
            f"          name: {_q('TODO: name')}",
            f"          role: {_q('TODO: role')}",
            f"          resistance: {_q('TODO: when the persona gives in')}",
        ]
    out.append("        scenes:")
    keys: set[str] = set()
    cast = [p.key for p in personas[:2]]
    for section in scenes:
        key = _key(section.title, prefix="scene")
        while key in keys:
            key += "_2"
        keys.add(key)
        out += _scene_lines(section, key, cast)
    return "\n".join(out) + "\n"


def slug_for(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")[:60].strip("-")
    return slug if slug and slug[0].isalnum() else "drafted-scenario"
