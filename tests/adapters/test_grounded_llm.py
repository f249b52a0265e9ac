"""Grounded turns with an LLM configured (real SDKs against the fake Anthropic and OpenAI
servers): `ask`, free text with no step waiting and a conversation step send the passages
found, delimited and with ids, in the turn's one call; the reply cites ids, and the
passages it cited are what `context_used` records."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any

import pytest

from adapters.console import render
from engine.knowledge import add_documents, read_file, starter_documents
from engine.llm.anthropic import AnthropicCoach
from engine.llm.openai import OpenAICoach
from engine.programs.loader import load_program
from engine.programs.sync import sync_programs
from tests.fakes.anthropic_server import FakeAnthropic
from tests.fakes.openai_server import FakeOpenAI
from tests.harness import START, Harness, make_harness
from tests.integration.test_conversation_step import DOC, PROGRAM

PASSAGE = re.compile(r'<passage id="(\d+)" source="([^"]*)">')
Sent = list[str]


def judgement(turn_text: str) -> dict[str, Any]:
    """Cites the last passage sent (not the first: the test sees the choice is honoured)."""
    ids = PASSAGE.findall(turn_text)
    return {
        "reply": "From what I have: name the worry, then propose a short trial.",
        "complete": False,
        "missing": [],
        "sources": [ids[-1][0]] if ids else [],
    }


async def _coach(stack: AsyncExitStack, provider: str, sent: Sent) -> Any:
    if provider == "openai":

        def openai_answer(body: dict[str, Any]) -> dict[str, Any]:
            sent.append(body["messages"][-1]["content"])
            return judgement(sent[-1])

        fake_o = await stack.enter_async_context(FakeOpenAI(openai_answer))
        return OpenAICoach(api_key="sk-test", model="llama3.2", base_url=fake_o.base_url)

    def anthropic_answer(body: dict[str, Any]) -> dict[str, Any]:
        sent.append(body["messages"][0]["content"][0]["text"])
        return judgement(sent[-1])

    fake_a = await stack.enter_async_context(FakeAnthropic(anthropic_answer))
    return AnthropicCoach(api_key="sk-ant-test", base_url=fake_a.base_url)


@pytest.fixture(params=["anthropic", "openai"])
async def setup(
    request: pytest.FixtureRequest, pg_url: str, tmp_path: Path
) -> AsyncIterator[tuple[Harness, Sent]]:
    sent: Sent = []
    async with AsyncExitStack() as stack:
        coach = await _coach(stack, request.param, sent)
        stack.push_async_callback(coach.aclose)
        harness = await make_harness(pg_url, coach=coach)
        stack.push_async_callback(harness.db.close)
        (tmp_path / "flex.yaml").write_text(PROGRAM, encoding="utf-8")
        (tmp_path / "flexible.md").write_text(DOC, encoding="utf-8")
        async with harness.db.transaction() as conn:
            await sync_programs(conn, [load_program(tmp_path / "flex.yaml")])
            docs = [*starter_documents(), *read_file(tmp_path / "flexible.md")]
            await add_documents(conn, docs, embedder=None, now=START)
        yield harness, sent


async def _recorded(h: Harness) -> list[Any]:
    rows = await h.rows(
        "SELECT context_used FROM messages WHERE direction = 'out' AND context_used IS NOT NULL"
        " ORDER BY id"
    )
    return [r["context_used"] for r in rows]


async def test_ask_sends_the_passages_and_records_the_one_the_answer_cited(
    setup: tuple[Harness, Sent],
) -> None:
    h, sent = setup
    reply = render(await h.person().send("ask how do I ask my lead for flexible hours?"))
    [text] = sent
    passages = PASSAGE.findall(text)
    assert passages and any(t.startswith("Asking for flexible work") for _, t in passages)
    assert "propose a trial period" in text  # the passage's own text travels in the call
    cited_id, cited_source = passages[-1]
    assert "name the worry" in reply
    assert f"Sources: {cited_source.split(' — ')[0]}" in reply
    [used] = await _recorded(h)
    assert [u["chunk_id"] for u in used] == [int(cited_id)]


async def test_free_text_with_no_program_is_a_grounded_question(
    setup: tuple[Harness, Sent],
) -> None:
    h, sent = setup
    reply = render(await h.person("zoe").send("How do I give feedback to a colleague?"))
    assert len(sent) == 1 and PASSAGE.search(sent[0])
    assert "Sources:" in reply and "Which one would you like to start?" not in reply
    assert len(await _recorded(h)) == 1
    hello = render(await h.person("zoe").send("hello"))
    assert "Which one would you like to start?" in hello and len(sent) == 1


async def test_a_conversation_turn_carries_the_step_categories_passages_and_history(
    setup: tuple[Harness, Sent],
) -> None:
    h, sent = setup
    ida = h.person("ida")
    await ida.send("start flexible-hours")
    await ida.send("I am afraid my lead will think I'm not committed enough.")
    await ida.send("Maybe I could open by saying the results stay the same.")
    assert len(sent) == 2
    for text in sent:
        titles = {title for _, title in PASSAGE.findall(text)}
        assert titles and all(t.startswith("Asking for flexible work") for t in titles)
    assert "Objective: Name the worry" in sent[1]
    assert "The conversation so far" in sent[1] and "not committed enough" in sent[1]
    used = await _recorded(h)
    assert len(used) == 2
    assert all(u[0]["document"] == "Asking for flexible work" for u in used)
