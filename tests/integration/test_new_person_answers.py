"""A new person's everyday answers, through the console session: a time edit of the
drafted goal replaces the time it conflicts with, a bare number where a reflection is
asked for is asked about, and "what's my goal?" is answered wherever it is asked. Runs
on a program written for these tests and on the demo program."""

from __future__ import annotations

from pathlib import Path

import pytest

from adapters.console import ConsoleSession
from tests.harness import Harness, at_demo_mood, position, said, shown_goal, sync_program_text

PROGRAM = """
slug: reading-habit
title: "A reading habit"
persona: "A bookish, friendly coach."
weeks:
  - title: "First pages"
    unlock: {after_previous: false}
    steps:
      - key: reading_goal
        type: smart_goal
        prompt: "What's one small reading goal for the next two weeks?"
        max_attempts: 5
      - key: reading_reflection
        type: reflection
        prompt: "What did you notice this week, and what will you do next?"
        max_attempts: 3
"""


@pytest.fixture
async def reading(harness: Harness, tmp_path: Path) -> Harness:
    return await sync_program_text(harness, tmp_path / "reading.yaml", PROGRAM)


async def goals(h: Harness) -> list[str]:
    return [str(r["description"]) for r in await h.rows("SELECT description FROM goals")]


async def reflection_attempts(h: Harness) -> int:
    count = await h.scalar(
        "SELECT count(*) FROM step_attempts WHERE step_key = 'reading_reflection'"
    )
    return int(str(count))


async def drafted(h: Harness, user: str, goal: str) -> tuple[ConsoleSession, str]:
    session = h.person(user)
    await session.send("start reading-habit")
    reply = said(await session.send(goal))
    if "Keep it?" not in reply:  # asked whether it's doable
        reply = said(await session.send("it's easy, the book is on my nightstand"))
    return session, shown_goal(reply)


@pytest.mark.parametrize(
    ("goal", "gone"),
    [
        ("I'll read 10 pages every evening for 2 weeks because I miss novels", "evening"),
        (
            "I'll read 10 pages in the evenings three times a week for 2 weeks because I miss"
            " novels",
            "evening",
        ),
        ("I'll read 10 pages every night before bed for 2 weeks because I miss it", "bed"),
        ("I'll read 10 pages after lunch every day for 2 weeks because I miss novels", "lunch"),
        (
            "I'll read 10 pages twice a week in the evenings for 2 weeks because I miss novels",
            "evening",
        ),
    ],
)
async def test_every_morning_instead_replaces_the_time_of_day_it_conflicts_with(
    reading: Harness, goal: str, gone: str
) -> None:
    session, before = await drafted(reading, "ama", goal)
    assert gone in before, before
    after = shown_goal(said(await session.send("every morning instead")))
    assert "every morning" in after and gone not in after, after
    assert "10 pages" in after and "2 weeks" in after, "the rest of the goal stays"
    await session.send("yes")
    assert await goals(reading) == [after]


async def test_mornings_instead_of_every_night_before_bed_drops_the_bedtime(
    reading: Harness,
) -> None:
    session, before = await drafted(
        reading, "bea", "I'll read 10 pages every night before bed for 2 weeks because I miss it"
    )
    assert "before bed" in before, before
    after = shown_goal(said(await session.send("mornings instead")))
    assert "morning" in after and "night" not in after and "bed" not in after, after


async def test_evenings_instead_of_after_dinner_every_evening_says_it_once(
    reading: Harness,
) -> None:
    session, _ = await drafted(
        reading,
        "ben",
        "I'll read 10 pages after dinner every evening for 2 weeks because I miss it",
    )
    after = shown_goal(said(await session.send("mornings instead")))
    assert "in the mornings" in after and "evening" not in after and "dinner" not in after, after


async def test_twice_a_week_instead_of_every_night_keeps_it_at_night(reading: Harness) -> None:
    session, _ = await drafted(
        reading, "cas", "I'll read 10 pages every night for 2 weeks because I miss novels"
    )
    after = shown_goal(said(await session.send("twice a week instead")))
    assert "twice a week at night" in after and "nights" not in after, after


