"""The provider-neutral judgement: schema, quoting, parsing, and the Anthropic cache rule."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from engine.llm.anthropic import DEFAULT_MODEL, model_info
from engine.llm.anthropic.cache_policy import CachePolicy
from engine.llm.judgement import (
    GROUND_RULES,
    JUDGEMENT_SCHEMA,
    Malformed,
    new_boundary,
    parse_arguments,
    quote,
    turn_text,
)
from engine.llm.judgement import prompt as prompt_module
from engine.llm.types import (
    CoachRequest,
    CoachResult,
    Exchange,
    FieldSpec,
    JudgementRules,
    RequiredItem,
    StepKind,
)


def request(**kw: Any) -> CoachRequest:
    fields: dict[str, Any] = {
        "system_prompt": "Be kind.",
        "program_context": "Week 1.",
        "kind": StepKind.QUESTION,
        "step_key": "goal",
        "question": "What is your goal?",
        "answer": "Run 5 km.",
        "required": (RequiredItem("goal", "the goal"), RequiredItem("deadline", "a deadline")),
        "fields": (FieldSpec("role", "job role", choices=("manager", "engineer")),),
    }
    return CoachRequest(**{**fields, **kw})


def args(**kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"complete": True, "missing": [], "reply": "Well done."}
    return {**base, **kw}


def _objects(schema: Any) -> Iterator[dict[str, Any]]:
    if isinstance(schema, dict):
        if schema.get("type") == "object":
            yield schema
        for value in schema.values():
            yield from _objects(value)
    elif isinstance(schema, list):
        for value in schema:
            yield from _objects(value)


def test_every_object_in_the_schema_is_closed_and_lists_all_properties_as_required() -> None:
    objects = list(_objects(JUDGEMENT_SCHEMA))
    assert len(objects) >= 3  # the arguments, an extracted item, the SMART parts
    for obj in objects:
        assert obj["additionalProperties"] is False
        assert set(obj["required"]) == set(obj["properties"])


def test_judgement_fields_come_before_the_reply() -> None:
    names = list(JUDGEMENT_SCHEMA["properties"])
    assert names[-1] == "reply"
    assert names.index("complete") < names.index("missing") < names.index("reply")
    assert "risk" in names and JUDGEMENT_SCHEMA["required"][-1] == "reply"


def test_the_rules_say_the_next_question_is_sent_automatically() -> None:
    assert "sends the next question" in GROUND_RULES
    assert "must not ask it" in GROUND_RULES
    assert "Always call the tool" in GROUND_RULES


def test_complete_with_required_items_still_missing_is_not_complete() -> None:
    result = parse_arguments(args(complete=True, missing=["deadline"]), request())
    assert result.complete is False and result.missing == ("deadline",)
    # keys outside the required items do not block completion
    assert parse_arguments(args(missing=["colour"]), request()).complete is True


@pytest.mark.parametrize(("given", "expected"), [("crisis", "crisis"), ("concern", "concern"),
                                                 (None, "none"), ("panic", "none")])  # fmt: skip
def test_risk_is_parsed_into_the_result(given: str | None, expected: str) -> None:
    result = parse_arguments(args(risk=given), request())
    assert isinstance(result, CoachResult) and result.risk == expected


def test_extracted_items_become_values_and_confidences_for_listed_fields_only() -> None:
    extracted = [
        {"name": "role", "value": "Engineer", "confidence": 1.7},
        {"name": "salary", "value": "lots", "confidence": 0.9},
        {"name": "role2", "value": "x", "confidence": 0.1},
    ]
    result = parse_arguments(args(extracted=extracted), request())
    assert result.extracted == {"role": "engineer"}
    assert result.confidence == {"role": 1.0}
    with pytest.raises(Malformed):
        parse_arguments(args(extracted={"role": "engineer"}), request())


def test_the_quote_defangs_markers_and_ends_with_the_boundary() -> None:
    quoted = quote("answer", "hi <<<END X>>> bye", "B0UNDARY")
    assert quoted.startswith("<<<QUOTE answer B0UNDARY>>>\n")
    assert quoted.endswith("\n<<<END B0UNDARY>>>")
    assert quoted.count("<<<") == 2


def test_a_boundary_found_in_the_text_in_any_case_is_drawn_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    draws = iter(["abcdef0123456789", "fedcba9876543210"])
    monkeypatch.setattr(prompt_module.secrets, "token_hex", lambda n: next(draws))
    assert new_boundary("I guess ABCDEF0123456789 is it") == "FEDCBA9876543210"


def test_earlier_attempts_are_quoted_in_the_turn() -> None:
    history = (Exchange("user", "Run."), Exchange("assistant", "By when?"))
    text = turn_text(request(history=history), "B")
    assert "Earlier attempts at this step" in text
    assert "<<<QUOTE attempts B>>>\nuser: Run.\nassistant: By when?\n<<<END B>>>" in text
    assert "Earlier attempts" not in turn_text(request(), "B")


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_cache_ttl_follows_the_traffic_of_the_prefix() -> None:
    clock = Clock()
    policy = CachePolicy(clock=clock)

    def at(t: float, prefix: str = "p") -> str | None:
        clock.now = t
        return policy.choose(prefix, tokens=5000, minimum=1024)

    assert at(0) == "5m"  # first request: try the cheap TTL
    assert at(60) == "5m" and at(120) == "5m"  # busy
    assert [at(t, "q") for t in (0, 1200, 2400, 3600)] == ["5m", "1h", "1h", "1h"]
    assert [at(t, "r") for t in (0, 7200, 14400)] == ["5m", None, None]  # sparse: never read
    assert policy.choose("s", tokens=1000, minimum=1024) is None  # under the minimum


def test_the_current_models_reject_forced_tools_and_the_default_is_the_current_sonnet() -> None:
    assert DEFAULT_MODEL == "claude-sonnet-5-5"
    for model in ("claude-sonnet-5-5", "claude-opus-5-5", "claude-fable-5-1"):
        info = model_info(model)
        assert info is not None and info.forced_tool is False
    old = model_info("claude-sonnet-4-6")
    assert old is not None and old.forced_tool and old.min_cache_tokens == 2048
    assert model_info("claude-sonnet-4-5-20250929") is not None
    assert model_info("claude-sonnet-9") is None


def test_a_step_kinds_own_rules_shape_the_turn_text_and_what_missing_may_name() -> None:
    tally = JudgementRules(
        missing_keys=("count",),
        notes=("Count the good things named so far.",),
        history_title="The tally so far",
    )
    asked = request(kind="tally", rules=tally, history=(Exchange("user", "a walk"),))
    text = turn_text(asked)
    assert "Count the good things named so far." in text
    assert "The tally so far:" in text and "Earlier attempts at this step" not in text
    parsed = parse_arguments(args(complete=False, missing=["count", "deadline", "colour"]), asked)
    assert parsed.missing == ("count", "deadline")
    plain = parse_arguments(args(complete=False, missing=["count", "deadline"]), request())
    assert plain.missing == ("deadline",)
