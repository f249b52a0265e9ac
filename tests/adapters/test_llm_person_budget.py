"""The per-person LLM call budget, with the real anthropic SDK and a fake Messages API.

After `per_hour` calls in an hour (or `per_day` in a day) the offline coach answers
that person; the count comes from the replies the store recorded, so the next hour
(or day) lets calls through again. Other people keep their own budget.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import timedelta

import pytest

from engine.llm.anthropic import AnthropicCoach
from engine.llm.budget import CallBudget
from engine.llm.offline import OfflineCoach
from engine.turn import Coachbot
from tests.fakes.anthropic_server import FakeAnthropic
from tests.harness import Harness, make_harness

# Vague enough that the offline coach asks for more too: the person stays on the question.
ANSWER = "Honestly it's complicated and I'm not sure where to begin with all of it today."
Make = Callable[[CallBudget], Awaitable[Harness]]


@pytest.fixture
async def fake() -> AsyncIterator[FakeAnthropic]:
    # Never complete: the person stays on the question, each answer is a judgement to ask for.
    async with FakeAnthropic(
        responder=lambda body: {"reply": "Say a bit more?", "complete": False, "missing": ["x"]}
    ) as server:
        yield server


@pytest.fixture
async def make(pg_url: str, fake: FakeAnthropic) -> AsyncIterator[Make]:
    coach = AnthropicCoach(
        api_key="sk-test-secret", base_url=fake.base_url, timeout=1.0, max_retries=1
    )
    made: list[Harness] = []

    async def build(budget: CallBudget) -> Harness:
        harness = await make_harness(pg_url, coach=coach)
        harness.bot = Coachbot(
            db=harness.db,
            coach=coach,
            offline=OfflineCoach(),
            clock=harness.clock,
            llm_budget=budget,
        )
        made.append(harness)
        for user in ("ada", "grace"):
            await harness.person(user).send("start career-6-weeks")
            await harness.person(user).send("continue")
        return harness

    yield build
    for harness in made:
        await harness.db.close()
    await coach.aclose()


async def _asked_llm(h: Harness, fake: FakeAnthropic, user: str = "ada") -> bool:
    """Answer the current question; True when the answer went to the LLM."""
    before = len(fake.requests)
    await h.person(user).send(ANSWER)
    return len(fake.requests) > before


async def test_calls_stop_at_the_hourly_budget_and_the_next_hour_resets(
    make: Make, fake: FakeAnthropic, caplog: pytest.LogCaptureFixture
) -> None:
    h = await make(CallBudget(per_hour=1, per_day=None))
    assert await _asked_llm(h, fake)
    with caplog.at_level(logging.INFO, logger="engine.judgement"):
        assert not await _asked_llm(h, fake), "the hour's budget is spent: the offline coach"
    assert "budget of the hour reached" in caplog.text
    assert "complicated" not in caplog.text, "no message text in the log"
    last = await h.rows(
        "SELECT text, llm_provider FROM messages WHERE direction = 'out' ORDER BY id DESC LIMIT 1"
    )
    assert last[0]["llm_provider"] in (None, "offline") and last[0]["text"], "offline answered"
    h.clock.advance(timedelta(minutes=61))
    assert await _asked_llm(h, fake), "a new hour: calls go through again"


async def test_calls_stop_at_the_daily_budget_and_the_next_day_resets(
    make: Make, fake: FakeAnthropic
) -> None:
    h = await make(CallBudget(per_hour=None, per_day=1))
    assert await _asked_llm(h, fake)
    h.clock.advance(timedelta(hours=2))
    assert not await _asked_llm(h, fake), "the day's budget is spent though the hour is new"
    h.clock.advance(timedelta(hours=23))
    assert await _asked_llm(h, fake), "a new day: calls go through again"


async def test_each_person_has_their_own_budget(make: Make, fake: FakeAnthropic) -> None:
    h = await make(CallBudget(per_hour=1, per_day=None))
    assert [await _asked_llm(h, fake, "ada") for _ in range(2)] == [True, False]
    assert await _asked_llm(h, fake, "grace"), "another person's calls do not count"


async def test_without_a_budget_every_answer_asks_the_llm(make: Make, fake: FakeAnthropic) -> None:
    h = await make(CallBudget(per_hour=None, per_day=None))
    assert [await _asked_llm(h, fake) for _ in range(2)] == [True, True]
