"""Requests and judgements shared by the Anthropic adapter tests."""

from __future__ import annotations

from typing import Any

from engine.llm.types import CoachRequest, Exchange, FieldSpec, RequiredItem, Scenario, StepKind
from engine.steps import STEP_TYPES

API_KEY = "sk-ant-test-do-not-leak-0123456789"
PROGRAM_CONTEXT = "Week 1: setting a goal. " * 400  # ~9,600 chars: above the cache minimum


def make_request(answer: str = "I want to run 5 km by June.", **kw: Any) -> CoachRequest:
    fields: dict[str, Any] = {
        "system_prompt": "You are Coachbot, a warm and concise coach.",
        "program_context": PROGRAM_CONTEXT,
        "kind": StepKind.QUESTION,
        "step_key": "w1.goal",
        "question": "What goal do you want to work on?",
        "answer": answer,
        "required": (RequiredItem("goal", "the goal"), RequiredItem("deadline", "a deadline")),
        "scenarios": (
            Scenario("clear", "a clear goal"),
            Scenario("vague", "a vague goal"),
        ),
        "fields": (FieldSpec("role", "job role", choices=("manager", "engineer")),),
        "history": (Exchange("assistant", "Hi!"), Exchange("user", "Hello")),
    }
    fields.update(kw)
    fields.setdefault("rules", STEP_TYPES[fields["kind"]].judgement_rules)  # as the turn does
    return CoachRequest(**fields)


def judgement(**kw: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "complete": False,
        "missing": ["deadline"],
        "classification": "clear",
        "risk": "none",
        "extracted": [],
        "smart": {},
        "summary": None,
        "takeaways": [],
        "action_items": [],
        "reply": "Great goal!",
    }
    data.update(kw)
    return data
