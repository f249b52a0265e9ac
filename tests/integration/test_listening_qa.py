"""What a QA run of "coaching that listens" found, each through the console session on a
program written for these tests: a question about the question at every step type, goal
edits asked for in words, goals told in fragments, generous `requires` keywords, the
week's summary, a scale that is not a mood, and a name and a place said in one sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from adapters.console import ConsoleSession
from tests.harness import Harness, attempts, position, said, sync_program_text

PROGRAM = """
slug: choir-start
title: "Join a community choir"
persona: "A warm choir leader."
weeks:
  - title: "Finding your voice"
    unlock: {after_previous: false}
    steps:
      - key: about_you
        type: extract
        prompt: "Before we sing: what's your name, and which town are you in?"
        fields:
          - {name: name, description: "your first name"}
          - {name: town, description: "the town you live in"}
      - key: voice_part
        type: choice
        prompt: "Which part would you like to try first?"
        options:
          - {label: "Soprano", value: soprano, synonyms: [high, top line]}
          - {label: "Alto", value: alto, synonyms: [low female, harmony]}
          - {label: "Tenor", value: tenor, synonyms: [high male]}
          - {label: "Bass", value: bass, synonyms: [lowest, deep]}
      - key: stage_fright
        type: scale
        prompt: "How shy do you feel about singing in front of others?"
        min: 0
        max: 6
        low_label: "not shy at all"
        high_label: "I'd rather hide"
      - key: sang_before
        type: yes_no
        prompt: "Have you sung in a group before?"
        on_yes: "Good — you know the feeling of a chord landing."
        on_no: "Lovely place to start from."
      - key: breathing_note
        type: content
        prompt: "A note on breathing before your first rehearsal."
        body: "Breathe low into your belly, and let the out-breath carry the note."
      - key: song_why
        type: question
        prompt: "Which song would you love to sing, and why does it mean something to you?"
        requires:
          - {key: song, label: "the song", keywords: [song, sing, hymn, anthem, ballad, tune]}
          - key: why
            label: "why it means something to you"
            keywords: [song, sing, because, memory, mum, dad, wedding]
        max_attempts: 4
      - key: choir_goal
        type: smart_goal
        prompt: "What's your singing goal for the next month?"
        max_attempts: 5
      - key: choir_checkin
        type: check_in
        prompt: "A quick check-in before we close the week."
      - key: choir_reflection
        type: reflection
        prompt: "What did you notice about your voice this week, and what will you try next?"
      - key: choir_talk
        type: conversation
        prompt: "What would make the first rehearsal feel easier?"
        objective: "Name one thing that would make the first rehearsal easier."
        requires:
          - key: easier
            label: "what would make it easier"
            keywords: [friend, early, back row, practice]
        min_turns: 1
        max_turns: 3
  - title: "Rehearsal"
    unlock: {after_previous: true, days: 7}
    steps:
      - key: rehearsal_reflection
        type: reflection
        prompt: "How was the rehearsal, and what's next?"
