"""The turn: follow-ups, forced progression, parsing, idempotency, concurrency, unlocks."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from engine.messages import Action, IncomingMessage
from tests.harness import Harness, add_goal


@pytest.fixture
def h(harness: Harness) -> Harness:
    return harness


async def _start_career(h: Harness, user: str = "ada") -> None:
    session = h.person(user)
    await session.send("start career-6-weeks")
    await session.send("continue")  # past the welcome content step


async def test_incomplete_answer_gets_a_follow_up_naming_what_is_missing(h: Harness) -> None:
    session = h.person()
    await _start_career(h)
    replies = await session.send("I'm a nurse.")
    text = " ".join(r.text for r in replies).lower()
    assert "going well" in text or "isn't going well" in text
    row = (
        await h.rows(
            "SELECT valid, forced, missing_items, attempt_no FROM step_attempts"
            " WHERE step_key = 'current_situation'"
        )
    )[0]
    assert row["valid"] is False and row["forced"] is False and row["attempt_no"] == 1
    assert set(row["missing_items"]) == {"going_well", "not_going_well"}  # type: ignore[arg-type]


async def test_after_max_attempts_the_step_moves_on_and_forced_is_recorded(h: Harness) -> None:
    session = h.person()
    await _start_career(h)
    for _ in range(3):
        await session.send("I'm a nurse.")
    rows = await h.rows(
        "SELECT attempt_no, forced FROM step_attempts"
        " WHERE step_key = 'current_situation' ORDER BY attempt_no"
    )
    assert [(r["attempt_no"], r["forced"]) for r in rows] == [(1, False), (2, False), (3, True)]
    assert await h.scalar("SELECT current_step FROM enrolments") == 2


async def test_a_hint_comes_after_the_second_failed_attempt(h: Harness) -> None:
    session = h.person()
    await _start_career(h)
    await session.send("I'm a nurse.")
    replies = await session.send("I'm a nurse.")
    assert any(r.text.startswith("Hint:") for r in replies)
    assert await h.scalar("SELECT hints_used FROM enrolments") == 1


async def test_scale_accepts_words_and_reasks_with_the_range(h: Harness) -> None:
    session = h.person()
    await session.send("start demo")
    await session.send("My name is Ada.")
    bad = await session.send("eleven")
    assert "1" in bad[0].text and "10" in bad[0].text
    assert bad[0].choices, "the re-ask offers the buttons again"
    await session.send("about 7/10")
    assert await h.scalar("SELECT mood FROM check_ins") == 7


async def test_the_same_idempotency_key_twice_produces_replies_once(h: Harness) -> None:
    session = h.person()
    message = IncomingMessage(
        identity=session.identity,
        idempotency_key="slack:Ev1",
        received_at=h.clock.now(),
        text="start demo",
    )
    first = await h.bot.handle(message)
    second = await h.bot.handle(message)
    assert first and second == []
    assert await h.scalar("SELECT count(*) FROM enrolments") == 1
    assert await h.scalar("SELECT count(*) FROM messages WHERE direction = 'in'") == 1


async def test_ten_concurrent_messages_from_one_person_end_consistent(h: Harness) -> None:
    session = h.person()
    await session.send("start demo")
    answers = [
        IncomingMessage(
            identity=session.identity,
            idempotency_key=f"c{i}",
            received_at=h.clock.now(),
            text=f"My name is Person{i}",
        )
        for i in range(10)
    ]
    results = await asyncio.gather(*(h.bot.handle(m) for m in answers))
    assert all(results), "every message got a reply"
    attempts = await h.rows("SELECT week_number, step_key, attempt_no FROM step_attempts")
    keys = [(a["week_number"], a["step_key"], a["attempt_no"]) for a in attempts]
    assert len(keys) == len(set(keys)), "no step attempt recorded twice"
    # the name step was answered once; the other nine answered later steps in order
    state = (await h.rows("SELECT current_week, current_step FROM enrolments"))[0]
    by_step = await h.rows("SELECT step_key, count(*) AS n FROM step_attempts GROUP BY step_key")
    assert sum(int(str(r["n"])) for r in by_step) == 10
    assert state["current_step"] >= 1
    assert await h.scalar("SELECT count(*) FROM profile_fields WHERE field = 'name'") == 1


async def test_a_locked_week_says_when_it_opens_then_opens(h: Harness) -> None:
    from engine.programs.loader import builtin_programs
    from tests.integration.driver import answer_for

    spec = next(p.spec for p in builtin_programs() if p.spec.slug == "health-4-weeks")
    session = h.person()
    await session.send("start health-4-weeks")
    replies = []
    for step in spec.weeks[0].steps:
        part = ""
        for _ in range(3):
            replies = await session.send(answer_for(step, 0, part))
            state = await h.rows("SELECT current_week, current_step, step_state FROM enrolments")
            if state[0]["current_week"] == 2 or state[0]["current_step"] != spec.weeks[
                0
            ].steps.index(step):
                break
            part = str(state[0]["step_state"].get("part", ""))  # type: ignore[union-attr]
    assert await h.scalar("SELECT current_week FROM enrolments") == 2
    assert any("Week 2 opens" in r.text for r in replies)
    early = await session.send("hello?")
    assert "opens" in early[0].text and "Europe/Berlin" in early[0].text
    assert await h.scalar("SELECT status FROM week_progress WHERE week_number = 2") == "locked"
    h.clock.advance(timedelta(days=8))
    opened = await session.send("next")
    assert any("Week 2 of 4" in r.text for r in opened)
    assert await h.scalar("SELECT status FROM week_progress WHERE week_number = 2") == "in_progress"


async def test_a_click_on_an_outdated_button_says_the_question_moved_on(h: Harness) -> None:
    session = h.person()
    await session.send("start demo")
    asked = await session.send("My name is Ada.")
    stale_ref = next(r.choice_ref for r in asked if r.choice_ref)
    assert stale_ref is not None
    await session.send("7")  # answers the mood scale; the question moves on
    moved = await session.click(stale_ref, "3")
    assert "moved on" in moved[0].text
    assert await h.scalar("SELECT count(*) FROM check_ins") == 1


async def test_crisis_language_gets_help_and_does_not_advance(h: Harness) -> None:
    session = h.person()
    await session.send("start demo")
    replies = await session.send("I want to kill myself")
    assert "help" in replies[0].text.lower()
    assert await h.scalar("SELECT count(*) FROM step_attempts") == 0
    assert await h.scalar("SELECT current_step FROM enrolments") == 0


async def test_mass_mentions_from_user_text_are_never_echoed(h: Harness) -> None:
    session = h.person()
    await session.send("start demo")
    replies = await session.send("My name is @everyone <!channel> @here")
    for reply in replies:
        assert "@everyone" not in reply.text and "<!channel>" not in reply.text
        assert "@here" not in reply.text


async def test_pause_resume_and_settings_commands(h: Harness) -> None:
    session = h.person()
    await session.send("start demo")
    await session.send("pause")
    assert await h.scalar("SELECT status FROM enrolments") == "paused"
    paused = await session.send("My name is Ada")
    assert "paused" in paused[0].text.lower()
    await session.send("resume")
    assert await h.scalar("SELECT status FROM enrolments") == "active"
    await session.send("timezone America/New_York")
    assert await h.scalar("SELECT timezone FROM enrolments") == "America/New_York"
    await session.send("quiet hours 21:00-08:00")
    assert str(await h.scalar("SELECT quiet_start FROM enrolments")) == "21:00:00"
    await session.send("stop reminders")
    assert await h.scalar("SELECT reminders_enabled FROM enrolments") is False
    status = await session.send("status")
    assert status[0].card is not None and status[0].card.program_title


async def test_a_button_click_answers_the_current_question(h: Harness) -> None:
    session = h.person()
    await session.send("start demo")
    replies = await session.send("My name is Ada")
    ref = next(r.choice_ref for r in replies if r.choice_ref)
    assert ref is not None
    message = IncomingMessage(
        identity=session.identity,
        idempotency_key="btn1",
        received_at=h.clock.now(),
        action=Action(ref, "8"),
    )
    await h.bot.handle(message)
    assert await h.scalar("SELECT mood FROM check_ins") == 8


async def test_a_goal_with_mass_mentions_is_neutralised_on_the_progress_card(h: Harness) -> None:
    session = h.person()
    await session.send("start demo")
    await session.send("My name is Ada")
    await session.send("7")
    await session.send("@everyone I want to sleep earlier because I am tired <!channel>")
    await session.send("1")
    await session.send("yes")
    await session.send(
        "@here I will be in bed by 22:30 on 5 weeknights for 2 weeks, realistic since I"
        " already read in bed, because I want energy for my kids"
    )
    await session.send("yes")  # keep the goal sentence shown
    card = (await session.send("status"))[0].card
    assert card is not None and card.goal is not None
    assert "@here" not in card.goal


async def test_concurrent_duplicates_of_one_message_reply_once(h: Harness) -> None:
    session = h.person()
    await session.send("start demo")
    message = IncomingMessage(
        identity=session.identity,
        idempotency_key="slack:EvDUP",
        received_at=h.clock.now(),
        text="My name is Ada",
    )
    results = await asyncio.gather(*(h.bot.handle(message) for _ in range(5)))
    assert sorted(bool(r) for r in results) == [False] * 4 + [True]
    assert await h.scalar("SELECT count(*) FROM profile_fields") == 1
    assert (
        await h.scalar(
            "SELECT count(*) FROM messages WHERE direction = 'in' AND text = 'My name is Ada'"
        )
        == 1
    )
    assert await h.scalar("SELECT current_step FROM enrolments") == 1


async def test_restart_abandons_the_old_enrolment_and_starts_afresh(h: Harness) -> None:
    session = h.person()
    await session.send("start demo")
    await session.send("My name is Ada")
    asked = await session.send("restart")
    assert "Sure? (yes / no)" in asked[0].text  # destructive: asked first
    replies = await session.send("yes")
    assert any("Starting over" in r.text for r in replies)
    rows = await h.rows("SELECT status, current_week FROM enrolments ORDER BY id")
    assert rows == [
        {"status": "abandoned", "current_week": 1},
        {"status": "active", "current_week": 1},
    ]
    # the name is already known, so the new enrolment skips straight past that step
    assert any("already have what I need" in r.text for r in replies)


async def test_hint_and_skip_do_not_reach_into_a_locked_week(h: Harness) -> None:
    from engine.programs.loader import builtin_programs
    from tests.integration.driver import answer_for

    spec = next(p.spec for p in builtin_programs() if p.spec.slug == "demo")
    session = h.person()
    await session.send("start demo")
    for _ in range(30):
        state = (await h.rows("SELECT current_week, current_step, step_state FROM enrolments"))[0]
        if "locked_until" in state["step_state"]:  # type: ignore[operator]
            break
        step = spec.weeks[0].steps[int(str(state["current_step"]))]
        part = str(state["step_state"].get("part", ""))  # type: ignore[union-attr]
        await session.send(answer_for(step, 0, part))
    hint = await session.send("hint")
    skip = await session.send("skip")
    assert not hint[0].text.startswith("Hint:")
    assert skip[0].text == "There's nothing to skip right now."
    state = (await h.rows("SELECT current_step, step_state FROM enrolments"))[0]
    assert state["current_step"] == 0 and "locked_until" in state["step_state"]  # type: ignore[operator]


async def test_clicking_the_mood_buttons_again_does_not_become_the_progress(h: Harness) -> None:
    session = h.person()
    await session.send("start demo")
    await session.send("My name is Ada")
    await session.send("7")
    # progress is asked only about an active goal
    await add_goal(h, "Walk 20 minutes every day for four weeks")
    asked = await session.send("check in")
    mood_ref = next(r.choice_ref for r in asked if r.choice_ref)
    assert mood_ref is not None and mood_ref.endswith(".mood")
    await session.click(mood_ref, "6")  # asks for progress next
    again = await session.click(mood_ref, "8")  # the mood buttons, clicked again
    assert "moved on" in again[0].text
    await session.send("40")
    rows = await h.rows("SELECT mood, progress FROM check_ins ORDER BY id")
    assert rows[-1] == {"mood": 6, "progress": 40}


async def test_starting_a_running_program_switches_back_to_it(h: Harness) -> None:
    session = h.person()
    await session.send("start demo")
    h.clock.advance(timedelta(minutes=1))
    await session.send("start health-4-weeks")
    h.clock.advance(timedelta(minutes=1))
    back = await session.send("start demo")
    h.clock.advance(timedelta(minutes=1))
    assert any("already in *A taste of coaching*" in r.text for r in back)
    await session.send("My name is Ada")
    name = await h.scalar("SELECT value FROM profile_fields WHERE field = 'name'")
    assert name == "Ada"
    status = (await session.send("status"))[0].card
    assert status is not None and status.program_title == "A taste of coaching"


async def test_continue_answers_a_content_step_but_not_a_question(h: Harness) -> None:
    session = h.person()
    await session.send("start career-6-weeks")  # a content step comes first
    await session.send("continue")
    assert await h.scalar("SELECT current_step FROM enrolments") == 1
    await session.send("continue")  # now an open question: not an answer
    assert await h.scalar("SELECT count(*) FROM step_attempts") == 1
    await session.send("pause")
    paused = await session.send("next")
    assert "resume" in paused[0].text


async def test_a_choice_typed_with_pain_gets_no_cheerful_opener(harness: Harness) -> None:
    person = harness.person("pat")
    await person.send("start health-4-weeks")
    await person.send("6")
    typed = " ".join(r.text for r in await person.send("moving more, though my back hurts"))
    assert "Lovely" not in typed and "sorry that's hard" in typed
    assert "Moving more is good for body and mood" in typed  # the program's own words stay
    sam = harness.person("sam")
    await sam.send("start health-4-weeks")
    await sam.send("6")
    plain = " ".join(r.text for r in await sam.send("moving more"))
    assert plain.startswith("Lovely.")  # a plain pick keeps the program's response as written
