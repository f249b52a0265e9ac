"""The second QA round of "coaching that listens", through the console session on a
program written for these tests: a choice answered in a sentence, a count that is not a
scale answer, a role said mid-sentence and the time-zone offer, a goal edit before any
goal was drafted, and a title that names the book asked for."""

from __future__ import annotations

from pathlib import Path

import pytest

from adapters.console import ConsoleSession
from tests.harness import Harness, attempts, position, said, sync_program_text

PROGRAM = """
slug: lead-well
title: "Leading a small team"
persona: "A steady, practical coach."
weeks:
  - title: "Where you stand"
    unlock: {after_previous: false}
    steps:
      - key: about
        type: extract
        prompt: "Tell me who you are: your name, your job and the city you work in."
        fields:
          - {name: name, description: "What should I call you?"}
          - {name: job, description: "What's your job?"}
          - {name: city, description: "Which city do you work in?"}
          - {name: timezone, description: "Which time zone are you in?"}
      - key: role_kind
        type: choice
        prompt: "Which describes your work best right now?"
        options:
          - {label: "Individual contributor", value: ic, synonyms: [hands-on]}
          - {label: "Team lead", value: lead}
          - {label: "Manager of managers", value: mom, synonyms: [director]}
      - key: slots
        type: choice
        multiple: true
        prompt: "When can you make time for this?"
        options:
          - {label: "Mornings", value: am}
          - {label: "Evenings", value: pm}
          - {label: "Weekends", value: we}
      - key: steadiness
        type: scale
        prompt: "How steady do you feel when a meeting goes sideways?"
        min: 0
        max: 5
        low_label: "shaky"
        high_label: "rock steady"
      - key: reading
        type: question
        prompt: "Which book will you read this month, and why that one?"
        requires:
          - {key: book, label: "the book", keywords: [book, novel]}
          - {key: why, label: "why that one", keywords: [because, recommend, heard, learn]}
        max_attempts: 4
      - key: lead_goal
        type: smart_goal
        prompt: "What's one leadership goal for the next month?"
        max_attempts: 5
      - key: lead_checkin
        type: check_in
        prompt: "A quick check-in before we close the week."
"""


@pytest.fixture
async def lead(harness: Harness, tmp_path: Path) -> Harness:
    await sync_program_text(harness, tmp_path / "lead.yaml", PROGRAM)
    return harness


async def picked(h: Harness, step: str) -> list[object]:
    rows = await h.rows(
        "SELECT classification FROM step_attempts WHERE step_key = %s AND valid", step
    )
    return [r["classification"] for r in rows]


async def at_choice(h: Harness, user: str) -> ConsoleSession:
    session = h.person(user)
    await session.send("start lead-well")
    await session.send("I'm Rui, I've been a platform engineer at a bank for years, in Porto")
    assert await position(h) == (1, 1)
    return session


async def test_a_role_said_mid_sentence_fills_a_job_field_without_patterns(lead: Harness) -> None:
    await at_choice(lead, "rui")
    fields = await lead.rows("SELECT field, value FROM profile_fields ORDER BY field")
    assert {"field": "job", "value": "platform engineer"} in fields
    assert {"field": "name", "value": "Rui"} in fields


async def test_a_choice_in_a_sentence_is_taken_and_anything_else_is_replied_to(
    lead: Harness,
) -> None:
    session = await at_choice(lead, "mo")
    tries = await attempts(lead)
    reply = said(await session.send("Honestly it's complicated, I do a bit of everything"))
    assert "Please pick" not in reply and "closest" in reply
    for label in ("Individual contributor", "Team lead", "Manager of managers"):
        assert label in reply
    assert await position(lead) == (1, 1)
    complaint = said(await session.send("this is silly, I already told you"))
    assert complaint.startswith("Sorry") and "Team lead" in complaint
    assert await attempts(lead) == tries + 1, "a complaint is not an attempt"
    both = said(await session.send("both really"))
    assert "just one" in both and await position(lead) == (1, 1)
    await session.send("I'm an engineering lead, like I told you")
    assert await position(lead) == (1, 2)
    assert await picked(lead, "role_kind") == ["lead"]
    await session.send("weekends mostly, sometimes evenings")
    assert await picked(lead, "slots") == ["pm,we"]


@pytest.mark.parametrize(
    ("answer", "value"),
    [("the third one I think", "mom"), ("Manger of managers", "mom"), ("not the team lead", None)],
)
async def test_a_choice_named_loosely(lead: Harness, answer: str, value: str | None) -> None:
    session = await at_choice(lead, "lu")
    await session.send(answer)
    assert await picked(lead, "role_kind") == ([value] if value else [])


async def at_scale(h: Harness, user: str) -> ConsoleSession:
    session = await at_choice(h, user)
    await session.send("team lead")
    await session.send("mornings")
    assert await position(h) == (1, 3)
    return session


