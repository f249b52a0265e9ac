"""Scenario turns through the whole engine with an LLM configured: the real anthropic and
openai SDKs against the loopback fakes. One call per spoken turn (none for `hint`), the
persona card in every request, the code deciding the pass from the verdicts, each verdict
stored with model, prompt version, latency and the context the judge was given; a failing
LLM leaves the turn to the offline persona."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from engine.llm.anthropic import AnthropicCoach
from engine.llm.guard import GuardedCoach
from engine.llm.openai import OpenAICoach
from engine.ports import CoachUnavailable
from engine.programs.loader import load_program
from engine.programs.sync import sync_programs
from engine.scenarios import CriterionVerdict, build_judgement_request, prompt_version, start
from engine.scenarios.coach import coach_request
from engine.scenarios.offline import MODEL as OFFLINE_MODEL
from engine.scenarios.validation import builtin_scenarios
from engine.store.database import Database
from tests.fakes import anthropic_server, openai_server
from tests.fakes.anthropic_server import FakeAnthropic
from tests.fakes.openai_server import FakeOpenAI
from tests.harness import Harness, make_harness

# A program written for this test: two personas, the second scene with both of them.
PROGRAM = """
slug: rehearse-handover
title: "Rehearse a handover"
persona: "A calm practice partner."
weeks:
  - title: "Handing over a project"
    unlock: {after_previous: false}
    steps:
      - key: handover
        type: scenario
        prompt: "Let's rehearse handing your project to Ines. Type `hint` any time."
        personas:
          - key: ines
            name: Ines
            role: Colleague taking over the project
            background: "Joins from another team, has never used the billing service."
            traits: {cautious: 8, curious: 6}
            goals: ["not inherit hidden problems"]
            hidden_facts: ["she is also covering a second project until March"]
            resistance: "Stays unsure until the person names the riskiest open issue."
          - key: bruno
            name: Bruno
            role: Team lead
            traits: {impatient: 7}
            goals: ["a handover done by Friday"]
            resistance: "Wants a date before anything else."
        scenes:
          - key: risks
            title: Naming the risks
            objective: "Name the riskiest open issue and what it affects."
            criteria:
              - {key: issue, check: "names one specific open issue", keywords: [issue, bug, outage]}
              - key: effect
                check: "says what it affects"
                weight: 2
                keywords: [invoice, customers]
            success_threshold: 1.0
            max_attempts: 4
            hint_after: 3
            hints: ["Pick the one issue you would worry about on holiday."]
            persona_instructions: "Ask what could go wrong first."
          - key: date
            title: Agreeing the date
            objective: "Agree the day the handover is complete."
            with: [ines, bruno]
            criteria:
              - {key: day, check: "names a day for the handover", keywords: [friday, monday]}
            max_attempts: 2
            persona_instructions: "Bruno presses for a date; Ines asks for a buffer."
