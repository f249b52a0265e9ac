"""What is stored is what the person meant: one goal sentence they confirmed, takeaways
and actions apart, a yes with its detail — through the console session, on a program
written for these tests and on the built-ins."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from adapters.console import ConsoleSession
from engine.messages import Reply
from engine.store import privacy
from tests.harness import Harness, position, said, sync_program_text

PROGRAM = """
slug: garden-club
title: "Start a garden club"
persona: "A practical, friendly coach."
weeks:
  - title: "Seeds"
    unlock: {after_previous: false}
    steps:
      - key: organised_before
        type: yes_no
        prompt: "Have you ever organised a group activity?"
        on_yes: "That experience will help."
        on_no: "Then we'll start small."
      - key: club_goal
        type: smart_goal
        prompt: "What's your goal for the club?"
        max_attempts: 6
      - key: seeds_reflection
        type: reflection
        prompt: "Your takeaway from this week, and your next step?"
  - title: "Roots"
    unlock: {after_previous: true, days: 7}
    steps:
      - key: roots_reflection
        type: reflection
        prompt: "What did you notice this week, and what will you try?"
"""
SHOWN = re.compile(r"Here's your (?:new )?goal: (?P<goal>.+)\. Keep it\? \(yes / change it\)")


def shown_goal(replies: list[Reply]) -> str:
    found = SHOWN.search(said(replies))
    assert found, f"the goal sentence is shown for confirmation: {said(replies)!r}"
    return found.group("goal")


@pytest.fixture
async def garden(harness: Harness, tmp_path: Path) -> Harness:
    await sync_program_text(harness, tmp_path / "garden.yaml", PROGRAM)
    return harness


async def at_goal(h: Harness, user: str = "ines") -> ConsoleSession:
    session = h.person(user)
    await session.send("start garden-club")
    await session.send("no")
    assert await position(h) == (1, 1)
    return session


async def goals(h: Harness) -> list[dict[str, object]]:
    return await h.rows("SELECT description, status FROM goals ORDER BY id")


async def test_a_goal_told_over_several_attempts_is_shown_as_one_sentence_and_stored_on_yes(
    garden: Harness,
) -> None:
    session = await at_goal(garden)
    attempts = [
        "I want to start a garden club",
        "I'll run a planting morning for the neighbours",
        "at least 6 people, every Saturday until the end of May",
    ]
    for text in attempts:
        await session.send(text)
    explained = said(await session.send("what do you mean by measurable?"))
    assert "how much or how often" in explained and "Keep it?" not in explained
    replies = await session.send("because I want the street to know each other")
    goal = shown_goal(replies)
    assert await goals(garden) == [], "nothing is stored before the person says yes"
    assert "what do you mean" not in goal.casefold()
    assert goal != " ".join(attempts) and "\n" not in goal
    assert "planting morning" in goal and "6 people" in goal and "because" in goal

    saved = said(await session.send("Sim, perfeito"))
    assert goal in saved
    assert await goals(garden) == [{"description": goal, "status": "active"}]
    assert await position(garden) == (1, 2), "the step is done once the goal is kept"
    answers = await garden.rows(
        "SELECT answer FROM step_attempts WHERE step_key = 'club_goal' ORDER BY id"
    )
    expected = [*attempts, "because I want the street to know each other"]
    assert [a["answer"] for a in answers] == expected, "the question and the yes are no attempts"


async def test_change_it_takes_an_edit_and_the_edited_sentence_is_what_is_stored(
    garden: Harness,
) -> None:
    session = await at_goal(garden)
    first = shown_goal(
        await session.send(
            "I will walk the dog for 30 minutes every evening for the next 3 weeks, because"
            " I sleep better after it, and it's easy since he needs it anyway"
        )
    )
    assert "30 minutes" in first
    asked = said(await session.send("change it"))
    assert "what should it say" in asked.casefold()
    edited = shown_goal(await session.send("make it 45 minutes"))
    assert "45 minutes" in edited and "30 minutes" not in edited
    assert "walk the dog" in edited and "every evening" in edited
    again = shown_goal(await session.send("until the end of March instead"))  # a direct edit
    assert "end of March" in again and "next 3 weeks" not in again and "45 minutes" in again
    await session.send("yes")
    assert await goals(garden) == [{"description": again, "status": "active"}]


async def test_revise_goal_confirms_before_replacing_and_meta_or_cancel_never_replace(
    garden: Harness,
) -> None:
    session = await at_goal(garden)
    original = shown_goal(
        await session.send(
            "I will cycle to work 3 times a week for the next 2 months, because I want to"
            " feel fitter, and I can since the route is flat"
        )
    )
    await session.send("yes")

    opening = said(await session.send("revise goal"))
    assert original in opening
    explained = said(await session.send("what do you mean?"))
    assert original in explained
    await session.send("cancel")
    assert await goals(garden) == [{"description": original, "status": "active"}]

    await session.send("revise goal")
    assert "Keep it?" not in said(await session.send("I just told you"))
    proposed = shown_goal(await session.send("4 times a week"))
    assert "4 times a week" in proposed and "3 times" not in proposed
    assert await goals(garden) == [{"description": original, "status": "active"}]
    await session.send("keep the old one")
    assert await goals(garden) == [{"description": original, "status": "active"}]

    await session.send("revise goal")
    proposed = shown_goal(await session.send("4 times a week"))
    saved = said(await session.send("ok"))
    assert proposed in saved
    assert await goals(garden) == [
        {"description": original, "status": "revised"},
        {"description": proposed, "status": "active"},
    ]


async def test_a_yes_with_detail_keeps_the_detail(garden: Harness) -> None:
    session = garden.person("tomas")
    await session.send("start garden-club")
    replies = await session.send("yes, a beach clean-up with my running club last spring")
    assert "beach clean-up" in said(replies) and "That experience will help." in said(replies)
    (attempt,) = await garden.rows(
        "SELECT answer, classification, valid FROM step_attempts"
        " WHERE step_key = 'organised_before'"
    )
    assert attempt == {
        "answer": "yes, a beach clean-up with my running club last spring",
        "classification": "yes",
        "valid": True,
    }


async def _reflection(h: Harness, session: ConsoleSession) -> None:
    shown_goal(
        await session.send(
            "I will water the beds for 10 minutes every morning for 4 weeks, because the"
            " seedlings matter to me, and it's easy since I pass them on my way"
        )
    )
    await session.send("yes")
    assert await position(h) == (1, 2)


async def test_a_labelled_reflection_is_split_and_a_question_about_it_keeps_the_week_open(
    garden: Harness,
) -> None:
    session = await at_goal(garden)
    await _reflection(garden, session)
    explained = said(await session.send("what do you mean by takeaway?"))
    assert "takeaway" in explained.casefold() and "next step" in explained.casefold()
    assert await position(garden) == (1, 2), "the question does not close the week"
    assert await garden.scalar("SELECT count(*) FROM takeaways") == 0
    replies = await session.send(
        "Takeaway: people join when the first task is tiny. Action: print a sign-up sheet"
        " for the library board."
    )
    assert (
        "Noted — takeaway: people join when the first task is tiny; next step: print a"
        " sign-up sheet for the library board." in said(replies)
    )
    (row,) = await garden.rows("SELECT learnings, action_items FROM takeaways")
    assert row == {
        "learnings": ["people join when the first task is tiny"],
        "action_items": ["print a sign-up sheet for the library board"],
    }


@pytest.mark.parametrize(
    ("text", "takeaway", "action"),
    [
        (
            "Aprendi que as pessoas aparecem quando há café. Na próxima semana vou levar"
            " uma garrafa térmica.",
            "Aprendi que as pessoas aparecem quando há café",
            "Na próxima semana vou levar uma garrafa térmica",
        ),
        (
            "Lección: pedir ayuda funciona. Próximo paso: llamar a la vecina del 3º.",
            "pedir ayuda funciona",
            "llamar a la vecina del 3º",
        ),
        (
            "Mostly that rain kills the turnout, so next week I'll book the covered yard.",
            "Mostly that rain kills the turnout",
            "next week I'll book the covered yard",
        ),
    ],
)
async def test_reflections_in_other_languages_and_without_labels_are_split(
    garden: Harness, text: str, takeaway: str, action: str
) -> None:
    session = await at_goal(garden)
    await _reflection(garden, session)
    await session.send(text)
    (row,) = await garden.rows("SELECT learnings, action_items FROM takeaways")
    assert row == {"learnings": [takeaway], "action_items": [action]}


async def test_the_export_shows_the_goal_sentence_and_takeaways_apart_from_actions(
    garden: Harness,
) -> None:
    session = await at_goal(garden)
    await _reflection(garden, session)
    goal = str((await goals(garden))[0]["description"])
    await session.send("Learned: mornings are quieter. Next step: ask Rui to share the hose.")
    user_id = await garden.scalar("SELECT id FROM users")
    async with garden.db.transaction() as conn:
        data = await privacy.export_data(conn, int(str(user_id)))
    assert [g["description"] for g in data["goals"]] == [goal]
    assert data["goal"] == goal
    (week,) = data["takeaways"]
    assert week["learnings"] == ["mornings are quieter"]
    assert week["action_items"] == ["ask Rui to share the hose"]


async def test_the_demo_goal_is_confirmed_and_stored_as_shown(harness: Harness) -> None:
    session = harness.person("bea")
    await session.send("start demo")
    for text in ("Call me Bea", "6", "I want to stop scrolling in bed because I wake up tired"):
        await session.send(text)
    await session.send("2")
    assert await harness.scalar("SELECT current_step FROM enrolments") == 4, "at the yes/no"
    await session.send("not really")
    await session.send("phone out of the bedroom")
    goal = shown_goal(
        await session.send(
            "tonight and every night this week: phone charges in the hall from 22:00, because"
            " I want to wake up rested, and that's easy since the charger is already there"
        )
    )
    await session.send("yes")
    assert [g["description"] for g in await goals(harness)] == [goal]
    assert "phone" in goal.casefold() and "22:00" in goal