async def test_a_count_in_the_answer_is_not_the_scale_answer(lead: Harness) -> None:
    session = await at_scale(lead, "ty")
    for text in ("I could throw. 3 mugs broke in the kitchen", "we had 2 standups at 9am"):
        reply = said(await session.send(text))
        assert "number from 0 to 5" in reply, (text, reply)
        assert await position(lead) == (1, 3), text
    await session.send("I'd say a 4")
    rows = await lead.rows(
        "SELECT answer FROM step_attempts WHERE step_key = 'steadiness' AND valid"
    )
    assert rows == [{"answer": "4"}]
    assert await lead.rows("SELECT mood FROM check_ins") == []


async def at_reading(h: Harness, user: str) -> ConsoleSession:
    session = await at_scale(h, user)
    await session.send("drei")  # a number word in German is the answer
    assert await position(h) == (1, 4)
    return session


async def test_a_title_after_read_names_the_book(lead: Harness) -> None:
    session = await at_reading(lead, "vi")
    await session.send("I'm learning Italian at the moment, because of work")
    assert await position(lead) == (1, 4), "a language is not a book"
    await session.send("I'll read The Culture Map, since my boss swears by it")
    assert await position(lead) == (1, 5)


async def at_goal(h: Harness, user: str) -> ConsoleSession:
    session = await at_reading(h, user)
    await session.send("The book Radical Candor, because a friend recommended it")
    assert await position(h) == (1, 5)
    return session


async def test_a_goal_edit_before_any_draft_is_not_spent(lead: Harness) -> None:
    session = await at_goal(lead, "wu")
    tries = await attempts(lead)
    reply = said(await session.send("make it less ambitious"))
    assert reply.startswith("Let's draft it first") and "Keep it?" not in reply
    assert await attempts(lead) == tries and await position(lead) == (1, 5)
    await session.send("I want to give clearer feedback to my team")
    again = said(await session.send("can you make it easier?"))
    assert "Let's draft it first" in again and "feedback" in again
    assert await attempts(lead) == tries + 1
    final = said(
        await session.send(
            "I will hold a 30 minute 1:1 with each of my 4 reports every week for a month,"
            " because I want them to feel heard, and it's doable on Fridays"
        )
    )
    assert "Keep it? (yes / change it)" in final
    smaller = said(await session.send("make it less ambitious"))
    assert "15 minute" in smaller and "Keep it?" in smaller


async def test_check_in_numbers_that_count_something_are_not_the_mood(lead: Harness) -> None:
    session = await at_goal(lead, "xu")
    await session.send(
        "I will hold a 30 minute 1:1 with each of my 4 reports every week for a month,"
        " because I want them to feel heard, and it's doable on Fridays"
    )
    await session.send("yes")
    assert await position(lead) == (1, 6)
    reply = said(await session.send("2 kids kept me up"))
    assert "number from 1 to 10" in reply and await lead.rows("SELECT mood FROM check_ins") == []
    await session.send("slept 5 hours, so a 6")
    await session.send("20%")
    assert await lead.rows("SELECT mood, progress FROM check_ins") == [{"mood": 6, "progress": 20}]


async def test_the_zone_offer_takes_ok_and_a_no_asks_for_the_city(lead: Harness) -> None:
    for user, answer, zone in (
        ("ok1", "ok", "Europe/Lisbon"),
        ("ok2", "that's right", "Europe/Lisbon"),
    ):
        session = lead.person(user, timezone=None)
        await session.send("start lead-well")
        offer = said(await session.send("Ana here, a nurse at the city hospital, in Porto"))
        assert "Porto → Europe/Lisbon, right?" in offer, offer
        assert zone in said(await session.send(answer))
    session = lead.person("no1", timezone=None)
    await session.send("start lead-well")
    await session.send("Ana here, a nurse at the city hospital, in Porto")
    asked = said(await session.send("no"))
    assert "Which one are you in" in asked and "don't know that one" not in asked
    assert "Europe/Madrid" in said(await session.send("Madrid"))


async def test_onboarding_role_mid_sentence_ok_for_the_zone_and_no_name_from_another_field(
    harness: Harness,
) -> None:
    session = harness.person("sam", timezone=None)
    await session.send("start onboarding")
    asked = said(await session.send("Hey — backend dev at a bank in Porto, 7 years in"))
    assert "What should I call you?" in asked
    await session.send("no startup")
    fields = {
        str(r["field"]): r["value"]
        for r in await harness.rows("SELECT field, value FROM profile_fields")
    }
    assert fields.get("role") == "backend dev"
    assert "name" not in fields, "the startup stage is not a name"
    await session.send("Sam")
    reply = ""
    for answer in ("direct please", "ok"):
        reply = said(await session.send(answer))
    assert "Europe/Lisbon" in reply and "don't know that one" not in reply


@pytest.mark.parametrize("refusal", ["nah", "yeah", "meh"])
async def test_a_bare_nah_is_not_the_reason_it_matters(harness: Harness, refusal: str) -> None:
    """Played through the health built-in: "nah" at "why does it matter?" was thanked and
    stored as the reason."""
    session = harness.person("tomas")
    await session.send("start health-4-weeks")
    await session.send("like 3, the kids have been sick")
    await session.send("the second one")
    step = await harness.scalar("SELECT current_step FROM enrolments")
    reply = said(await session.send(refusal))
    assert await harness.scalar("SELECT current_step FROM enrolments") == step, reply
    assert f"“{refusal}”" not in reply
