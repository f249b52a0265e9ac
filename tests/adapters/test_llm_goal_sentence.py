"""With an LLM coach (the real SDK against the fake API): the model's `goal` sentence is
what the person is shown and what is stored after their yes; a labelled reflection is
split as the person labelled it, whatever the model's lists say."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from adapters.console import ConsoleSession
from engine.llm.anthropic import AnthropicCoach
from engine.llm.types import SMART_PARTS
from tests.fakes.anthropic_server import FakeAnthropic
from tests.harness import Harness, make_harness, sync_program_text

PROGRAM = """
slug: fence-project
title: "Fix the fence"
persona: "A steady, practical coach."
weeks:
  - title: "Plan"
    unlock: {after_previous: false}
    steps:
      - key: fence_goal
        type: smart_goal
        prompt: "What's your goal for the fence?"
      - key: fence_reflection
        type: reflection
        prompt: "Your takeaway and your next step?"
"""
SENTENCE = (
    "I will repaint the fence in 3 weekend sessions by 15 May, because the street deserves it"
)


def responder(body: dict[str, Any]) -> dict[str, Any]:
    text = body["messages"][0]["content"][0]["text"]
    goal_step = "fence_goal" in text
    return {
        "complete": True,
        "missing": [],
        "classification": None,
        "risk": "none",
        "extracted": [],
        "smart": {part: f"{part} part" for part in SMART_PARTS},
        "summary": "A practical week.",
        "takeaways": ["ask the neighbours"],  # the model's split, swapped on purpose
        "action_items": ["paint needs two coats"],
        "goal": SENTENCE if goal_step else None,
        "reply": "Sounds like a plan.",
    }


@asynccontextmanager
async def fence_started(
    pg_url: str, tmp_path: Path
) -> AsyncIterator[tuple[FakeAnthropic, Harness, ConsoleSession]]:
    """The fake API, the engine on an Anthropic coach with the fence program, and a person
    who has just started it; the coach and the database are closed afterwards."""
    async with FakeAnthropic(responder) as fake:
        coach = AnthropicCoach(
            api_key="sk-ant-test", model="claude-sonnet-4-6", base_url=fake.base_url
        )
        h = await make_harness(pg_url, coach=coach)
        try:
            await sync_program_text(h, tmp_path / "fence.yaml", PROGRAM)
            session = h.person()
            await session.send("start fence-project")
            yield fake, h, session
        finally:
            await coach.aclose()
            await h.db.close()


async def test_the_models_goal_sentence_is_shown_stored_and_labels_win_the_split(
    pg_url: str, tmp_path: Path
) -> None:
    async with fence_started(pg_url, tmp_path) as (fake, h, session):
        replies = await session.send("repaint the fence before May, the street deserves it")
        shown = "\n".join(r.text for r in replies)
        assert f"Here's your goal: {SENTENCE}. Keep it? (yes / change it)" in shown
        assert await h.scalar("SELECT count(*) FROM goals") == 0
        await session.send("yes")
        assert await h.scalar("SELECT description FROM goals") == SENTENCE
        await session.send("Takeaway: paint needs two coats. Next step: ask the neighbours.")
        rows = await h.rows("SELECT learnings, action_items FROM takeaways")
        assert rows == [
            {"learnings": ["paint needs two coats"], "action_items": ["ask the neighbours"]}
        ]
        assert len(fake.requests) == 2, "the yes needed no model call"


async def test_the_smart_goal_step_type_adds_its_parts_to_the_text_the_model_reads(
    pg_url: str, tmp_path: Path
) -> None:
    listed = "SMART parts (keys for `missing` and `smart`): " + ", ".join(SMART_PARTS)
    async with fence_started(pg_url, tmp_path) as (fake, _h, session):
        await session.send("repaint the fence before May, the street deserves it")
        await session.send("yes")
        await session.send("Takeaway: paint needs two coats. Next step: ask the neighbours.")
        goal, reflection = (r.user_text() for r in fake.requests)
        assert listed in goal and "fence_goal" in goal
        assert "SMART parts (keys" not in reflection and "fence_reflection" in reflection