"""


@pytest.fixture
async def choir(harness: Harness, tmp_path: Path) -> Harness:
    await sync_program_text(harness, tmp_path / "choir.yaml", PROGRAM)
    return harness


async def asked_twice_is_explained(
    h: Harness, session: ConsoleSession, metas: list[str], expected: list[str]
) -> None:
    """Each meta-reply is answered with an explanation; nothing moves, nothing is recorded."""
    where, tries = await position(h), await attempts(h)
    for meta in metas:
        reply = said(await session.send(meta))
        for part in expected:
            assert part.casefold() in reply.casefold(), (meta, part, reply)
        assert await position(h) == where, f"{meta!r} moved the program on"
        assert await attempts(h) == tries, f"{meta!r} was recorded as an attempt"


async def test_a_question_about_the_question_is_explained_at_every_step_type(
    choir: Harness,
) -> None:
    session = choir.person("ana")
    await session.send("start choir-start")
    # extract: a meta-reply neither fills a field nor counts as asking again
    for meta in ("what do you mean?", "huh?", "como assim?"):
        reply = said(await session.send(meta))
        assert "name" in reply.casefold()
    assert await position(choir) == (1, 0)
    assert await choir.rows("SELECT field, value FROM profile_fields") == []
    await session.send("I'm Ana, in Bristol")
    fields = await choir.rows("SELECT field, value FROM profile_fields ORDER BY field")
    assert fields == [{"field": "name", "value": "Ana"}, {"field": "town", "value": "Bristol"}]
    assert await position(choir) == (1, 1)

    await asked_twice_is_explained(
        choir,
        session,
        ["what do you mean?", "why are you asking?", "¿qué quieres decir?"],
        ["Soprano", "Alto", "Tenor", "Bass", "high male", "number"],
    )
    await session.send("alto")
    await asked_twice_is_explained(
        choir,
        session,
        ["huh?", "what do the numbers mean?", "was meinst du?"],
        ["0 means not shy at all", "6 means I'd rather hide"],
    )
    reply = said(await session.send("4"))
    assert "rather hide" in reply and "mood" not in reply.casefold()
    assert await choir.rows("SELECT mood FROM check_ins") == [], "shyness is not a mood"
    await asked_twice_is_explained(
        choir, session, ["I already said", "what do you mean?"], ["sung in a group", "yes or a no"]
    )
    await session.send("no")
    await asked_twice_is_explained(
        choir, session, ["what is this?", "je ne comprends pas"], ["nothing to answer", "continue"]
    )
    await session.send("continue")
    await asked_twice_is_explained(
        choir, session, ["what do you mean?", "huh?"], ["the song", "why it means something"]
    )
    await session.send("The song Ode to Joy, because my mum sang it at her wedding")
    assert await position(choir) == (1, 6)
    await asked_twice_is_explained(
        choir, session, ["what do you mean?", "wdym"], ["how much or how often"]
    )


async def at_goal(h: Harness, user: str) -> ConsoleSession:
    session = h.person(user)
    await session.send("start choir-start")
    for answer in ("I'm Bo, in Hull", "bass", "2", "yes", "continue"):
        await session.send(answer)
    await session.send("That song Danny Boy, because my grandad sang it to me")
    assert await position(h) == (1, 6)
    return session


async def test_a_check_in_reflection_and_conversation_explain_themselves_too(
    choir: Harness,
) -> None:
    session = await at_goal(choir, "cy")
    await session.send(
        "I will practise scales for 20 minutes every morning for 4 weeks, because I want"
        " to hold the alto line, and it's doable before work"
    )
    await session.send("yes")
    assert await position(choir) == (1, 7)
    await asked_twice_is_explained(
        choir, session, ["what do you mean?", "huh?"], ["1 means very low", "10 means great"]
    )
    await session.send("7")
    await asked_twice_is_explained(
        choir, session, ["what do you mean?", "não entendi"], ["0% means not started", "scales"]
    )
    await session.send("30%")
    assert await position(choir) == (1, 8)
    tries = await attempts(choir)
    reply = said(await session.send("what do you mean by takeaway?"))
    assert "takeaway" in reply.casefold() and await attempts(choir) == tries
    await session.send("Takeaway: breathing low helps. Action: record myself once")
    assert await position(choir) == (1, 9)
    await asked_twice_is_explained(
        choir, session, ["what do you mean?", "I don't understand"], ["easier", "I'm done"]
    )


async def test_goal_edits_in_words_change_the_drafted_sentence_and_confirm_again(
    choir: Harness,
) -> None:
    session = await at_goal(choir, "di")
    reply = said(
        await session.send(
            "I will sing along to 4 songs for 30 minutes every evening for 3 weeks, because"
            " I want to feel confident at rehearsal, and it's easy since I'm home anyway"
        )
    )
    assert "Keep it? (yes / change it)" in reply and "30 minutes" in reply
    smaller = said(await session.send("make it less ambitious"))
    assert "Keep it?" in smaller and "15 minutes" in smaller and "30 minutes" not in smaller
    assert "2 songs" in smaller
    mornings = said(await session.send("change the time to mornings"))
    assert "mornings" in mornings and "every evening" not in mornings and "15 minutes" in mornings
    twice = said(await session.send("twice a week instead"))
    assert "twice a week in the mornings" in twice and "15 minutes" in twice
    short = said(await session.send("shorter"))
    assert "because" not in short and "twice a week" in short and "Keep it?" in short
    asked = said(await session.send("change it"))
    assert "what should it say" in asked.casefold()
    final = said(await session.send("weekends instead"))
    assert "on weekends" in final
    goal = final.split("Here's your goal: ", 1)[1].split(". Keep it?", 1)[0]
    await session.send("yes")
    assert await choir.rows("SELECT description FROM goals") == [{"description": goal}]


async def test_a_goal_told_in_fragments_is_drafted_as_one_sentence(choir: Harness) -> None:
    session = await at_goal(choir, "el")
    for text in ("practise. 15 min. weekdays", "so I can hold my part", "I have time at lunch"):
        reply = said(await session.send(text))
    assert "Here's your goal: I will practise 15 minutes on weekdays" in reply, reply
    goal = reply.split("Here's your goal: ", 1)[1].split(". Keep it?", 1)[0]
    assert ". " not in goal and "min." not in goal


async def test_naming_the_topic_is_not_the_reason_even_with_generous_keywords(
    choir: Harness,
) -> None:
    session = choir.person("fa")
    await session.send("start choir-start")
    for answer in ("I'm Fa, in York", "tenor", "1", "no", "continue"):
        await session.send(answer)
    reply = said(await session.send("I want to sing a song"))
    assert await position(choir) == (1, 5), "the song alone leaves the reason to ask"
    assert "why it means something" in reply
    await session.send("Hallelujah — it was played at my dad's funeral")
    assert await position(choir) == (1, 6)


async def test_the_week_summary_is_in_the_persons_words_and_never_counts_answers(
    choir: Harness,
) -> None:
    session = await at_goal(choir, "gu")
    await session.send(
        "I will practise for 10 minutes every day for 2 weeks, because singing calms me,"
        " and it's doable at lunch"
    )
    await session.send("yes")
    await session.send("6")
    await session.send("n/a")
    await session.send("I noticed my voice opens up after humming, next I'll hum before work")
    rows = await choir.rows("SELECT summary FROM takeaways")
    summary = str(rows[0]["summary"]) if rows else ""
    assert summary and "answers" not in summary and "you shared" not in summary.casefold()
    assert "humming" in summary


async def test_a_bare_wish_is_not_the_reason_on_a_one_item_question(choir: Harness) -> None:
    """The demo and health programs ask "why does it matter?" alone; "I want to sleep better"
    names the wish, not the reason — a reason with feeling or a person in it is one."""
    session = choir.person("hu", timezone=None)
    await session.send("start demo")
    await session.send("Hu")
    await session.send("5")
    reply = said(await session.send("I want to sleep better"))
    assert "why it matters" in reply, reply
    rows = await choir.rows("SELECT current_step FROM enrolments")
    assert rows == [{"current_step": 2}]
    await session.send("I'd like to still have energy for my daughter after work")
    rows = await choir.rows("SELECT current_step FROM enrolments")
    assert rows == [{"current_step": 3}]


async def test_later_answers_and_a_correction_join_a_goal_told_in_fragments(
    choir: Harness,
) -> None:
    session = await at_goal(choir, "ix")
    await session.send("hum. 10 min. after lunch. 3x a week")
    await session.send("its because my teacher said so")
    reply = said(await session.send("twice a week instead"))
    while "Keep it?" not in reply:
        reply = said(await session.send("it's easy, I'm at my desk anyway"))
    goal = reply.split("Here's your goal: ", 1)[1].split(". Keep it?", 1)[0]
    assert goal.casefold().startswith(("i will hum 10 minutes", "hum 10 minutes")), goal
    assert "twice a week" in goal and "3 times" not in goal
    assert "because my teacher said so" in goal and "its because" not in goal


async def test_news_while_the_next_week_is_locked_is_thanked_not_searched(
    choir: Harness,
) -> None:
    session = await at_goal(choir, "jo")
    await session.send(
        "I will hum for 10 minutes every day for 2 weeks, because it warms my voice, and"
        " it's doable at lunch"
    )
    await session.send("yes")
    await session.send("huh")  # a bare "huh" at the check-in is a question about it
    assert await position(choir) == (1, 7)
    await session.send("6")
    await session.send("20%")
    await session.send("Takeaway: humming helps. Action: hum before the bus")
    await session.send("I'm done")
    await session.send("4")
    assert await position(choir) == (2, 0)
    reply = said(await session.send("I hummed twice already"))
    assert "don't have material" not in reply and "Thanks for telling me" in reply
    assert "Week 2 opens" in reply
