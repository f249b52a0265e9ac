"""Drafting with an LLM: the request (document with page markers, a closed tool schema in
which every persona fact names its source) and the reading of its answer into a `Draft`.

Pure; a provider sends `DraftRequest` as one forced tool call. Facts whose `source` does
not name a place that exists in the document are kept but marked `unverified`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from engine.scenarios._draft_model import (
    Draft,
    DraftCriterion,
    DraftPersona,
    DraftScene,
    Sourced,
    key_for,
)
from engine.scenarios.documents import Document

TOOL_NAME = "draft_scenario"
MAX_CHARS = 60_000

SYSTEM = """You turn a case study into a role-play scenario for practising a hard conversation.
Use only what the document says; where it says nothing, write "TODO: …" for a human to fill.
Personas are people of the case the learner will talk to. Every persona fact (name, role,
background, each hidden fact) carries `source`: the [page N] or [section '…'] marker of the
passage it comes from, copied exactly. Scenes follow the case's turning points, in order;
each has 1–4 binary, observable criteria about what the learner says, with a few keywords
each and an ideal line. Traits are scored 0–10. Answer only by calling the tool."""


@dataclass(frozen=True, slots=True)
class DraftRequest:
    system: str
    document_text: str
    tool_name: str
    tool_schema: Mapping[str, Any]
    places: frozenset[str]


def _obj(properties: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }


_TEXT = {"type": "string"}
_TEXTS = {"type": "array", "items": _TEXT}
_SOURCED = _obj({"text": _TEXT, "source": _TEXT})


def draft_tool_schema() -> dict[str, Any]:
    persona = _obj(
        {
            "name": _SOURCED,
            "role": _SOURCED,
            "background": _SOURCED,
            "traits": {
                "type": "array",
                "items": _obj({"trait": _TEXT, "score": {"type": "integer"}}),
            },
            "goals": _TEXTS,
            "hidden_facts": {"type": "array", "items": _SOURCED},
            "resistance": _TEXT,
        }
    )
    criterion = _obj(
        {
            "check": _TEXT,
            "keywords": _TEXTS,
            "weight": {"type": "integer"},
            "ideal": _TEXT,
        }
    )
    scene = _obj(
        {
            "title": _SOURCED,
            "objective": _TEXT,
            "with": _TEXTS,
            "criteria": {"type": "array", "items": criterion},
            "hints": _TEXTS,
            "persona_instructions": _TEXT,
        }
    )
    return _obj(
        {
            "title": _TEXT,
            "prompt": _TEXT,
            "personas": {"type": "array", "items": persona},
            "scenes": {"type": "array", "items": scene},
        }
    )


def build_draft_request(doc: Document) -> DraftRequest:
    parts: list[str] = []
    places: set[str] = set()
    last = ""
    for line in doc.lines:
        if line.where != last:
            parts.append(f"[{line.where}]")
            places.add(line.where)
            last = line.where
        parts.append(line.text)
    text = "\n".join(parts)[:MAX_CHARS]
    return DraftRequest(SYSTEM, text, TOOL_NAME, draft_tool_schema(), frozenset(places))


def _str(value: Any, default: str = "") -> str:
    return value.strip() if isinstance(value, str) and value.strip() else default


def _sourced(value: Any, places: frozenset[str], default: str) -> Sourced:
    data = value if isinstance(value, Mapping) else {}
    where = _str(data.get("source")).strip("[]")
    return Sourced(_str(data.get("text"), default), where if where in places else "unverified")


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _persona(data: Mapping[str, Any], places: frozenset[str], taken: set[str]) -> DraftPersona:
    name = _sourced(data.get("name"), places, "TODO: name")
    traits = []
    for t in _list(data.get("traits")):
        if isinstance(t, Mapping) and isinstance(t.get("score"), int):
            trait = re.sub(r"[^a-z0-9_]", "_", _str(t.get("trait")).casefold())
            if re.fullmatch(r"[a-z][a-z0-9_]{0,63}", trait):
                traits.append((trait, max(0, min(10, int(t["score"])))))
    return DraftPersona(
        key=key_for(name.text.split()[0] if name.text else "p", prefix="p", taken=taken),
        name=name,
        role=_sourced(data.get("role"), places, "TODO: role"),
        background=_sourced(data.get("background"), places, "TODO: background"),
        traits=tuple(dict(traits).items()),
        goals=tuple(g for g in map(_str, _list(data.get("goals"))) if g),
        hidden_facts=tuple(
            fact
            for fact in (_sourced(f, places, "") for f in _list(data.get("hidden_facts")))
            if fact.text
        )[:6],
        resistance=_str(data.get("resistance")),
    )


def _scene(
    data: Mapping[str, Any], places: frozenset[str], taken: set[str], names: dict[str, str]
) -> DraftScene:
    title = _sourced(data.get("title"), places, "TODO: scene title")
    criteria = []
    keys: set[str] = set()
    for c in _list(data.get("criteria"))[:12]:
        if not isinstance(c, Mapping) or not _str(c.get("check")):
            continue
        check = _str(c.get("check"))
        raw = c.get("weight")
        weight = raw if isinstance(raw, int) else 1
        keywords = tuple(k for k in map(_str, _list(c.get("keywords"))) if k)
        criteria.append(
            DraftCriterion(
                key=key_for(check, prefix="c", taken=keys),
                check=check[:300],
                # plain words only: a model's regex could be invalid or match everything
                keywords=tuple(k for k in keywords if not re.search(r"[\\^$\[\](){}|*+?]", k)),
                weight=max(1, min(10, int(weight))),
                ideal=_str(c.get("ideal")),
            )
        )
    if not criteria:
        criteria.append(DraftCriterion("todo", f"TODO: a check about {title.text}", ("todo",)))
    cast = tuple(dict.fromkeys(names[n] for n in map(_str, _list(data.get("with"))) if n in names))
    return DraftScene(
        key=key_for(title.text, prefix="scene", taken=taken),
        title=title,
        objective=_str(data.get("objective"), "TODO: objective"),
        criteria=tuple(criteria),
        with_=cast,
        hints=tuple(h for h in map(_str, _list(data.get("hints"))) if h),
        persona_instructions=_str(data.get("persona_instructions")),
    )


def draft_from_answer(
    answer: Mapping[str, Any], *, doc: Document, places: frozenset[str], model: str
) -> Draft:
    """Read the tool input leniently into a draft that always validates."""
    taken: set[str] = set()
    personas = tuple(
        _persona(p, places, taken)
        for p in _list(answer.get("personas"))[:6]
        if isinstance(p, Mapping)
    )
    names = {p.name.text: p.key for p in personas} | {p.key: p.key for p in personas}
    scene_keys: set[str] = set()
    scenes = tuple(
        _scene(s, places, scene_keys, names)
        for s in _list(answer.get("scenes"))[:12]
        if isinstance(s, Mapping)
    ) or (
        DraftScene(
            key="opening",
            title=Sourced("Opening the conversation", "unverified"),
            objective="TODO: objective",
            criteria=(DraftCriterion("todo", "TODO: a check", ("todo",)),),
        ),
    )
    return Draft(
        title=_str(answer.get("title"), doc.title),
        origin=doc.name,
        prompt=_str(answer.get("prompt"), "TODO: set the scene."),
        personas=personas,
        scenes=scenes,
        how=model,
    )
