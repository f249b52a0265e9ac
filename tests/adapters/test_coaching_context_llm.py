"""The coaching context reaches Claude (a fake Messages API on loopback): the step's
earlier attempts and replies, what they covered, the person's background — quoted
inside the turn's boundary — and coverage never goes backwards even if the model
says so. The tool schema puts the judgement before `reply`."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from engine.llm.anthropic import AnthropicCoach
from engine.llm.judgement.schema import JUDGEMENT_SCHEMA
from tests.fakes.anthropic_server import FakeAnthropic, Scripted
from tests.harness import Harness, make_harness, sync_program_text
from tests.integration.test_coaching_memory import PROGRAM


@pytest.fixture
def fake(fake_anthropic: FakeAnthropic) -> FakeAnthropic:
    return fake_anthropic  # the server is declared once, in tests/conftest.py


@pytest.fixture
async def h(pg_url: str, fake: FakeAnthropic, tmp_path: Path) -> AsyncIterator[Harness]:
    coach = AnthropicCoach(api_key="sk-test", base_url=fake.base_url, timeout=2.0, max_retries=0)
    harness = await make_harness(pg_url, coach=coach)
    await sync_program_text(harness, tmp_path / "garden.yaml", PROGRAM)
    yield harness
    await harness.db.close()
    await coach.aclose()


def _judgement(reply: str, missing: list[str], **extra: object) -> Scripted:
    return Scripted.tool({"reply": reply, "complete": not missing, "missing": missing, **extra})


async def test_history_and_coverage_are_in_the_request_and_coverage_never_goes_back(
    h: Harness, fake: FakeAnthropic
) -> None:
    session = h.person("kim")
    await session.send("start garden-club")
    await h.scalar(
        "INSERT INTO profile_fields (user_id, field, value, confidence)"
        " SELECT user_id, 'preferences', 'direct, short', 1 FROM platform_identities"
        " WHERE platform_user_id = 'kim' RETURNING id"
    )
    fake.script(_judgement("Nice balcony! What grows well?", ["thriving", "failing"]))
    await session.send("I have a tiny balcony with a few pots.")
    # The model forgets the size on the second attempt: the engine does not.
    fake.script(_judgement("And what keeps failing?", ["size", "failing"]))
    await session.send("Basil does great.")
    fake.script(
        Scripted.tool(
            {
                "reply": "Sorry, I'll put it another way.",
                "complete": False,
                "missing": ["failing"],
                "meta_reply": True,
            }
        )
    )
    await session.send("what do you mean?")
    assert len(fake.requests) == 3

    second = fake.requests[1].user_text()
    boundary = re.search(r"<<<QUOTE answer (\w+)>>>", second)
    assert boundary is not None
    attempts = second.index(f"<<<QUOTE attempts {boundary.group(1)}>>>")
    assert "I have a tiny balcony with a few pots." in second[attempts:]
    assert "Nice balcony! What grows well?" in second[attempts:]
    assert "Already covered in earlier attempts" in second and "size: how big it is" in second
    context = second.index(f"<<<QUOTE context {boundary.group(1)}>>>")
    assert context < second.index("Step `plot`"), "the person's background comes first"
    assert "profile preferences: direct, short" in second[context:attempts]
    assert "name: kim" in second[context:attempts]

    rows = await h.rows(
        "SELECT a.answer, a.missing_items FROM step_attempts a JOIN enrolments e"
        " ON e.id = a.enrolment_id JOIN platform_identities i ON i.user_id = e.user_id"
        " WHERE i.platform_user_id = 'kim' ORDER BY a.id"
    )
    assert [r["answer"] for r in rows] == [
        "I have a tiny balcony with a few pots.",
        "Basil does great.",
    ], "the meta-reply is no attempt"
    assert rows[1]["missing_items"] == ["failing"], "size stays covered"
    third = fake.requests[2].user_text()
    assert "Basil does great." in third


def test_the_tool_schema_puts_the_judgement_first_and_reply_last() -> None:
    names = list(JUDGEMENT_SCHEMA["properties"])
    assert names[0] == "meta_reply" and names[-1] == "reply"
    assert names.index("complete") < names.index("reply")
