"""A bare number where it answers nothing, through the console session: at the goal's
"Keep it?" and after "change it" it is never merged into the goal, and a week that opens
by asking how last week's step went does not thank a bare number as news. Runs on a
program written for these tests and on the demo program."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from adapters.console import ConsoleSession
from tests.harness import Harness, position, said, shown_goal, sync_program_text

PROGRAM = """
slug: garden-plan
title: "A small garden"
persona: "A patient gardener."
weeks:
  - title: "Planting"
    unlock: {after_previous: false}
    steps:
      - key: garden_goal
        type: smart_goal
        prompt: "What's one small gardening goal for this month?"
        max_attempts: 5
      - key: planting_reflection
        type: reflection
        prompt: "What did you learn, and what will you do next?"
  - title: "Tending"
    unlock: {after_previous: true, days: 1}
    steps:
      - key: energy
        type: scale
        prompt: "How much energy do you have for the garden, from 1 to 5?"
        min: 1
        max: 5
      - key: next_task
        type: choice
        prompt: "Which job comes next?"
        options:
          - {label: "Watering", value: water}
          - {label: "Weeding", value: weed}
          - {label: "Sowing", value: sow}
"""

GOAL = "water the tomatoes every evening this month because I want a harvest"


@pytest.fixture
async def garden(harness: Harness, tmp_path: Path) -> Harness:
    return await sync_program_text(harness, tmp_path / "garden.yaml", PROGRAM)


async def goals(h: Harness) -> list[str]:
    return [str(r["description"]) for r in await h.rows("SELECT description FROM goals")]


async def at_keep_it(h: Harness, user: str) -> tuple[ConsoleSession, str]:
    """The goal drafted and shown: (the session, the sentence shown)."""
    session = h.person(user)
    await session.send("start garden-plan")
    shown = said(await session.send(f"I'll {GOAL}"))
    if "Keep it?" not in shown:  # asked whether it's doable
        shown = said(await session.send("it's easy, the hose is by the door"))
    sentence = shown_goal(shown)
    assert "tomatoes" in sentence
    return session, sentence


@pytest.mark.parametrize("text", ["3", "ok 3", "0", "yes 2", "12"])
async def test_a_bare_number_at_keep_it_is_asked_about_not_merged_into_the_goal(
    garden: Harness, text: str
) -> None:
    session, sentence = await at_keep_it(garden, "ana")
    replies = await session.send(text)
    reply = said(replies)
    assert " at 3" not in reply and " at 2" not in reply and " at 12" not in reply, reply
    assert "yes" in reply and "change" in reply, "the choice is offered again"
    assert sentence in reply, "the goal is shown as it was"
    assert [c.label for c in replies[-1].choices] == ["Keep it", "Change it"]
    assert await goals(garden) == [] and await position(garden) == (1, 0)
    saved = said(await session.send("yes"))
    assert "Saved" in saved
    assert await goals(garden) == [sentence]


@pytest.mark.parametrize("text", ["1", "1."])
async def test_the_first_numbered_option_at_keep_it_keeps_the_goal(
    garden: Harness, text: str
) -> None:
    session, sentence = await at_keep_it(garden, "al")
    assert "Saved" in said(await session.send(text))
    assert await goals(garden) == [sentence]


@pytest.mark.parametrize("text", ["2", "#2", "option 2"])
async def test_the_second_numbered_option_at_keep_it_asks_for_the_change(
    garden: Harness, text: str
) -> None:
    session, _ = await at_keep_it(garden, "am")
    assert "what should it say" in said(await session.send(text))
    assert await goals(garden) == [] and await position(garden) == (1, 0)


async def test_a_typed_option_reads_the_same_without_the_console_mapping_it(
    garden: Harness,
) -> None:
    session, _ = await at_keep_it(garden, "an")
    session.last_choices = None  # as on a platform where buttons are clicked, not numbered
    assert "what should it say" in said(await session.send("2"))


async def test_a_bare_number_after_change_it_asks_which_part_it_changes(garden: Harness) -> None:
    session, _ = await at_keep_it(garden, "bo")
    asked = said(await session.send("change it"))
    assert "what should it say" in asked
    reply = said(await session.send("3"))
    assert " at 3" not in reply and "Keep it?" not in reply, reply
    assert "3 times a week" in reply or "which part" in reply, reply
    edited = said(await session.send("every morning instead"))
    assert "Keep it?" in edited and "morning" in edited and " at 3" not in edited, edited
    await session.send("yes")
    saved = await goals(garden)
    assert len(saved) == 1 and "morning" in saved[0] and " at 3" not in saved[0]


async def test_an_edit_with_a_number_still_edits_the_goal(garden: Harness) -> None:
    session, _ = await at_keep_it(garden, "cy")
    edited = said(await session.send("make it 3 evenings a week"))
    assert "Keep it?" in edited and "3 evenings a week" in edited, edited


async def test_a_bare_number_at_the_demo_goal_keeps_the_goal_as_drafted(harness: Harness) -> None:
    session = harness.person("di")
    await session.send("start demo")
    for text in ("Sam", "6", "I'd like to sleep more because I'm tired", "2", "yes"):
        await session.send(text)
    shown = said(
        await session.send("I'll read 10 pages every evening this week because I enjoy it")
    )
    assert "Keep it?" in shown
    for text in ("3", "ok 3"):
        reply = said(await session.send(text))
        assert "at 3" not in reply and "Saved" not in reply, reply
    await session.send("keep it")
    saved = await goals(harness)
    assert len(saved) == 1 and "every evening" in saved[0] and "at 3" not in saved[0]


async def test_a_bare_number_at_a_revised_goal_is_asked_about(garden: Harness) -> None:
    session, sentence = await at_keep_it(garden, "ed")
    await session.send("yes")
    asked = said(await session.send("revise goal"))
    assert "goal" in asked.casefold()
    shown = said(await session.send("water the tomatoes every morning this month, for a harvest"))
    assert "Keep it?" in shown, shown
    reply = said(await session.send("3"))
    assert " at 3" not in reply and "Goal updated" not in reply, reply
    assert await goals(garden) == [sentence]


async def into_week_two(h: Harness, user: str) -> ConsoleSession:
    """Week 1 done with a next step planned, a day later week 2 opens asking how it went."""
    session, _ = await at_keep_it(h, user)
    await session.send("yes")
    await session.send("takeaway: roots need time. action: weed the beds on Saturday")
    h.clock.advance(timedelta(days=2))
    opened = said(await session.send("next"))
    assert "weed the beds on Saturday" in opened and "how did it go?" in opened, opened
    return session


async def follow_ups(h: Harness) -> list[object]:
    rows = await h.rows("SELECT answer FROM step_attempts WHERE step_key = 'follow_up'")
    return [r["answer"] for r in rows]


@pytest.mark.parametrize("text", ["3", "ok 3", "#2"])
async def test_a_bare_number_to_how_did_it_go_is_asked_about_not_thanked_as_news(
    garden: Harness, text: str
) -> None:
    session = await into_week_two(garden, "fa")
    reply = said(await session.send(text))
    assert "Thanks for telling me" not in reply and "worth knowing" not in reply, reply
    assert "weed the beds on Saturday" in reply and "`skip`" in reply, reply
    assert "from 1 to 5" not in reply, "the week's first question waits"
    assert await follow_ups(garden) == [] and await position(garden) == (2, 0)
    answered = said(await session.send("I weeded half of them"))
    assert "worth knowing" in answered and "from 1 to 5" in answered, answered
    assert await follow_ups(garden) == ["I weeded half of them"]
    scored = said(await session.send("3"))
    assert "3 out of 5" in scored and "Which job comes next?" in scored, scored
    picked = said(await session.send("3"))
    assert "Sowing" in picked, picked


async def test_skip_at_how_did_it_go_goes_on_to_the_week_without_skipping_its_step(
    garden: Harness,
) -> None:
    session = await into_week_two(garden, "gu")
    await session.send("3")
    reply = said(await session.send("skip"))
    assert "from 1 to 5" in reply and "Skipped" not in reply, reply
    assert await follow_ups(garden) == [] and await position(garden) == (2, 0)
    assert "3 out of 5" in said(await session.send("3"))


async def test_a_second_bare_number_goes_on_to_the_week_and_answers_its_first_question(
    garden: Harness,
) -> None:
    session = await into_week_two(garden, "ha")
    await session.send("4")
    reply = said(await session.send("4"))
    assert "worth knowing" not in reply and "from 1 to 5" in reply, reply
    assert await follow_ups(garden) == []
    assert "4 out of 5" in said(await session.send("4"))


async def test_a_bare_number_when_the_demo_week_two_opens_is_asked_about(
    harness: Harness,
) -> None:
    session = harness.person("io")
    await session.send("start demo")
    for text in ("Sam", "6", "I'd like to sleep more because I'm tired", "2", "yes"):
        await session.send(text)
    await session.send("I'll read 10 pages every evening this week because I enjoy it")
    await session.send("yes")
    await session.send("takeaway: small steps. action: read tonight")
    harness.clock.advance(timedelta(days=2))
    assert "how did it go?" in said(await session.send("next"))
    reply = said(await session.send("3"))
    assert "worth knowing" not in reply and "read tonight" in reply, reply
    assert "mood" not in reply


async def test_a_bare_number_while_week_two_is_locked_is_not_thanked_as_news(
    garden: Harness,
) -> None:
    session, _ = await at_keep_it(garden, "ju")
    await session.send("yes")
    await session.send("takeaway: roots need time. action: weed the beds on Saturday")
    reply = said(await session.send("3"))
    assert "Week 2 opens" in reply and "Thanks for telling me" not in reply, reply
    news = said(await session.send("I already weeded one bed"))
    assert "Thanks for telling me how it's going" in news, "news is still thanked"


async def attempts(h: Harness) -> int:
    return len(await h.rows("SELECT id FROM step_attempts WHERE step_key = 'garden_goal'"))


async def test_a_bare_number_before_the_draft_is_asked_about_and_uses_no_attempt(
    garden: Harness,
) -> None:
    session = garden.person("ka")
    await session.send("start garden-plan")
    asked = said(await session.send("3"))
    assert "3 times a week" in asked, asked
    assert await attempts(garden) == 0
    realistic = said(await session.send(f"I'll {GOAL}"))
    assert "realistic" in realistic, "the goal says nothing yet about why it's doable"
    again = said(await session.send("2"))
    assert "realistic" in again and "not sure" in again, again
    assert await attempts(garden) == 1
    shown = said(await session.send("yes"))
    assert "Keep it?" in shown and " 2" not in shown, shown


async def test_a_bare_number_once_the_week_has_unlocked_opens_it_without_thanks(
    garden: Harness,
) -> None:
    session, _ = await at_keep_it(garden, "lu")
    await session.send("yes")
    await session.send("takeaway: roots need time. action: weed the beds on Saturday")
    garden.clock.advance(timedelta(days=2))  # "Week 2 is open — type `next`" was sent
    reply = said(await session.send("3"))
    assert "Thanks for telling me" not in reply, reply
    assert "Week 2 of 2" in reply and "how did it go?" in reply, reply
    assert await follow_ups(garden) == []