async def at_reflection(h: Harness, user: str) -> tuple[ConsoleSession, str]:
    session, goal = await drafted(
        h, user, "I'll read 10 pages every evening for 2 weeks because I miss novels"
    )
    saved = said(await session.send("yes"))
    assert "Saved" in saved and "What did you notice this week" in saved, saved
    return session, goal


@pytest.mark.parametrize("text", ["3", "ok 3", "#2", "5."])
async def test_a_bare_number_at_a_reflection_is_asked_about_not_taken_as_one(
    reading: Harness, text: str
) -> None:
    session, _ = await at_reflection(reading, "cai")
    reply = said(await session.send(text))
    assert "Noted" not in reply and "complete" not in reply, reply
    assert "takeaway" in reply.casefold() and "next step" in reply.casefold(), reply
    assert await reflection_attempts(reading) == 0 and await position(reading) == (1, 1)
    done = said(await session.send("I read more when the phone is away. Next: four chapters"))
    assert "Noted" in done, done
    rows = await reading.rows("SELECT learnings, action_items FROM takeaways")
    assert rows == [
        {"learnings": ["I read more when the phone is away"], "action_items": ["four chapters"]}
    ]


async def test_a_number_with_words_at_a_reflection_is_still_a_reflection(
    reading: Harness,
) -> None:
    session, _ = await at_reflection(reading, "dov")
    reply = said(await session.send("3 chapters felt easy, I'll try 4 next week"))
    assert "not sure what" not in reply, reply
    assert await reflection_attempts(reading) == 1


@pytest.mark.parametrize("ask", ["what's my goal?", "what was my goal again", "remind me my goal"])
async def test_whats_my_goal_at_a_reflection_shows_the_goal_and_keeps_the_step(
    reading: Harness, ask: str
) -> None:
    session, goal = await at_reflection(reading, "eli")
    reply = said(await session.send(ask))
    assert goal in reply and "Noted" not in reply, reply
    assert "What did you notice this week" in reply, "the step's question follows"
    assert await reflection_attempts(reading) == 0 and await position(reading) == (1, 1)
    assert await reading.scalar("SELECT count(*) FROM takeaways") == 0


async def test_whats_my_goal_before_one_is_set_says_so_and_keeps_the_step(
    harness: Harness,
) -> None:
    session = harness.person("fin")
    await session.send("start demo")
    reply = said(await session.send("what's my goal?"))
    assert "don't have a saved goal" in reply and "what should I call you?" in reply, reply
    assert await harness.scalar("SELECT count(*) FROM step_attempts") == 0
    named = said(await session.send("Fin"))
    assert "Thanks, Fin" in named, named


@pytest.mark.parametrize("text", ["Zoë 😊", "hey, it's Zoë 😊", "🙋 Zoë!"])
async def test_an_emoji_beside_the_name_is_not_part_of_the_name(
    harness: Harness, text: str
) -> None:
    session = harness.person("zoe")
    await session.send("start demo")
    reply = said(await session.send(text))
    assert "Thanks, Zoë!" in reply and "How are you feeling" in reply, reply
    assert await harness.scalar("SELECT value FROM profile_fields WHERE field = 'name'") == "Zoë"


async def question_attempts(h: Harness, key: str) -> int:
    count = await h.scalar("SELECT count(*) FROM step_attempts WHERE step_key = %s", key)
    return int(str(count))


@pytest.mark.parametrize(
    "ask", ["what are the options?", "any examples?", "such as?", "what would you suggest?"]
)
async def test_asking_for_examples_at_an_open_question_spends_no_attempt(
    harness: Harness, ask: str
) -> None:
    session = await at_demo_mood(harness, "gus")
    await session.send("6")
    for _ in range(3):  # more often than the step allows attempts
        reply = said(await session.send(ask))
        assert "Let's keep going" not in reply and "Thanks — that helps" not in reply, reply
    assert await question_attempts(harness, "on_your_mind") == 0
    assert await position(harness) == (1, 2)
    done = said(await session.send("I'd like to sleep earlier because I'm tired at work"))
    assert "What helps you most" in done, done
    rows = await harness.rows("SELECT answer FROM step_attempts WHERE step_key = 'on_your_mind'")
    assert rows == [{"answer": "I'd like to sleep earlier because I'm tired at work"}]


