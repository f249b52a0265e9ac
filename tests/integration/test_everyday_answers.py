"""Everyday answers of new people, through the console session: a share of days
("4 nights out of 5") is no mood and no percentage, and a question about a topic the
knowledge base covers is answered from it. Runs on a program written for these tests
and on the built-in health program."""

from __future__ import annotations

from pathlib import Path

import pytest

from adapters.console import ConsoleSession
from engine.knowledge import add_documents, starter_documents
from tests.harness import START, Harness, said, shown_goal, sync_program_text

PROGRAM = """
slug: stretch-habit
title: "A stretching habit"
persona: "A calm physio."
weeks:
  - title: "Start"
    unlock: {after_previous: false}
    steps:
      - key: stretch_goal
        type: smart_goal
        prompt: "What's one small stretching goal for this month?"
        max_attempts: 5
      - key: stretch_check_in
        type: check_in
        prompt: "Check-in time."
        mood: true
        progress: true
      - key: stretch_reflection
        type: reflection
        prompt: "What did you learn, and what will you do next?"
"""

GOAL = "I'll stretch for 10 minutes every morning this month because my back is stiff"


@pytest.fixture
async def stretch(harness: Harness, tmp_path: Path) -> Harness:
    return await sync_program_text(harness, tmp_path / "stretch.yaml", PROGRAM)


async def at_check_in(h: Harness, user: str) -> ConsoleSession:
    session = h.person(user)
    await session.send("start stretch-habit")
    reply = said(await session.send(GOAL))
    if "Keep it?" not in reply:  # asked whether it's doable
        reply = said(await session.send("it's easy, ten minutes fits before breakfast"))
    shown_goal(reply)
    assert "How is your mood" in said(await session.send("yes"))
    return session


async def check_ins(h: Harness) -> list[tuple[object, object]]:
    rows = await h.rows("SELECT mood, progress FROM check_ins ORDER BY id")
    return [(r["mood"], r["progress"]) for r in rows]


@pytest.mark.parametrize(
    "text",
    [
        "pretty well actually, did it 4 nights out of 5",
        "did it 4 of 5 mornings",
        "4 out of 5 days",
    ],
)
async def test_a_share_of_days_is_not_stored_as_goal_progress(stretch: Harness, text: str) -> None:
    session = await at_check_in(stretch, "ivo")
    assert "how far along" in said(await session.send("6"))
    reply = said(await session.send(text))
    assert "how far along" in reply, reply
    assert await check_ins(stretch) == [], "nothing stored from a count of days"
    await session.send("80")
    assert await check_ins(stretch) == [(6, 80)]


@pytest.mark.parametrize("text", ["4 out of 5 days were good", "slept well 4 nights out of 5"])
async def test_a_share_of_days_is_not_stored_as_the_mood(stretch: Harness, text: str) -> None:
    session = await at_check_in(stretch, "una")
    reply = said(await session.send(text))
    assert "How is your mood" in reply and "how far along" not in reply, reply
    await session.send("7")
    await session.send("50")
    assert await check_ins(stretch) == [(7, 50)]


@pytest.fixture
async def library(harness: Harness) -> Harness:
    async with harness.db.transaction() as conn:
        await add_documents(conn, starter_documents(), embedder=None, now=START)
    return harness


@pytest.mark.parametrize(
    ("question", "source"),
    [
        ("ask how can I sleep better", "Stress and sleep: the basics"),
        ("ask how can I improve my sleep?", "Stress and sleep: the basics"),
        ("ask how do I make a habit stick?", "Habits and implementation intentions"),
        ("ask how do I get better at giving feedback", "Giving and receiving feedback"),
    ],
)
async def test_a_how_to_question_is_answered_from_the_document_on_its_topic(
    library: Harness, question: str, source: str
) -> None:
    session = library.person("eli")
    await session.send("start health-4-weeks")
    reply = said(await session.send(question))
    assert not reply.startswith("I don't have material"), reply
    sources = reply.rpartition("Sources: ")[2]
    assert sources.startswith(source), reply


async def test_a_how_to_question_off_the_topics_still_gets_no_invention(library: Harness) -> None:
    reply = said(await library.person("eli").send("ask how do I bake better bread"))
    assert reply.startswith("I don't have material on that"), reply


@pytest.mark.parametrize(
    ("text", "takeaway", "action"),
    [
        (
            "My takeaway is that I am more bored than I thought. Next I will write down"
            " three things I liked about my job before Friday.",
            "I am more bored than I thought",
            "I will write down three things I liked about my job before Friday",
        ),
        (
            "My main takeaway this week was that mornings are easier. My next step is to"
            " book a walk with Tom.",
            "mornings are easier",
            "book a walk with Tom",
        ),
        ("The biggest lesson: ask early. Action: call Rita", "ask early", "call Rita"),
    ],
)
async def test_a_reflection_that_names_its_takeaway_stores_what_it_says_not_the_label(
    stretch: Harness, text: str, takeaway: str, action: str
) -> None:
    session = await at_check_in(stretch, "ola")
    await session.send("7")
    assert "What did you learn" in said(await session.send("50"))
    reply = said(await session.send(text))
    assert f"takeaway: {takeaway}; next step: {action}" in reply, reply
    (row,) = await stretch.rows("SELECT learnings, action_items FROM takeaways")
    assert row == {"learnings": [takeaway], "action_items": [action]}


STRENGTHS = """
slug: team-strengths
title: "Your strengths at work"
persona: "A thoughtful career coach."
weeks:
  - title: "Strengths"
    unlock: {after_previous: false}
    steps:
      - key: own_strengths
        type: question
        prompt: "What are you good at? Name a strength and something that backs it up."
        requires:
          - key: strength
            label: "your strengths"
            keywords: [good at, strength, skill, talent]
          - key: evidence
            label: "some evidence for one of them"
            keywords: [said, told, feedback, example, colleague, ask me]
        max_attempts: 3
      - key: energy
        type: scale
        prompt: "How much energy does your work give you, from 1 to 10?"
        min: 1
        max: 10
"""


@pytest.fixture
async def strengths(harness: Harness, tmp_path: Path) -> Harness:
    return await sync_program_text(harness, tmp_path / "strengths.yaml", STRENGTHS)


@pytest.mark.parametrize(
    "text",
    [
        "I am good in explaining complicated data, for example my colleagues always ask me"
        " to explain the reports",
        "im great with people, my manager told me in my review",
    ],
)
async def test_a_strength_said_in_other_words_than_good_at_is_heard(
    strengths: Harness, text: str
) -> None:
    session = strengths.person("raj")
    await session.send("start team-strengths")
    reply = said(await session.send(text))
    assert "your strengths" not in reply, reply
    assert "How much energy" in reply, reply


async def test_not_being_good_at_anything_is_no_strength(strengths: Harness) -> None:
    session = strengths.person("sol")
    await session.send("start team-strengths")
    reply = said(await session.send("I'm not good at anything, my boss said so"))
    assert "How much energy" not in reply, reply
