"""OpenAICoach through the real openai SDK against the fake Chat Completions server."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from decimal import Decimal
from typing import Any

import pytest

from engine.llm.errors import LLMCheckFailed, LLMError
from engine.llm.judgement import TOOL_NAME
from engine.llm.openai import OpenAICoach, price_for
from tests.adapters.anthropic_requests import make_request
from tests.fakes.openai_server import FakeOpenAI, Scripted

KEY = "sk-openai-test-0123456789"
MakeCoach = Callable[..., OpenAICoach]


def arguments(**kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "complete": False,
        "missing": ["deadline"],
        "classification": "clear",
        "risk": "none",
        "extracted": [{"name": "role", "value": "manager", "confidence": 0.8}],
        "smart": {},
        "summary": None,
        "takeaways": [],
        "action_items": [],
        "reply": "By when?",
    }
    return {**base, **kw}


@pytest.fixture
async def fake() -> AsyncIterator[FakeOpenAI]:
    async with FakeOpenAI(valid_keys={KEY}) as server:
        yield server


@pytest.fixture
async def make_coach(fake: FakeOpenAI) -> AsyncIterator[MakeCoach]:
    coaches: list[OpenAICoach] = []

    def make(**kw: Any) -> OpenAICoach:
        options = {"api_key": KEY, "model": "gpt-5-mini", "base_url": fake.base_url, **kw}
        coaches.append(OpenAICoach(**options))
        return coaches[-1]

    yield make
    for coach in coaches:
        await coach.aclose()


async def test_one_call_with_a_forced_function_tool_parsed_into_the_result(
    fake: FakeOpenAI, make_coach: MakeCoach
) -> None:
    fake.script(Scripted(arguments()))

    result = await make_coach().evaluate(make_request())

    assert len(fake.requests) == 1
    body = fake.requests[0].body
    assert body["tool_choice"] == "required"
    assert body["tools"][0]["function"]["name"] == TOOL_NAME
    assert [m["role"] for m in body["messages"]] == ["system", "user"]
    assert "<<<QUOTE answer" in body["messages"][1]["content"]
    assert result.reply == "By when?" and result.missing == ("deadline",)
    assert result.extracted == {"role": "manager"} and result.confidence == {"role": 0.8}


async def test_other_servers_get_tool_choice_required_and_no_strict_flag(
    fake: FakeOpenAI, make_coach: MakeCoach
) -> None:
    await make_coach(model="llama3.2").evaluate(make_request())

    body = fake.requests[0].body
    assert body["tool_choice"] == "required"
    assert "strict" not in body["tools"][0]["function"]
    assert body["max_tokens"] and "max_completion_tokens" not in body


async def test_strict_schemas_pass_the_servers_check(
    fake: FakeOpenAI, make_coach: MakeCoach
) -> None:
    result = await make_coach(strict=True).evaluate(make_request())

    assert fake.requests[0].body["tools"][0]["function"]["strict"] is True
    assert result.reply


async def test_json_schema_mode_uses_response_format(
    fake: FakeOpenAI, make_coach: MakeCoach
) -> None:
    fake.script(Scripted(arguments(complete=True, missing=[])))

    result = await make_coach(mode="json_schema").evaluate(make_request())

    body = fake.requests[0].body
    assert "tools" not in body
    assert body["response_format"]["type"] == "json_schema"
    assert body["response_format"]["json_schema"]["schema"]["additionalProperties"] is False
    assert result.complete is True


async def test_cached_tokens_are_recorded_and_priced_per_model(
    fake: FakeOpenAI, make_coach: MakeCoach
) -> None:
    coach = make_coach(model="gpt-5-mini")
    context = "Week 1: setting a goal. " * 400

    first = await coach.evaluate(make_request(program_context=context))
    second = await coach.evaluate(make_request("Run 5 km by June.", program_context=context))

    assert first.usage is not None and second.usage is not None
    assert first.usage.cache_read_tokens == 0
    assert second.usage.cache_read_tokens >= 1024 and second.usage.cache_read_tokens % 128 == 0
    assert second.usage.provider == "openai" and second.usage.model == "gpt-5-mini"
    price = price_for("gpt-5-mini")
    assert price is not None
    assert second.usage.cost_usd == price.cost_usd(
        input=second.usage.input_tokens,
        cached=second.usage.cache_read_tokens,
        output=second.usage.output_tokens,
    )
    assert first.usage.cost_usd is not None and second.usage.cost_usd < first.usage.cost_usd


async def test_a_local_model_has_unknown_cost(make_coach: MakeCoach) -> None:
    result = await make_coach(model="llama3.2").evaluate(make_request())

    assert result.usage is not None and result.usage.cost_usd is None
    assert price_for("gpt-5-mini-2026-01-01") == price_for("gpt-5-mini")
    assert price_for("gpt-5-mini") is not None and price_for("gpt-5-mini").input == Decimal("0.25")  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("answer", "permanent"),
    [
        (Scripted.error(400), True),
        (Scripted.error(403), True),
        (Scripted.error(429, "insufficient_quota", message="You exceeded your quota"), True),
        (Scripted.error(429), False),
        (Scripted.error(503), False),
    ],
    ids=["400", "403", "quota", "429", "503"],
)
async def test_errors_are_permanent_or_transient_with_the_request_id(
    fake: FakeOpenAI, make_coach: MakeCoach, answer: Scripted, permanent: bool
) -> None:
    fake.script(answer)

    with pytest.raises(LLMError) as caught:
        await make_coach(max_retries=0).evaluate(make_request())

    assert caught.value.permanent is permanent
    assert caught.value.request_id and caught.value.request_id.startswith("req_fakeoai")


async def test_transient_errors_are_retried_by_the_sdk_within_the_turn(
    fake: FakeOpenAI, make_coach: MakeCoach
) -> None:
    fake.script(Scripted.error(503), Scripted(arguments()))

    result = await make_coach(max_retries=2).evaluate(make_request())

    assert result.reply == "By when?" and len(fake.requests) == 2


async def test_an_unknown_model_is_a_permanent_404(make_coach: MakeCoach) -> None:
    with pytest.raises(LLMError, match="404") as caught:
        await make_coach(model="gpt-9").evaluate(make_request())
    assert caught.value.permanent


@pytest.mark.parametrize(
    ("options", "message"),
    [({"api_key": "sk-wrong"}, "key was rejected"), ({"model": "gpt-9"}, "unknown model")],
)
async def test_the_start_up_check_names_a_bad_key_or_model(
    make_coach: MakeCoach, options: dict[str, str], message: str
) -> None:
    with pytest.raises(LLMCheckFailed, match=message):
        await make_coach(**options).check()
    await make_coach().check()