async def test_one_line_that_meets_two_criteria_is_quoted_once_in_the_feedback(
    harness: Harness,
) -> None:
    session = harness.person("hal")
    await session.send("start practice-conversations")
    assert "Hint:" in said(await session.send("hint"))
    reply = said(await session.send("I want a raise because I led the billing migration"))
    line = "“I want a raise because I led the billing migration”"
    assert "What worked:" in reply and reply.count(line) == 1, reply
    assert "states the request for a raise explicitly; gives a concrete reason" in reply, reply
    review = ""
    for _ in range(2):  # the two scenes left
        review = said(await session.send("end scene"))
    assert "Scenario review" in review and "hint(s)" not in review, review
    assert "Opening the conversation: 100%, 1 hint\n" in review, review


async def test_the_week_recap_quotes_the_answer_not_the_hesitation_before_it(
    harness: Harness,
) -> None:
    session = harness.person("ivy")
    await session.send("start demo")
    for text in ("Ivy", "6", "not sure tbh"):
        await session.send(text)
    for text in ("I'd like to sleep earlier because I'm tired at work", "2", "no"):
        await session.send(text)
    shown = said(await session.send("I'll be in bed by 22:30 tonight because I'm tired"))
    while "Keep it?" not in shown:
        shown = said(await session.send("it's easy, I just set an alarm"))
    await session.send("yes")
    recap = said(await session.send("I learned that small is fine. Next: phone in the kitchen"))
    assert "Your week in your own words" in recap, recap
    assert "“I'd like to sleep earlier because I'm tired at work”" in recap, recap
    assert "not sure" not in recap and " / " not in recap, recap


@pytest.mark.parametrize(
    "text",
    [
        "sleep i guess. actually no, stress",
        "sleep, no wait, stress",
        "moving more... on second thought managing stress",
        "eating well - scratch that, stress",
    ],
)
async def test_a_choice_changed_mid_message_takes_the_last_one(harness: Harness, text: str) -> None:
    session = harness.person("jo")
    await session.send("start health-4-weeks")
    await session.send("7")
    reply = said(await session.send(text))
    assert "Small daily practices" in reply and "which is closer" not in reply, reply
    rows = await harness.rows("SELECT answer FROM step_attempts WHERE step_key = 'focus_area'")
    assert len(rows) == 1, rows


async def test_hint_without_hints_fits_the_kind_of_step(harness: Harness) -> None:
    session = await at_demo_mood(harness, "kim")
    at_scale = said(await session.send("hint"))
    assert "own words" not in at_scale and "from 1 to 10" in at_scale, at_scale
    await session.send("6")
    await session.send("I'd like to sleep earlier because I'm tired at work")
    at_choice = said(await session.send("hint"))
    assert "own words" not in at_choice and "option" in at_choice, at_choice
    await session.send("2")
    at_yes_no = said(await session.send("hint"))
    assert "own words" not in at_yes_no and "yes or no" in at_yes_no, at_yes_no
    assert await position(harness) == (1, 4), "a hint answers nothing"


@pytest.mark.parametrize(
    ("text", "between"), [("7.5", "7 and 8"), ("about 6,5 I'd say", "6 and 7")]
)
async def test_a_decimal_on_a_scale_asks_which_whole_number_is_closer(
    harness: Harness, text: str, between: str
) -> None:
    session = await at_demo_mood(harness, "lea")
    reply = said(await session.send(text))
    assert f"is between {between} — which is closer?" in reply, reply
    assert await position(harness) == (1, 1)
    await session.send(between.split()[-1])  # the closer one, as a whole number
    assert await position(harness) == (1, 2)


