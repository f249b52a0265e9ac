"""A grounded answer quotes only the passages that answer the question: with two
unrelated documents in the knowledge base, a question about one is answered from it
alone, cites it alone, and records only its passages."""

from __future__ import annotations

import pytest

from adapters.console import render
from engine.knowledge import Section, SourceDocument, add_documents
from tests.harness import START, Harness

COMPOST = SourceDocument(
    origin="test:compost",
    title="Composting at home",
    content_type="markdown",
    sections=(
        Section(
            ("Starting a compost heap",),
            "To start a compost heap at home, pick a shady corner of the garden with bare soil"
            " underneath. Mix green material such as vegetable peelings with brown material"
            " such as dry leaves and cardboard. Keep the heap as damp as a wrung-out sponge.",
        ),
        Section(
            ("Turning the heap",),
            "Turn the compost heap every few weeks to let air in, which speeds up the rotting."
            " A heap that smells bad usually needs more brown material and more air.",
        ),
    ),
)
RUNNING = SourceDocument(
    origin="test:running",
    title="Your first 5K",
    content_type="markdown",
    sections=(
        Section(
            ("Starting out",),
            "Start every run at home with five minutes of brisk walking to warm up. Run"
            " slowly enough to hold a conversation, three times a week, and add one minute"
            " of running each week. Rest days are when your legs get stronger.",
        ),
        Section(
            ("Shoes",),
            "Buy running shoes in the afternoon, when your feet are at their largest, and"
            " replace them every 500 to 800 kilometres.",
        ),
    ),
)


@pytest.fixture
async def h(harness: Harness) -> Harness:
    async with harness.db.transaction() as conn:
        await add_documents(conn, [COMPOST, RUNNING], embedder=None, now=START)
    return harness


@pytest.mark.parametrize(
    "question",
    ["how do I start a compost heap at home?", "how often should I turn the compost heap?"],
)
async def test_an_answer_quotes_and_cites_only_the_document_that_answers(
    h: Harness, question: str
) -> None:
    replies = await h.person("ada").send(f"ask {question}")
    body, _, sources = render(replies).rpartition("\n\nSources: ")
    assert sources == "Composting at home", render(replies)
    assert "compost" in body.casefold()
    for sentence in ("warm up", "brisk walking", "Rest days", "running shoes", "conversation"):
        assert sentence not in body, body
    used = await h.rows(
        "SELECT context_used FROM messages WHERE direction = 'out' AND context_used IS NOT NULL"
    )
    assert len(used) == 1
    documents = {item["document"] for item in used[0]["context_used"]}  # type: ignore[union-attr]
    assert documents == {"Composting at home"}


@pytest.mark.parametrize(
    "question",
    ["how do I start running?", "how do I start running at home?", "how do I warm up at home?"],
)
async def test_a_word_shared_with_the_other_document_does_not_mix_it_in(
    h: Harness, question: str
) -> None:
    replies = await h.person("bo").send(f"ask {question}")
    body, _, sources = render(replies).rpartition("\n\nSources: ")
    assert sources == "Your first 5K", render(replies)
    assert "compost" not in body.casefold() and "heap" not in body
