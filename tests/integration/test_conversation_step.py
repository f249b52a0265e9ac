"""A conversation step in a program written for this test, in the console with the offline
coach: grounded turns restricted to the step's categories, the end (objective met, "I'm
done", max_turns), the summary in the person's words, the rating, and the export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from adapters.console import render
from engine.knowledge import add_documents, read_file, starter_documents
from engine.programs.loader import load_program
from engine.programs.sync import sync_programs
from engine.store import privacy
from tests.harness import START, Harness

PROGRAM = """
slug: flexible-hours
title: "Asking for flexible hours"
weeks:
  - title: "Getting ready"
    unlock: {after_previous: false}
    steps:
      - key: whats_in_the_way
        type: conversation
        prompt: "What makes asking your lead for flexible hours feel hard?"
        objective: "Name the worry and one way to open the conversation."
        knowledge: [negotiation]
        requires:
          - {key: worry, label: "The worry behind it", keywords: [afraid, worried, fear, scared]}
          - {key: opener, label: "A first sentence", keywords: [open, start, say, begin]}
        min_turns: 2
        max_turns: 4
      - key: after
        type: content
        prompt: "One last thing"
        body: "Well done for thinking it through."
"""

DOC = """---
title: Asking for flexible work
category: negotiation
source: "Written for this test"
---
# Asking for flexible work

## Naming the worry
Many people are afraid a request for flexible hours will look like a lack of commitment.
Saying the worry out loud to yourself first makes it smaller and easier to plan around.

## Opening the conversation
Open with what stays the same: the results your lead cares about. Then say what you
would like to change, and propose a trial period of a few weeks with a review date.
"""


@pytest.fixture
async def h(harness: Harness, tmp_path: Path) -> Harness:
    path = tmp_path / "flex.yaml"
    path.write_text(PROGRAM, encoding="utf-8")
    doc = tmp_path / "flexible.md"
    doc.write_text(DOC, encoding="utf-8")
    async with harness.db.transaction() as conn:
        await sync_programs(conn, [load_program(path)])
        await add_documents(conn, [*starter_documents(), *read_file(doc)], embedder=None, now=START)
    return harness


async def test_the_conversation_runs_to_its_end_shows_the_summary_and_stores_the_rating(
    h: Harness,
) -> None:
    ida = h.person("ida")
    opening = render(await ida.send("start flexible-hours"))
    assert "flexible hours feel hard" in opening

    first = render(await ida.send("I am afraid my lead will think I'm not committed enough."))
    assert "Asking for flexible work" in first  # drew on the step's category
    assert "Difficult conversations" not in first  # ... and only on it
    assert first.rstrip().endswith("?")  # one open follow-up question
    used = await h.rows(
        "SELECT context_used FROM messages WHERE direction = 'out' AND context_used IS NOT NULL"
    )
    [context] = [u["context_used"] for u in used]
    assert isinstance(context, list) and context[0]["document"] == "Asking for flexible work"

    end = render(
        await ida.send("I could open by saying the results stay the same and ask for a trial.")
    )
    assert "in your own words" in end
    assert "afraid my lead will think" in end  # the summary quotes the person
    assert "1 (not at all) to 5" in end
    [session] = await h.rows("SELECT turns, end_reason, rating, rated FROM conversation_sessions")
    assert session == {"turns": 2, "end_reason": "objective", "rating": None, "rated": False}

    thanks = render(await ida.send("4"))
    assert "4/5" in thanks and "Well done for thinking it through." in thanks
    [session] = await h.rows(
        "SELECT rating, rated, summary, context_used FROM conversation_sessions"
    )
    assert session["rating"] == 4 and session["rated"]
    assert isinstance(session["context_used"], list) and session["context_used"]

    user_id = await h.scalar("SELECT id FROM users")
    assert isinstance(user_id, int)
    async with h.db.transaction() as conn:
        exported = json.loads(privacy.export_json(await privacy.export_data(conn, user_id)))
    [conversation] = exported["conversations"]
    assert conversation["rating"] == 4 and "afraid my lead" in conversation["summary"]
    assert conversation["context_used"][0]["document"] == "Asking for flexible work"
    assert conversation["program"] == "flexible-hours"


async def test_saying_done_ends_it_before_min_turns_and_a_word_skips_the_rating(
    h: Harness,
) -> None:
    ole = h.person("ole")
    await ole.send("start flexible-hours")
    await ole.send("Honestly I keep putting it off because the timing never feels right.")
    end = render(await ole.send("ich bin fertig"))
    assert "in your own words" in end and "putting it off" in end
    skipped = render(await ole.send("maybe later"))
    assert "No rating" in skipped and "Well done" in skipped
    [session] = await h.rows("SELECT end_reason, rating, rated, turns FROM conversation_sessions")
    assert session == {"end_reason": "done", "rating": None, "rated": True, "turns": 2}
    assert await h.scalar("SELECT current_step FROM enrolments") == 1  # moved on


async def test_it_stops_at_max_turns_when_the_objective_is_never_met(h: Harness) -> None:
    una = h.person("una")
    await una.send("start flexible-hours")
    replies = []
    for text in (
        "It just feels awkward to bring up.",
        "My team is busy this quarter.",
        "There is a big launch coming.",
        "And my lead travels a lot.",
    ):
        replies.append(render(await una.send(text)))
    assert all("in your own words" not in r for r in replies[:3])
    assert "in your own words" in replies[3] and "1 (not at all) to 5" in replies[3]
    [session] = await h.rows("SELECT end_reason, turns FROM conversation_sessions")
    assert session == {"end_reason": "max_turns", "turns": 4}
    await una.send("5 out of 5")
    assert await h.scalar("SELECT rating FROM conversation_sessions") == 5


async def test_delete_my_data_removes_the_conversation(h: Harness) -> None:
    kai = h.person("kai")
    await kai.send("start flexible-hours")
    await kai.send("I'm scared they will say no.")
    await kai.send("that's all")
    assert await h.scalar("SELECT count(*) FROM conversation_sessions") == 1
    await kai.send("delete my data")
    await kai.send("confirm delete")
    assert await h.scalar("SELECT count(*) FROM conversation_sessions") == 0