async def test_after_switching_back_the_next_answer_goes_to_the_program_switched_to(
    harness: Harness,
) -> None:
    session = harness.person("oli")
    for text in ("start demo", "Oli", "4", "start onboarding", "sure"):
        await session.send(text)
    back = said(await session.send("switch demo"))
    assert "Back to *A taste of coaching*" in back and "one thing you'd like" in back, back
    reply = said(await session.send("I'd like to sleep earlier because I'm tired at work"))
    assert "paused" not in reply and "What helps you most" in reply, reply


@pytest.mark.parametrize("text", ["go back", "can we go back a step?", "previous question"])
async def test_going_back_is_answered_honestly_and_spends_no_attempt(
    harness: Harness, text: str
) -> None:
    session = harness.person("pam")
    for said_first in ("start demo", "Pam", "4"):
        await session.send(said_first)
    reply = said(await session.send(text))
    assert "can't go back" in reply and "one thing you'd like" in reply, reply
    assert "Thank you for that" not in reply and "Hint:" not in reply, reply
    assert await question_attempts(harness, "on_your_mind") == 0
    assert await position(harness) == (1, 2)


async def test_an_answer_to_the_next_profile_question_is_not_kept_as_the_one_asked(
    harness: Harness,
) -> None:
    session = harness.person("raj", timezone=None)
    await session.send("start onboarding")
    await session.send("hey! I'm Raj, a product designer. no startup")
    asked = said(await session.send("mid"))
    assert "Where are you based" in asked, asked
    reply = said(await session.send("direct pls, short msgs"))
    assert "based in direct" not in reply, reply
    rows = await harness.rows("SELECT field, value FROM profile_fields ORDER BY field")
    values = {str(r["field"]): str(r["value"]) for r in rows}
    assert values.get("location") != "direct pls, short msgs", values
    assert values.get("preferences") == "direct pls, short msgs", values


async def test_why_do_you_need_that_is_answered_before_the_question_again(
    harness: Harness,
) -> None:
    session = harness.person("sol", timezone=None)
    await session.send("start onboarding")
    asked = said(await session.send("hey! I'm Sol, a product designer. no startup"))
    assert "How experienced are you" in asked, asked
    reply = said(await session.send("why do you need that?"))
    assert "I ask so the coaching fits you" in reply and "How experienced" in reply, reply


@pytest.mark.parametrize("years", ["~4 yrs", "4 yrs in", "about 4 years"])
async def test_years_written_short_place_the_experience_level(harness: Harness, years: str) -> None:
    session = harness.person("tia", timezone=None)
    await session.send("start onboarding")
    reply = said(await session.send(f"hey! I'm Tia, a product designer, {years}. no startup"))
    assert "How experienced are you" not in reply, reply
    level = await harness.scalar(
        "SELECT value FROM profile_fields WHERE field = 'experience_level'"
    )
    assert level == "mid", reply


@pytest.mark.parametrize("text", ["👍", "ok", "hmm idk"])
async def test_a_reply_with_nothing_in_it_at_a_choice_is_not_thanked_for_detail(
    harness: Harness, text: str
) -> None:
    session = harness.person("una")
    for first in ("start demo", "Una", "5", "I'd like to stop doomscrolling because I sleep badly"):
        await session.send(first)
    reply = said(await session.send(text))
    assert "helps me picture it" not in reply and "Which of these comes closest" in reply, reply
    assert await position(harness) == (1, 3)


@pytest.mark.parametrize("text", ["maybe", "🤷", "kind of"])
async def test_a_hesitant_reply_to_a_yes_no_is_met_with_which_is_closer(
    harness: Harness, text: str
) -> None:
    session = harness.person("vic")
    for first in ("start demo", "Vic", "5", "I'd like to stop doomscrolling because I sleep badly"):
        await session.send(first)
    await session.send("2")
    reply = said(await session.send(text))
    assert "Not sure is fine — which is closer, yes or no?" in reply, reply
    assert await position(harness) == (1, 4)
    assert "already know what doesn't work" in said(await session.send("yes"))
