"""A fresh install with no program synced: whatever a new person types is told that no
coaching program is available yet and how an admin loads one (the real CLI command), the
knowledge base still answers what it covers, the privacy commands still work, and the
operator's log says it once, without anything the person typed."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator

import pytest

from adapters.console import render
from engine.knowledge import add_documents, starter_documents
from engine.programs.loader import builtin_programs
from engine.programs.sync import sync_programs
from tests.harness import START, Harness, make_harness, said

INSTALL = "coachbot programs sync"


@pytest.fixture
async def empty(pg_url: str) -> AsyncIterator[Harness]:
    h = await make_harness(pg_url, builtins=False)
    yield h
    await h.db.close()


@pytest.mark.parametrize(
    "typed",
    ["Mia", "5", "hi", "I want to get better at giving feedback", "Hola, soy Mia", "ok"],
)
async def test_anything_typed_says_no_program_is_installed_and_how_to_load_one(
    empty: Harness, typed: str
) -> None:
    reply = said(await empty.person("mia").send(typed))
    assert "No coaching program is available yet" in reply, reply
    assert INSTALL in reply
    assert "I don't have material on that" not in reply
    assert "Type `programs`" not in reply  # it would list nothing


@pytest.mark.parametrize("command", ["programs", "start", "status", "next", "start career"])
async def test_program_commands_say_the_same_without_pointing_to_an_empty_list(
    empty: Harness, command: str
) -> None:
    reply = said(await empty.person("mia").send(command))
    assert INSTALL in reply, reply
    assert "Type `programs`" not in reply


async def test_a_question_the_knowledge_base_lacks_says_so_and_that_no_program_is_there(
    empty: Harness,
) -> None:
    mia = empty.person("mia")
    for question in ("what is the capital of France?", "ask how do I bake bread?"):
        reply = said(await mia.send(question))
        assert reply.startswith("I don't have material on that"), reply
        assert INSTALL in reply and "Type `programs`" not in reply


async def test_the_knowledge_base_still_answers_what_it_covers(empty: Harness) -> None:
    async with empty.db.transaction() as conn:
        await add_documents(conn, starter_documents(), embedder=None, now=START)
    text = render(await empty.person("mia").send("how long does it take to form a habit?"))
    assert "Sources: " in text and "Habits" in text, text


async def test_help_export_and_delete_still_work(empty: Harness) -> None:
    mia = empty.person("mia")
    await mia.send("Mia")
    assert "export my data" in said(await mia.send("help"))
    exported = await mia.send("export my data")
    assert exported[0].attachment is not None
    assert json.loads(exported[0].attachment.content)["messages"]
    assert "yes delete" in said(await mia.send("delete my data"))
    assert "deleted" in said(await mia.send("yes delete"))
    assert await empty.scalar("SELECT count(*) FROM messages") == 0


async def test_the_missing_programs_are_logged_once_without_what_was_typed(
    empty: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    mia, leo = empty.person("mia"), empty.person("leo")
    with caplog.at_level(logging.WARNING):
        for typed in ("Mia", "5", "hi", "what is the capital of France?"):
            await mia.send(typed)
        await leo.send("Leo")
    missing = [r for r in caplog.records if INSTALL in r.getMessage()]
    assert len(missing) == 1, caplog.text
    assert missing[0].levelno >= logging.WARNING
    for typed in ("Mia", "Leo", "France"):
        assert typed not in caplog.text


async def test_once_programs_are_synced_the_offer_lists_them(empty: Harness) -> None:
    mia = empty.person("mia")
    await mia.send("hi")
    async with empty.db.transaction() as conn:
        await sync_programs(conn, builtin_programs())
    reply = said(await mia.send("hi"))
    assert "Which one would you like to start?" in reply
    assert INSTALL not in reply
