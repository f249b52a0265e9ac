"""The judgement request a provider renders and the tool answer it reads back: the persona
card in every turn, the person's text fenced, lenient parsing, and plan → apply."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from engine.scenarios import (
    OfflinePersona,
    apply,
    load_state,
    parse_tool_input,
    plan,
    present,
    prompt_version,
)
from engine.scenarios.validation import builtin_scenarios

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def test_every_turn_carries_the_persona_card_and_the_scene_so_far() -> None:
    spec = builtin_scenarios()["ask-for-a-raise"]
    state = present(spec, T0).state
    texts = ["Hello Dana.", "I'd like to talk about a raise."]
    for i, text in enumerate(texts):
        planned = plan(spec, state, text)
        assert planned.request is not None and planned.control is None
        request = planned.request
        prefix = request.stable_prefix.lower()
        for fact in (
            "analytical 8/10",
            "keep good people",
            "budget for one promotion",
            "concede only to a specific",
            "resistance:",
            "hidden facts",
        ):
            assert fact in prefix
        assert "Be polite but noncommittal" in request.turn_text
        assert "clear_ask" in request.turn_text and request.attempt_no == i + 1
        for said in texts[:i]:
            assert f"Person: {said}" in request.turn_text
        judgement = OfflinePersona().judge(request)
        state = apply(spec, state, planned, judgement, T0).state
    assert request.prompt_version == prompt_version()
    assert request.system.startswith("You run a rehearsal")


def test_the_stable_prefix_does_not_change_between_turns_or_scenes() -> None:
    spec = builtin_scenarios()["realistic-workout-plan"]
    state = present(spec, T0).state
    first = plan(spec, state, "hi").request
    later = plan(spec, apply(spec, state, plan(spec, state, "end scene"), None, T0).state, "hi")
    assert first is not None and later.request is not None
    assert first.stable_prefix == later.request.stable_prefix
    assert first.turn_text != later.request.turn_text


def test_a_tool_answer_is_read_leniently() -> None:
    spec = builtin_scenarios()["ask-for-a-raise"]
    request = plan(spec, present(spec, T0).state, "I want a raise").request
    assert request is not None
    result = parse_tool_input(
        request,
        {
            "criteria": {
                "clear_ask": {"met": True, "quote": " I want a raise "},
                "reason": {"met": "yes", "quote": 3},
                "invented": {"met": True, "quote": "x"},
            },
            "note": "asked plainly",
            "speaker": "someone else",
            "reply": "  What exactly?  ",
        },
        model="claude-test",
    )
    assert [(v.key, v.met, v.quote) for v in result.criteria] == [
        ("clear_ask", True, "I want a raise"),
        ("reason", False, ""),
    ]
    assert result.speaker == "dana" and result.reply == "What exactly?"
    assert result.model == "claude-test" and result.prompt_version == request.prompt_version
    empty = parse_tool_input(request, {}, model="m")
    assert not any(v.met for v in empty.criteria) and empty.reply == ""


def test_controls_need_no_judgement_and_speech_does() -> None:
    spec = builtin_scenarios()["ask-for-a-raise"]
    state = present(spec, T0).state
    hint = plan(spec, state, "hint")
    assert hint.control == "hint" and hint.request is None
    assert apply(spec, state, hint, None, T0).hint is not None
    with pytest.raises(ValueError, match="needs its judgement"):
        apply(spec, state, plan(spec, state, "hello"), None, T0)


def test_the_stored_state_loads_back_and_empty_step_state_means_not_started() -> None:
    spec = builtin_scenarios()["ask-for-a-raise"]
    state = present(spec, T0).state
    assert load_state({}) is None and load_state(None) is None
    assert load_state(state.to_json()) == state
