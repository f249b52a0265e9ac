"""A week of a built-in program judged by a real SDK against each fake API, no fallback."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AsyncExitStack
from typing import Any

import pytest

from engine.llm.anthropic import AnthropicCoach
from engine.llm.openai import OpenAICoach
from engine.llm.types import SMART_PARTS
from engine.ports import Coach
from engine.programs.loader import builtin_programs
from tests.fakes.anthropic_server import FakeAnthropic
from tests.fakes.openai_server import FakeOpenAI
from tests.harness import Harness, make_harness

PROGRAM = "career-6-weeks"
ANSWERS = {
    "content": "continue",
    "choice": "1",
    "scale": "7",
    "yes_no": "yes",
}
OPEN_ANSWER = (
    "I'm a nurse; the night shifts wear me down, my team is great, and by June I want to"
    " have talked to three people who moved into health tech."
)


def full_judgement(turn_text: str) -> dict[str, Any]:
    """A complete judgement that fills every field and SMART part the turn lists."""
    fields = []
    if "Fields to extract" in turn_text:
        section = turn_text.split("Fields to extract", 1)[1].split("\n\n", 1)[0]
        for line in section.splitlines()[1:]:
            name = line.removeprefix("- ").split(":", 1)[0]
            choices = line.split("(one of: ", 1)[1].split(")")[0] if "(one of: " in line else ""
            value = choices.split(", ")[0] if choices else "Ada"
            fields.append({"name": name, "value": value, "confidence": 0.9})
    return {
        "complete": True,
        "missing": [],
        "classification": None,
        "risk": "none",
        "extracted": fields,
        "smart": {part: f"{part} part" for part in SMART_PARTS},
        "summary": "A good week.",
        "takeaways": ["Talk to people"],
        "action_items": ["Message one person"],
        "reply": "Thank you, that is clear.",
    }


def anthropic_responder(body: dict[str, Any]) -> dict[str, Any]:
    return full_judgement(body["messages"][0]["content"][0]["text"])


def openai_responder(body: dict[str, Any]) -> dict[str, Any]:
    return full_judgement(body["messages"][-1]["content"])


async def _anthropic(stack: AsyncExitStack, model: str) -> tuple[Coach, Callable[[], int]]:
    fake = await stack.enter_async_context(FakeAnthropic(anthropic_responder))
    coach = AnthropicCoach(api_key="sk-ant-test", model=model, base_url=fake.base_url)
    stack.push_async_callback(coach.aclose)
    await coach.check()
    return coach, lambda: len(fake.requests)


async def _openai(stack: AsyncExitStack) -> tuple[Coach, Callable[[], int]]:
    fake = await stack.enter_async_context(FakeOpenAI(openai_responder))
    coach = OpenAICoach(api_key="sk-test", model="llama3.2", base_url=fake.base_url)
    stack.push_async_callback(coach.aclose)
    await coach.check()
    return coach, lambda: len(fake.requests)


@pytest.fixture(params=["claude-sonnet-4-6", "claude-sonnet-5-5", "openai-compatible"])
async def setup(
    request: pytest.FixtureRequest, pg_url: str
) -> AsyncIterator[tuple[Harness, Callable[[], int], str]]:
    async with AsyncExitStack() as stack:
        if request.param == "openai-compatible":
            coach, calls = await _openai(stack)
        else:
            coach, calls = await _anthropic(stack, request.param)
        harness = await make_harness(pg_url, coach=coach)
        stack.push_async_callback(harness.db.close)
        yield harness, calls, request.param


async def test_a_week_is_judged_by_the_llm_on_every_turn_with_usage_per_message(
    setup: tuple[Harness, Callable[[], int], str],
) -> None:
    h, calls, name = setup
    spec = next(p.spec for p in builtin_programs() if p.spec.slug == PROGRAM)
    steps = spec.weeks[0].steps
    session = h.person()
    await session.send(f"start {PROGRAM}")
    for _ in range(3 * len(steps)):
        row = (await h.rows("SELECT current_week, current_step, status FROM enrolments"))[0]
        if (
            row["current_week"] != 1
            or row["status"] != "active"
            or row["current_step"] >= len(steps)
        ):
            break
        step = steps[int(str(row["current_step"]))]
        await session.send(ANSWERS.get(step.type, OPEN_ANSWER))

    assert (
        await h.scalar("SELECT status FROM week_progress WHERE week_number = 1") == "completed"
    ), "the week was completed"
    attempts = await h.rows("SELECT step_key, llm_error, attempt_no FROM step_attempts")
    judged = [
        a for a in attempts if a["step_key"] in {s.key for s in steps if s.type not in ANSWERS}
    ]
    assert len(judged) >= 3, "two questions and the reflection needed the LLM"
    assert all(a["llm_error"] is None for a in attempts), "no turn fell back to offline"
    assert calls() == len(judged), "one call per judged turn"
    messages = await h.rows(
        "SELECT llm_provider, llm_model, input_tokens, output_tokens, cost_usd FROM messages"
        " WHERE direction = 'out' AND llm_model IS NOT NULL AND llm_provider <> 'offline'"
    )
    assert len(messages) == len(judged), "usage recorded on each judged reply"
    provider = "openai" if name == "openai-compatible" else "anthropic"
    for m in messages:
        assert m["llm_provider"] == provider
        assert m["input_tokens"] and m["output_tokens"]
        if provider == "anthropic":
            assert m["cost_usd"] and m["cost_usd"] > 0  # type: ignore[operator]
        else:
            assert m["cost_usd"] is None, "a local model has no known price"
