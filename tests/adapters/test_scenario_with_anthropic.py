"""The scenario judgement request rendered for the real Anthropic SDK against the fake
Messages API: one call per spoken turn (none for `hint`), the persona card and the scene's
criteria in every request, the stable prefix cached, the verdicts kept with the model and
prompt version. The rendering here is what a provider does with a `JudgementRequest`."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import pytest
from anthropic import AsyncAnthropic

from engine.scenarios import (
    JudgementRequest,
    apply,
    parse_tool_input,
    plan,
    present,
    prompt_version,
)
from engine.scenarios.validation import builtin_scenarios
from tests.fakes.anthropic_server import FakeAnthropic, Scripted

MODEL = "claude-sonnet-4-5"
T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
async def fake() -> AsyncIterator[FakeAnthropic]:
    async with FakeAnthropic(min_cacheable_tokens=200) as server:
        yield server


async def ask(client: AsyncAnthropic, request: JudgementRequest) -> tuple[dict[str, Any], Any]:
    message = await client.messages.create(
        model=MODEL,
        max_tokens=600,
        system=[{"type": "text", "text": request.system}],
        tools=[
            {
                "name": request.tool_name,
                "description": "Judge the criteria, then reply in character.",
                "input_schema": dict(request.tool_schema),  # type: ignore[typeddict-item]
            }
        ],
        tool_choice={"type": "tool", "name": request.tool_name},
        messages=[
            {
                "role": "user",
                "content": [
                    {
                        "type": "text",
                        "text": request.stable_prefix,
                        "cache_control": {"type": "ephemeral"},
                    },
                    {"type": "text", "text": request.turn_text},
                ],
            }
        ],
    )
    block = next(b for b in message.content if b.type == "tool_use")
    assert isinstance(block.input, dict)
    return block.input, message.usage


def verdicts(**met: str) -> dict[str, Any]:
    keys = ("clear_ask", "reason")
    return {k: {"met": k in met, "quote": met.get(k, "")} for k in keys}


async def test_one_call_per_spoken_turn_with_the_persona_card_every_time(
    fake: FakeAnthropic,
) -> None:
    spec = builtin_scenarios()["ask-for-a-raise"]
    client = AsyncAnthropic(api_key="sk-test", base_url=fake.base_url, max_retries=0)
    fake.script(
        Scripted.tool(
            {
                "criteria": verdicts(clear_ask="a raise"),
                "note": "asked",
                "speaker": "dana",
                "reply": "A raise. Why now?",
            }
        ),
        Scripted.tool(
            {
                "criteria": verdicts(clear_ask="I want a raise", reason="I led the migration"),
                "note": "reason given",
                "speaker": "dana",
                "reply": "Fair enough.",
            }
        ),
    )
    state = present(spec, T0).state
    usages = []
    for text in ("I'd like a raise.", "hint", "I led the migration, errors fell a third."):
        planned = plan(spec, state, text)
        judgement = None
        if planned.request is not None:
            tool_input, usage = await ask(client, planned.request)
            usages.append(usage)
            judgement = parse_tool_input(planned.request, tool_input, model=MODEL)
        state = apply(spec, state, planned, judgement, T0).state
    await client.close()

    assert len(fake.requests) == 2  # `hint` needs no call
    for recorded in fake.requests:
        text = recorded.user_text()
        assert "Resistance: Stay polite but noncommittal" in text
        assert "there is still budget for one promotion this year" in text
        assert "clear_ask" in text and "Be polite but noncommittal" in text
        schema = recorded.body["tools"][0]["input_schema"]
        assert list(schema["properties"]) == ["criteria", "note", "speaker", "reply"]
    assert usages[1].cache_read_input_tokens > 0  # the stable prefix was reused

    opening = state.scenes[0]
    assert opening.passed and opening.hints_used == 1
    # "because I deserve it" was never said: only a quote of the person's own words counts
    assert [(m.key, m.quote, m.attempt) for m in opening.met] == [
        ("clear_ask", "a raise", 1),
        ("reason", "I led the migration", 2),
    ]
    assert {(v.model, v.prompt_version) for v in opening.verdicts} == {(MODEL, prompt_version())}
