"""Drafting with an LLM, without one: the request marks every page or section, its tool
schema is closed, and any answer (even a sloppy one) becomes a program that validates,
with each persona fact's source kept or marked unverified."""

from __future__ import annotations

from typing import Any

import yaml

from engine.scenarios._draft_yaml import render_program
from engine.scenarios.documents import read_markdown
from engine.scenarios.draft_llm import build_draft_request, draft_from_answer
from engine.scenarios.validation import program_scenarios
from tests.scenario_programs import validate_program

CASE = read_markdown(
    "# Kamau Greenhouses\nWanjohi Kamau, CEO, built the firm.\n\n"
    "## The Lost Contract\nThe largest buyer cancelled in March.\n",
    name="kamau.md",
)


def _closed(node: Any) -> None:
    if isinstance(node, dict):
        if node.get("type") == "object":
            assert node["additionalProperties"] is False
            assert set(node["required"]) == set(node["properties"])
        for value in node.values():
            _closed(value)


def test_the_request_marks_places_and_its_schema_is_closed() -> None:
    request = build_draft_request(CASE)
    assert "[section 'The Lost Contract']\nThe largest buyer cancelled in March." in (
        request.document_text
    )
    assert "section 'The Lost Contract'" in request.places
    _closed(request.tool_schema)


def test_a_sloppy_answer_still_becomes_a_valid_program_with_sources() -> None:
    request = build_draft_request(CASE)
    answer = {
        "title": "Kamau: the lost contract",
        "prompt": "Talk to Wanjohi about the lost contract.",
        "personas": [
            {
                "name": {"text": "Wanjohi Kamau", "source": "[section 'Kamau Greenhouses']"},
                "role": {"text": "CEO", "source": "section 'Kamau Greenhouses'"},
                "background": {"text": "Built the firm.", "source": "page 9"},
                "traits": [{"trait": "Risk taking", "score": 14}, {"trait": "9x", "score": 3}],
                "goals": ["win back buyers", ""],
                "hidden_facts": [
                    {
                        "text": "The buyer cancelled in March.",
                        "source": "section 'The Lost Contract'",
                    }
                ],
                "resistance": "Gives in to a costed plan.",
            },
            "not a persona",
        ],
        "scenes": [
            {
                "title": {"text": "The Lost Contract", "source": "section 'The Lost Contract'"},
                "objective": "Get Wanjohi to name the real cause.",
                "with": ["Wanjohi Kamau", "ghost"],
                "criteria": [
                    {
                        "check": "asks an open question",
                        "keywords": ["what", "(broken"],
                        "weight": 0,
                        "ideal": "What happened with the buyer?",
                    },
                    {"check": ""},
                ],
                "hints": [],
                "persona_instructions": "",
            }
        ],
    }
    draft = draft_from_answer(answer, doc=CASE, places=request.places, model="test-model")
    text = render_program(draft, slug="kamau")
    data = yaml.safe_load(text)
    (spec,) = program_scenarios(data, source="kamau.yaml")
    validate_program(data)
    persona = spec.cast[0]
    assert persona.key == "wanjohi" and persona.traits == {"risk_taking": 10}
    assert persona.goals == ("win back buyers",)
    scene = spec.scenes[0]
    assert scene.with_ == ("wanjohi",)
    assert [(c.check, c.keywords, c.weight) for c in scene.criteria] == [
        ("asks an open question", ("what",), 1)
    ]
    assert "\"Wanjohi Kamau\"  # source: section 'Kamau Greenhouses'" in text
    assert '"Built the firm."  # source: unverified' in text  # page 9 does not exist
    assert text.startswith("# Drafted (test-model) from kamau.md")


def test_an_empty_answer_gives_a_todo_skeleton_that_validates() -> None:
    request = build_draft_request(CASE)
    draft = draft_from_answer({}, doc=CASE, places=request.places, model="m")
    data = yaml.safe_load(render_program(draft, slug="empty"))
    (spec,) = program_scenarios(data, source="empty.yaml")
    assert spec.cast[0].name.startswith("TODO") and spec.scenes[0].key == "opening"
