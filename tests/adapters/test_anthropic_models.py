"""Per-model rules of the Messages API, through the real SDK against the fake."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from decimal import Decimal
from typing import Any

import aiohttp
import anthropic
import pytest

from engine.llm.anthropic import AnthropicCoach, CachePolicy, model_info
from engine.llm.errors import LLMCheckFailed, LLMError
from tests.adapters.anthropic_requests import API_KEY, judgement, make_request
from tests.fakes.anthropic_server import FakeAnthropic, Scripted

MakeCoach = Callable[..., AnthropicCoach]


@pytest.fixture
async def fake() -> AsyncIterator[FakeAnthropic]:
    async with FakeAnthropic(valid_keys={API_KEY}) as server:
        yield server


@pytest.fixture
async def make_coach(fake: FakeAnthropic) -> AsyncIterator[MakeCoach]:
    coaches: list[AnthropicCoach] = []

    def make(**kw: Any) -> AnthropicCoach:
        coaches.append(AnthropicCoach(**{"api_key": API_KEY, "base_url": fake.base_url, **kw}))
        return coaches[-1]

    yield make
    for coach in coaches:
        await coach.aclose()


async def _post(fake: FakeAnthropic, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    headers = {"x-api-key": API_KEY, "anthropic-version": "2023-06-01"}
    url = f"{fake.base_url}/v1/messages"
    async with aiohttp.ClientSession() as http, http.post(url, json=body, headers=headers) as r:
        return r.status, await r.json()


@pytest.mark.parametrize("model", ["claude-sonnet-5-5", "claude-opus-5-5", "claude-fable-5-1"])
async def test_the_2026_models_get_auto_a_strict_tool_and_still_judge_every_turn(
    fake: FakeAnthropic, make_coach: MakeCoach, model: str
) -> None:
    fake.script(Scripted.tool(judgement(risk="concern")))

    result = await make_coach(model=model).evaluate(make_request())

    body = fake.requests[0].body
    assert body["tool_choice"] == {"type": "auto"}
    assert body["tools"][0]["strict"] is True
    assert "thinking" not in body or body["thinking"] == {"type": "between_tools"}
    assert "Always call the tool" in body["system"][0]["text"]
    assert result.reply == "Great goal!" and result.risk == "concern"


@pytest.mark.parametrize("model", ["claude-sonnet-5-5", "claude-opus-5-5", "claude-fable-5-1"])
async def test_the_fake_rejects_forced_tools_on_the_2026_models(
    fake: FakeAnthropic, model: str
) -> None:
    tool = {"name": "t", "input_schema": {"type": "object", "properties": {}}}
    for choice in ({"type": "tool", "name": "t"}, {"type": "any"}):
        status, error = await _post(
            fake,
            {
                "model": model,
                "max_tokens": 10,
                "tools": [tool],
                "tool_choice": choice,
                "messages": [{"role": "user", "content": "hi"}],
            },
        )
        assert status == 400 and error["error"]["type"] == "invalid_request_error"


async def test_thinking_disabled_is_a_400_on_sonnet_5_5_and_between_tools_is_sent(
    fake: FakeAnthropic, make_coach: MakeCoach
) -> None:
    body = {"model": "claude-sonnet-5-5", "max_tokens": 10, "thinking": {"type": "disabled"}}
    status, error = await _post(fake, {**body, "messages": [{"role": "user", "content": "hi"}]})
    assert status == 400 and "between_tools" in error["error"]["message"]

    await make_coach(model="claude-sonnet-5-5").evaluate(make_request())
    sent = fake.requests[-1].body
    assert sent["thinking"] == {"type": "between_tools"}
    assert sent["output_config"] == {"effort": "low"}


@pytest.mark.parametrize("model", ["claude-opus-5-5", "claude-sonnet-5"])
async def test_thinking_blocks_before_the_tool_call_are_skipped(
    fake: FakeAnthropic, make_coach: MakeCoach, model: str
) -> None:
    fake.script(Scripted.tool(judgement(reply="Noted.")))

    result = await make_coach(model=model).evaluate(make_request())

    assert result.reply == "Noted."


async def test_a_second_auth_header_is_a_401_so_the_coach_sends_only_the_sdks(
    fake: FakeAnthropic,
) -> None:
    doubled = anthropic.AsyncAnthropic(
        api_key=API_KEY, base_url=fake.base_url, default_headers={"x-api-key": API_KEY}
    )
    try:
        with pytest.raises(anthropic.AuthenticationError):
            await doubled.models.retrieve("claude-sonnet-5-5")
    finally:
        await doubled.close()
    coach = AnthropicCoach(api_key=API_KEY, base_url=fake.base_url)
    try:
        await coach.check()
    finally:
        await coach.aclose()


@pytest.mark.parametrize(
    ("status", "kind", "permanent"),
    [
        (400, "invalid_request_error", True),
        (401, "authentication_error", True),
        (402, "billing_error", True),
        (403, "permission_error", True),
        (404, "not_found_error", True),
        (413, "request_too_large", False),
        (429, "rate_limit_error", False),
        (529, "overloaded_error", False),
    ],
)
async def test_errors_carry_their_type_request_id_and_whether_they_are_permanent(
    fake: FakeAnthropic, make_coach: MakeCoach, status: int, kind: str, permanent: bool
) -> None:
    fake.script(Scripted.error(status, kind))

    with pytest.raises(LLMError) as caught:
        await make_coach(max_retries=0).evaluate(make_request())

    assert kind in str(caught.value)
    assert caught.value.permanent is permanent
    assert caught.value.request_id and caught.value.request_id.startswith("req_fake")


async def test_a_spend_limit_is_permanent(fake: FakeAnthropic, make_coach: MakeCoach) -> None:
    fake.script(Scripted.error(400, message="enforced_spend_limit_reached: raise your limit"))

    with pytest.raises(LLMError) as caught:
        await make_coach().evaluate(make_request())

    assert caught.value.permanent


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"api_key": "sk-ant-wrong"}, "API key was rejected"),
        ({"model": "claude-sonnet-4-7"}, "unknown model 'claude-sonnet-4-7'"),
    ],
)
async def test_the_start_up_check_names_a_bad_key_or_an_unknown_model(
    make_coach: MakeCoach, options: dict[str, str], message: str
) -> None:
    with pytest.raises(LLMCheckFailed, match=message):
        await make_coach(**options).check()


async def test_the_start_up_check_names_an_unreachable_endpoint() -> None:
    async with FakeAnthropic() as server:
        url = server.base_url
    coach = AnthropicCoach(api_key=API_KEY, base_url=url, max_retries=0, timeout=2)
    try:
        with pytest.raises(LLMCheckFailed, match="cannot reach"):
            await coach.check()
    finally:
        await coach.aclose()


async def test_steady_sparse_traffic_gets_the_one_hour_ttl_priced_at_twice_input(
    fake: FakeAnthropic, make_coach: MakeCoach
) -> None:
    now = [0.0]
    coach = make_coach(model="claude-sonnet-5-5", cache=CachePolicy(clock=lambda: now[0]))
    results = []
    for t in (0.0, 1200.0, 2400.0):
        now[0] = t
        fake.expire_cache()  # the fake's cache runs on real time; the policy on `now`
        results.append(await coach.evaluate(make_request()))

    ttls = [r.body["system"][-1]["cache_control"]["ttl"] for r in fake.requests]
    assert ttls == ["5m", "1h", "1h"]
    usage = results[1].usage
    info = model_info("claude-sonnet-5-5")
    assert usage is not None and info is not None and usage.cache_write_tokens > 0
    assert usage.cost_usd == info.cost_usd(
        input=usage.input_tokens,
        output=usage.output_tokens,
        cache_write_5m=0,
        cache_write_1h=usage.cache_write_tokens,
        cache_read=0,
    )
    assert info.cost_usd(
        input=0, output=0, cache_write_5m=0, cache_write_1h=1_000_000, cache_read=0
    ) == Decimal(4)


def cost(model: str, **tokens: int) -> Decimal | None:
    info = model_info(model)
    base = {"input": 0, "output": 0, "cache_write_5m": 0, "cache_write_1h": 0, "cache_read": 0}
    return None if info is None else info.cost_usd(**{**base, **tokens})


def test_cost_uses_the_model_table_and_is_unknown_for_unknown_models() -> None:
    million = 1_000_000
    assert cost("claude-opus-4-5-20251101", input=million, output=million) == Decimal(30)
    assert cost("claude-sonnet-4-5", input=million, output=million) == Decimal(18)
    assert cost("claude-sonnet-5-5", input=million, output=million) == Decimal(12)
    assert cost("claude-opus-5-5", input=million, output=million) == Decimal(24)
    assert cost("claude-haiku-5-5", input=million, output=million) == Decimal("0.6")
    assert cost("some-new-model", input=million) is None
    assert cost("claude-sonnet-4-9", input=million) is None  # no guessing from a prefix
    assert cost("claude-sonnet-4-5", cache_write_5m=million, cache_read=million) == Decimal(
        "3.75"
    ) + Decimal("0.3")
    assert cost("claude-sonnet-5-5", cache_write_1h=million, cache_read=million) == Decimal(
        4
    ) + Decimal("0.1")


@pytest.mark.parametrize("model", ["claude-haiku-4-5", "claude-sonnet-4-6"])
async def test_a_prefix_under_the_models_cache_minimum_is_not_marked_or_cached(
    fake: FakeAnthropic, make_coach: MakeCoach, model: str
) -> None:
    coach = make_coach(model=model)
    context = "Week 1: setting a goal. " * 40  # ~1.5k tokens with the rules and the tool

    short = [await coach.evaluate(make_request(program_context=context)) for _ in range(2)]

    for result in short:
        assert result.usage is not None
        assert result.usage.cache_read_tokens == result.usage.cache_write_tokens == 0
    assert all("cache_control" not in b for r in fake.requests for b in r.body["system"])


async def test_the_fake_ignores_a_breakpoint_under_the_models_minimum(
    fake: FakeAnthropic,
) -> None:
    url = f"{fake.base_url}/v1/messages"
    block = {"type": "text", "text": "x" * 4000, "cache_control": {"type": "ephemeral"}}
    body = {
        "model": "claude-haiku-4-5",
        "max_tokens": 10,
        "system": [block],
        "messages": [{"role": "user", "content": "hi"}],
    }
    headers = {"x-api-key": API_KEY, "anthropic-version": "2023-06-01"}
    async with aiohttp.ClientSession() as http:
        async with http.post(url, json=body, headers=headers) as response:
            usage = (await response.json())["usage"]
        body["model"] = "claude-sonnet-5-5"  # 512-token minimum: cached
        async with http.post(url, json=body, headers=headers) as response:
            cached = (await response.json())["usage"]
    assert usage["cache_creation_input_tokens"] == 0
    assert cached["cache_creation_input_tokens"] == 1000
