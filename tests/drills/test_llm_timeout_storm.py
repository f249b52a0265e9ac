"""Fault drill: every LLM call times out; every turn falls back to the offline coach."""

from __future__ import annotations

import asyncio

from engine.llm.anthropic import AnthropicCoach
from engine.turn import SORRY
from tests.fakes.anthropic_server import FakeAnthropic, Scripted
from tests.harness import make_harness

ANSWERS = (
    "My name is Grace Hopper.",
    "7",
    "Honestly, more matters to me, and also because matters to me.",
    "1",
    "yes",
)


async def test_llm_timeout_storm_falls_back_keeps_answers_and_records_the_error(
    pg_url: str,
) -> None:
    async with FakeAnthropic() as fake:
        fake.script(*[Scripted.slow(5.0) for _ in range(200)])
        coach = AnthropicCoach(
            api_key="sk-ant-drill", base_url=fake.base_url, timeout=0.25, max_retries=0
        )
        h = await make_harness(pg_url, coach=coach)
        try:
            people = [h.person(f"p{n}") for n in range(4)]

            async def walk(person: object) -> list[str]:
                texts = []
                await person.send("start demo")  # type: ignore[attr-defined]
                for answer in ANSWERS:
                    replies = await person.send(answer)  # type: ignore[attr-defined]
                    texts.extend(r.text for r in replies)
                return texts

            said = await asyncio.gather(*(walk(p) for p in people))
            assert all(text != SORRY for texts in said for text in texts)
            assert all(texts for texts in said)
            assert len(fake.requests) > 0, "the LLM was asked (and timed out)"

            kept = await h.scalar("SELECT count(*) FROM messages WHERE direction = 'in'")
            assert kept == len(people) * (1 + len(ANSWERS))  # every answer stored
            typed = await h.scalar(
                "SELECT count(*) FROM messages WHERE direction = 'in' AND text = %s", ANSWERS[0]
            )
            assert typed == len(people)
            errors = await h.rows(
                "SELECT step_key, llm_error FROM step_attempts WHERE llm_error IS NOT NULL"
            )
            assert len(errors) >= len(fake.requests) - 1 > 0
            assert all("timed out" in str(e["llm_error"]) for e in errors)
            advanced = await h.rows("SELECT current_step FROM enrolments WHERE status = 'active'")
            assert all(int(str(r["current_step"])) > 0 for r in advanced)  # fallback judged
        finally:
            await coach.aclose()
            await h.db.close()