"""

SAID_ISSUE = "The open issue is the retry bug in the billing job."
SAID_EFFECT = "If it fires twice, customers get two invoices."


def verdict(reply: str, speaker: str = "ines", **met: str) -> dict[str, Any]:
    keys = ("issue", "effect")
    return {
        "criteria": {k: {"met": k in met, "quote": met.get(k, "")} for k in keys},
        "note": "judged",
        "speaker": speaker,
        "reply": reply,
    }


async def _harness(pg_url: str, tmp_path: Path, coach: Any, program: str = PROGRAM) -> Harness:
    path = tmp_path / "handover.yaml"
    path.write_text(program, encoding="utf-8")
    harness = await make_harness(pg_url, coach=coach)
    async with harness.db.transaction() as conn:
        await sync_programs(conn, [load_program(path)])
    return harness


async def _close(db: Database, coach: Any) -> None:
    await db.close()
    await coach.aclose()


@pytest.fixture
async def fake_anthropic() -> AsyncIterator[FakeAnthropic]:
    async with FakeAnthropic(min_cacheable_tokens=200) as server:
        yield server


async def _verdict_rows(h: Harness) -> list[dict[str, Any]]:
    rows = await h.rows("SELECT scene_key, turns, criteria, passed FROM scene_progress ORDER BY id")
    return [dict(r) for r in rows]


async def test_anthropic_plays_and_judges_each_turn_in_one_call_with_the_persona_card(
    pg_url: str, tmp_path: Path, fake_anthropic: FakeAnthropic
) -> None:
    coach = AnthropicCoach(api_key="sk-test", base_url=fake_anthropic.base_url, timeout=2.0)
    h = await _harness(pg_url, tmp_path, coach)
    try:
        person = h.person("noor")
        await person.send("start rehearse-handover")
        assert fake_anthropic.requests == []  # starting needs no call
        fake_anthropic.script(
            # credits a quote the person never wrote: the code must not count it
            anthropic_server.Scripted.tool(
                verdict("What worries you most?", issue="the retry bug", effect="it is fine")
            ),
            anthropic_server.Scripted.tool(
                verdict("Two invoices? That's bad.", issue="the retry bug", effect="two invoices")
            ),
        )
        first = " ".join(r.text for r in await person.send(SAID_ISSUE))
        assert "What worries you most?" in first and "Naming the risks" not in first
        await person.send("hint")
        passed = " ".join(r.text for r in await person.send(SAID_EFFECT))
        assert "Two invoices? That's bad." in passed and "Agreeing the date" in passed

        assert len(fake_anthropic.requests) == 2  # one per spoken turn, none for `hint`
        for recorded in fake_anthropic.requests:
            system = " ".join(b["text"] for b in recorded.body["system"])
            assert "Resistance: Stays unsure until the person names the riskiest" in system
            assert "she is also covering a second project until March" in system
            assert "Ask what could go wrong first." in recorded.user_text()
            [tool] = recorded.body["tools"]
            assert set(tool["input_schema"]["properties"]["criteria"]["properties"]) == {
                "issue",
                "effect",
            }
        assert SAID_EFFECT in fake_anthropic.requests[1].user_text()
        assert SAID_ISSUE in fake_anthropic.requests[1].user_text()  # the scene so far

        [risks, _date] = await _verdict_rows(h)
        assert risks["passed"]
        assert {k: v["quote"] for k, v in risks["criteria"].items()} == {
            "issue": "the retry bug",
            "effect": "two invoices",
        }
        assert [t["met"] for t in risks["turns"]] == [["issue"], ["effect"]]
        for turn in risks["turns"]:
            assert turn["model"] == coach.model
            assert turn["prompt_version"] == prompt_version()
            assert turn["latency_ms"] is not None
            assert turn["context"]["personas"] == ["ines"]
        assert risks["turns"][1]["context"]["already_met"] == ["issue"]
        replies = await h.rows(
            "SELECT text, llm_model, latency_ms FROM messages"
            " WHERE direction = 'out' AND llm_model IS NOT NULL ORDER BY id"
        )
        assert [r["llm_model"] for r in replies] == [coach.model, coach.model]
        assert "What worries you most?" in str(replies[0]["text"])
    finally:
        await _close(h.db, coach)


async def test_both_personas_of_a_scene_are_sent_and_the_judge_picks_the_speaker(
    pg_url: str, tmp_path: Path, fake_openai: FakeOpenAI
) -> None:
    coach = OpenAICoach(api_key="sk-test", model="gpt-5-mini", base_url=fake_openai.base_url)
    h = await _harness(pg_url, tmp_path, coach)
    try:
        person = h.person("ravi")
        await person.send("start rehearse-handover")
        fake_openai.script(
            openai_server.Scripted(verdict("Noted.", issue="retry bug", effect="two invoices")),
            openai_server.Scripted(
                {
                    "criteria": {"day": {"met": True, "quote": "by Friday"}},
                    "note": "a day",
                    "speaker": "bruno",
                    "reply": "Friday it is.",
                }
            ),
        )
        await person.send("The retry bug means two invoices for some customers.")
        done = " ".join(r.text for r in await person.send("I'll finish it by Friday."))
        assert "*Bruno:* Friday it is." in done

        assert len(fake_openai.requests) == 2
        second = fake_openai.requests[1].body
        system, user = second["messages"][0]["content"], second["messages"][1]["content"]
        assert "## Ines (ines)" in system and "## Bruno (bruno)" in system
        assert "Bruno presses for a date" in user
        schema = second["tools"][0]["function"]["parameters"]
        assert schema["properties"]["speaker"]["enum"] == ["ines", "bruno"]
        rows = await _verdict_rows(h)
        assert [r["passed"] for r in rows] == [True, True]
        assert {t["model"] for r in rows for t in r["turns"]} == {"gpt-5-mini"}
        assert rows[1]["turns"][0]["context"]["personas"] == ["ines", "bruno"]
        assert await h.scalar("SELECT status FROM enrolments") == "completed"
    finally:
        await _close(h.db, coach)


async def test_a_failing_llm_leaves_the_turn_to_the_offline_persona(
    pg_url: str, tmp_path: Path, fake_anthropic: FakeAnthropic
) -> None:
    coach = AnthropicCoach(
        api_key="sk-test", base_url=fake_anthropic.base_url, timeout=2.0, max_retries=0
    )
    h = await _harness(pg_url, tmp_path, coach)
    try:
        person = h.person("ola")
        await person.send("start rehearse-handover")
        fake_anthropic.script(anthropic_server.Scripted.server_error())
        replies = await person.send(SAID_ISSUE)
        assert any("*Ines:*" in r.text for r in replies)  # the persona still answers
        [risks] = await _verdict_rows(h)
        assert risks["turns"][0]["model"] == OFFLINE_MODEL
        assert risks["turns"][0]["latency_ms"] is None
        assert list(risks["criteria"]) == ["issue"]  # judged by the keywords
        [attempt] = await h.rows("SELECT llm_error FROM step_attempts WHERE step_key = 'handover'")
        assert attempt["llm_error"] and "500" in str(attempt["llm_error"])
    finally:
        await _close(h.db, coach)


async def test_replaying_a_transcript_with_the_offline_persona_gives_the_same_scores(
    pg_url: str, tmp_path: Path, fake_anthropic: FakeAnthropic
) -> None:
    # One person with the LLM down for good (a rejected key opens the breaker), two with
    # no LLM at all: the same lines give the same scores, criteria, quotes and replies.
    inner = AnthropicCoach(api_key="sk-rejected", base_url=fake_anthropic.base_url, timeout=2.0)
    coach = GuardedCoach(inner)
    fake_anthropic.script(*[anthropic_server.Scripted.error(401)] * 8)
    lines = [
        "Hello, about the handover.",
        SAID_ISSUE,
        "Customers would get two invoices.",
        "Monday works.",
    ]
    transcripts = []
    for user, llm in (("a", coach), ("b", None), ("c", None)):
        h = await _harness(pg_url, tmp_path, llm)
        try:
            person = h.person(user)
            said = [r.text for r in await person.send("start rehearse-handover")]
            for line in lines:
                said.extend(r.text for r in await person.send(line))
            rows = await h.rows(
                "SELECT s.scene_key, s.score, s.passed, s.forced, s.attempts, s.criteria"
                " FROM scene_progress s JOIN users u ON u.id = s.user_id"
                " WHERE u.display_name = %s ORDER BY s.id",
                user,
            )
            transcripts.append((said, [dict(r) for r in rows]))
        finally:
            await h.db.close()
    await coach.aclose()
    assert len(fake_anthropic.requests) == 1  # then the breaker is open: no more calls
    assert transcripts[0] == transcripts[1] == transcripts[2]
    assert transcripts[0][1][0]["passed"]


async def test_a_scenario_pins_its_own_model(
    pg_url: str, tmp_path: Path, fake_anthropic: FakeAnthropic
) -> None:
    pinned = PROGRAM.replace(
        "        type: scenario\n", "        type: scenario\n        model: claude-haiku-4-5\n"
    )
    coach = AnthropicCoach(api_key="sk-test", base_url=fake_anthropic.base_url, timeout=2.0)
    h = await _harness(pg_url, tmp_path, coach, pinned)
    try:
        person = h.person("mia")
        await person.send("start rehearse-handover")
        fake_anthropic.script(anthropic_server.Scripted.tool(verdict("Go on.")))
        await person.send("Let me walk you through it.")
        [recorded] = fake_anthropic.requests
        assert recorded.body["model"] == "claude-haiku-4-5" != coach.model
        # haiku 4.5 accepts forced tool use: the request follows that model's rules
        assert recorded.body["tool_choice"] == {"type": "tool", "name": "scenario_turn"}
        [risks] = await _verdict_rows(h)
        assert risks["turns"][0]["model"] == "claude-haiku-4-5"
    finally:
        await _close(h.db, coach)


async def test_json_schema_mode_and_an_answer_without_a_reply(fake_openai: FakeOpenAI) -> None:
    # Servers that constrain the whole message: the scene's schema as response_format; an
    # answer with no persona line is unusable (the turn's judge then asks the offline one).
    spec = builtin_scenarios()["realistic-workout-plan"]
    state = start(spec, datetime(2026, 12, 1, 9, tzinfo=UTC)).state
    request = coach_request(spec.key, build_judgement_request(spec, state, "You're right, Sam."))
    coach = OpenAICoach(
        api_key="sk-test", model="llama3.2", base_url=fake_openai.base_url, mode="json_schema"
    )
    said = {"acknowledge": {"met": True, "quote": "You're right"}}
    fake_openai.script(
        openai_server.Scripted({"criteria": said, "note": "n", "speaker": "sam", "reply": "Hm."}),
        openai_server.Scripted({"criteria": said, "note": "n", "speaker": "sam", "reply": " "}),
    )
    try:
        result = await coach.evaluate(request)
        with pytest.raises(CoachUnavailable):
            await coach.evaluate(request)
    finally:
        await coach.aclose()
    body = fake_openai.requests[0].body
    assert "tools" not in body
    assert body["response_format"]["json_schema"]["name"] == "scenario_turn"
    assert "## Sam (sam)" in body["messages"][0]["content"]
    assert result.scenario is not None and result.scenario.model == "llama3.2"
    assert result.scenario.verdict("acknowledge") == CriterionVerdict(
        "acknowledge", True, "You're right"
    )
    assert result.usage is not None and result.usage.provider == "openai"
