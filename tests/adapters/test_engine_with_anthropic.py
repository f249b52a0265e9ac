"""The engine with the real anthropic SDK talking to a fake Messages API on loopback."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import psycopg
import pytest

from engine.llm.anthropic import AnthropicCoach
from engine.messages import IncomingMessage
from tests.fakes.anthropic_server import FakeAnthropic, Scripted
from tests.harness import Harness, make_harness


@pytest.fixture
def fake(fake_anthropic: FakeAnthropic) -> FakeAnthropic:
    return fake_anthropic  # the server is declared once, in tests/conftest.py


@pytest.fixture
async def h(pg_url: str, fake: FakeAnthropic) -> AsyncIterator[Harness]:
    coach = AnthropicCoach(
        api_key="sk-test-secret", base_url=fake.base_url, timeout=1.0, max_retries=1
    )
    harness = await make_harness(pg_url, coach=coach)
    yield harness
    await harness.db.close()
    await coach.aclose()


async def _at_first_question(h: Harness) -> None:
    session = h.person()
    await session.send("start career-6-weeks")
    await session.send("continue")


async def test_one_call_per_turn_with_cached_context_and_usage_recorded(
    h: Harness, fake: FakeAnthropic
) -> None:
    await _at_first_question(h)
    assert fake.requests == [], "commands and content steps need no LLM call"
    fake.script(
        Scripted.tool(
            {
                "reply": "Thanks, that's a rich picture.",
                "complete": True,
                "missing": [],
                "classification": "career_changer",
            }
        )
    )
    replies = await h.person().send(
        "I'm a nurse; I love my patients but the night shifts are wearing me down and I"
        " want to switch to something different."
    )
    assert len(fake.requests) == 1
    body = fake.requests[0].body
    assert body["system"][-1]["cache_control"] == {"type": "ephemeral", "ttl": "5m"}
    assert "DRIVEN" in body["system"][-1]["text"] or "DRIVEN" in str(body["system"])
    assert "night shifts" in fake.requests[0].user_text()
    assert any("rich picture" in r.text for r in replies)

    message = (
        await h.rows(
            "SELECT llm_model, llm_provider, input_tokens, output_tokens, cache_write_tokens,"
            " latency_ms, cost_usd, prompt_version_id FROM messages WHERE direction = 'out'"
            " AND llm_model IS NOT NULL"
        )
    )[0]
    assert message["llm_provider"] == "anthropic"
    assert message["input_tokens"] and message["output_tokens"]
    assert message["cost_usd"] and message["latency_ms"] is not None
    assert message["prompt_version_id"] is not None, "the prompt version is recorded"
    attempt = (
        await h.rows(
            "SELECT classification, valid FROM step_attempts WHERE step_key = 'current_situation'"
        )
    )[0]
    assert attempt == {"classification": "career_changer", "valid": True}


async def test_the_second_turn_reads_the_program_context_from_cache(
    h: Harness, fake: FakeAnthropic
) -> None:
    await _at_first_question(h)
    fake.script(
        Scripted.tool({"reply": "Tell me more.", "complete": False, "missing": ["going_well"]})
    )
    fake.script(Scripted.tool({"reply": "Thanks.", "complete": True, "missing": []}))
    session = h.person()
    await session.send("I'm a nurse and it is hard.")
    await session.send("The team is great though.")
    reads = await h.rows(
        "SELECT cache_read_tokens, cache_write_tokens FROM messages"
        " WHERE llm_model IS NOT NULL ORDER BY id"
    )
    assert reads[0]["cache_write_tokens"] and not reads[0]["cache_read_tokens"]
    assert reads[1]["cache_read_tokens"]


@pytest.mark.parametrize(
    "failure",
    [
        Scripted.server_error(),
        Scripted.overloaded(),
        Scripted.slow(5.0),
        Scripted.malformed(),
        Scripted.text_only("I am not a tool call"),
    ],
    ids=["500", "529", "timeout", "malformed", "no-tool"],
)
async def test_llm_failure_falls_back_keeps_the_answer_and_never_advances_wrongly(
    h: Harness, fake: FakeAnthropic, failure: Scripted
) -> None:
    await _at_first_question(h)
    for _ in range(3):
        fake.script(failure)
    replies = await h.person().send("I'm a nurse.")
    assert replies and "went wrong" not in replies[0].text
    attempt = (
        await h.rows(
            "SELECT answer, valid, llm_error FROM step_attempts"
            " WHERE step_key = 'current_situation'"
        )
    )[0]
    assert attempt["answer"] == "I'm a nurse."
    assert attempt["llm_error"], "the outage is recorded"
    assert attempt["valid"] is False, "the offline coach judged it incomplete"
    assert await h.scalar("SELECT current_step FROM enrolments") == 1
    assert "sk-test-secret" not in str(attempt["llm_error"])


async def test_no_transaction_or_lock_is_held_while_the_llm_thinks(
    h: Harness, fake: FakeAnthropic, pg_url: str
) -> None:
    await _at_first_question(h)
    judgement = {"reply": "Thanks — a clear picture.", "complete": True, "missing": []}
    fake.script(Scripted.slow(0.6, judgement))
    turn = asyncio.create_task(
        h.person().send("I'm a nurse; I love my patients but the night shifts wear me down.")
    )
    for _ in range(200):
        if fake.requests:
            break
        await asyncio.sleep(0.01)
    assert fake.requests, "the LLM was asked"
    async with await psycopg.AsyncConnection.connect(pg_url) as conn:
        cur = await conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
            " AND state LIKE 'idle in transaction%%' AND pid <> pg_backend_pid()"
        )
        held = await cur.fetchone()
        # another message from the same person is not blocked behind the LLM call
        other = await asyncio.wait_for(h.person().send("status"), timeout=0.5)
    assert held == (0,)
    assert other and other[0].card is not None
    replies = await turn
    assert any("clear picture" in r.text for r in replies)
    assert len(fake.requests) == 1, "the replayed turn used the answer it already had"
    assert await h.scalar("SELECT valid FROM step_attempts WHERE step_key = 'current_situation'")


async def test_duplicate_deliveries_racing_through_the_llm_reply_once(
    h: Harness, fake: FakeAnthropic
) -> None:
    await _at_first_question(h)
    for _ in range(3):
        fake.script(Scripted.slow(0.2, {"reply": "Got it.", "complete": True, "missing": []}))
    session = h.person()
    message = IncomingMessage(
        identity=session.identity,
        idempotency_key="slack:EvRETRY",
        received_at=h.clock.now(),
        text="I'm a nurse; I love the team but the night shifts are hard.",
    )
    results = await asyncio.gather(*(h.bot.handle(message) for _ in range(3)))
    assert sorted(len(r) > 0 for r in results) == [False, False, True]
    assert await h.scalar("SELECT count(*) FROM step_attempts") == 2  # welcome + this one
    assert await h.scalar("SELECT count(*) FROM processed_events WHERE key = 'slack:EvRETRY'") == 1
