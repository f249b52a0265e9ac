"""A permanent LLM error mid-run: offline coaching, one ERROR, /healthz and /metrics say so."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

import httpx
import pytest

from adapters.slack import build_asgi_app, build_slack_app
from engine.llm.anthropic import AnthropicCoach
from engine.llm.guard import GuardedCoach
from tests.fakes.anthropic_server import FakeAnthropic, Scripted
from tests.fakes.slack_server import ScriptedEngine, echo
from tests.harness import SECRET, TOKEN, Harness, make_harness


@pytest.fixture
async def setup(pg_url: str) -> AsyncIterator[tuple[Harness, FakeAnthropic, GuardedCoach]]:
    async with FakeAnthropic() as fake:
        inner = AnthropicCoach(api_key="sk-ant-test", base_url=fake.base_url, max_retries=2)
        coach = GuardedCoach(inner)
        harness = await make_harness(pg_url, coach=coach)
        yield harness, fake, coach
        await harness.db.close()
        await coach.aclose()


async def test_a_revoked_key_mid_run_opens_the_breaker_and_the_person_is_coached_offline(
    setup: tuple[Harness, FakeAnthropic, GuardedCoach], caplog: pytest.LogCaptureFixture
) -> None:
    h, fake, coach = setup
    bot = build_slack_app(handler=ScriptedEngine(echo), signing_secret=SECRET, token=TOKEN)
    web = build_asgi_app(bot, llm_health=coach.health)
    transport = httpx.ASGITransport(app=web)
    session = h.person()
    await session.send("start career-6-weeks")
    await session.send("continue")
    fake.script(Scripted.tool({"complete": False, "missing": ["going_well"], "reply": "And?"}))
    await session.send("I'm a nurse; the night shifts wear me down.")  # judged by the LLM
    calls_before = len(fake.requests)
    assert calls_before == 1

    caplog.set_level(logging.WARNING)
    fake.script(Scripted.error(401, message="invalid x-api-key"))
    replies = await session.send("not sure")
    replies = await session.send("not sure")  # the breaker is open: no call at all

    assert len(fake.requests) == calls_before + 1, "one failed call, no retries, no storm"
    assert replies and "went wrong" not in replies[0].text, "the offline coach answered"
    errors = await h.rows(
        "SELECT llm_error FROM step_attempts WHERE llm_error IS NOT NULL ORDER BY id"
    )
    assert len(errors) == 2 and "401" in str(errors[0]["llm_error"])
    assert "circuit open" in str(errors[1]["llm_error"])
    logged = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(logged) == 1
    assert fake.requests[-1].request_id in logged[0].getMessage()
    assert "sk-ant-test" not in caplog.text

    async with httpx.AsyncClient(transport=transport, base_url="http://bot") as http:
        health = (await http.get("/healthz")).json()
        metrics = (await http.get("/metrics")).text
    assert health == {"status": "ok", "llm": "degraded"}
    assert "coachbot_llm_degraded 1.0" in metrics
