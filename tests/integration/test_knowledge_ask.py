"""`ask <question>` in the console: answers from the starter knowledge base with sources,
says "I don't have material on that" otherwise, shows its passages, and exports them."""

from __future__ import annotations

import json

import pytest

from adapters.console import render
from engine.knowledge import add_documents, starter_documents
from tests.harness import START, Harness


@pytest.fixture
async def h(harness: Harness) -> Harness:
    async with harness.db.transaction() as conn:
        await add_documents(conn, starter_documents(), embedder=None, now=START)
    return harness


async def test_an_in_scope_question_is_answered_from_the_material_with_its_sources(
    h: Harness,
) -> None:
    ada = h.person("ada")
    replies = await ada.send("ask how do I handle a manager who micromanages me?")
    text = render(replies)
    body, _, sources = text.rpartition("\n\nSources: ")
    assert "Difficult conversations" in sources
    assert "manager" in body.lower()
    assert body.count(".") >= 2 and len(body) < 1200
    rows = await h.rows(
        "SELECT context_used FROM messages WHERE direction = 'out' AND context_used IS NOT NULL"
    )
    assert len(rows) == 1
    used = rows[0]["context_used"]
    assert isinstance(used, list) and used[0]["document"] == "Difficult conversations"
    assert {"chunk_id", "document", "section", "relevance"} <= used[0].keys()
    chunk = await h.scalar("SELECT text FROM kb_chunks WHERE id = %s", used[0]["chunk_id"])
    assert isinstance(chunk, str) and "micromanag" in chunk


async def test_an_out_of_scope_question_gets_no_invention(h: Harness) -> None:
    replies = await h.person("ada").send("ask what is the capital of France?")
    assert replies[0].text.startswith("I don't have material on that")
    assert "programs" in replies[0].text
    assert "Sources:" not in replies[0].text
    assert await h.scalar("SELECT count(*) FROM messages WHERE context_used IS NOT NULL") == 0


async def test_what_did_you_base_that_on_lists_the_passages_right_after_an_answer(
    h: Harness,
) -> None:
    ada = h.person("ada")
    await ada.send("ask how long does it take to form a habit?")
    explained = render(await ada.send("what did you base that on?"))
    assert explained.startswith("I based that on these passages:")
    assert "Habits and implementation intentions" in explained
    assert "66 days" in explained and "Source: Gollwitzer" in explained
    # Another message in between: the question no longer refers to a grounded answer.
    await ada.send("help")
    later = render(await ada.send("what did you base that on?"))
    assert later.startswith("My last message wasn't based on the knowledge base")


async def test_ask_works_in_the_middle_of_a_program_without_moving_it(h: Harness) -> None:
    ada = h.person("ada")
    await ada.send("start demo")
    before = await h.rows("SELECT current_week, current_step, step_attempt FROM enrolments")
    replies = await ada.send("ask what is a SMART goal?")
    assert "Sources: Goal frameworks" in render(replies)
    after = await h.rows("SELECT current_week, current_step, step_attempt FROM enrolments")
    assert after == before


async def test_an_answer_that_only_mentions_ask_stays_an_answer(h: Harness) -> None:
    ada = h.person("ada")
    await ada.send("start demo")  # a step waits: free text answers it
    replies = await ada.send("ask my manager for feedback")
    assert "Sources:" not in render(replies)
    assert await h.scalar("SELECT count(*) FROM messages WHERE context_used IS NOT NULL") == 0


async def test_the_export_includes_the_sources_each_answer_used(h: Harness) -> None:
    ada = h.person("ada")
    await ada.send("ask how can I give feedback with the SBI model?")
    replies = await ada.send("export my data")
    attachment = replies[0].attachment
    assert attachment is not None
    data = json.loads(attachment.content)
    [used] = data["sources_used"]
    assert used["message_id"] and used["context_used"][0]["document"].startswith("Giving and")
