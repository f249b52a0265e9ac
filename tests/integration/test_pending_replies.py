"""Replies to what is pending: a number after a check-in reminder answers the reminder (even
when a week opens meanwhile), no goal means no progress question, and a scale that is not a
check-in is never stored as one. Console conversations with programs written for the tests."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from adapters.console import ConsoleSession
from bot.console_nudges import console_tick
from engine.clock import VirtualClock
from engine.llm.offline import OfflineCoach
from engine.programs.loader import builtin_programs, load_program
from engine.programs.sync import sync_programs
from engine.store import records
from engine.store.database import Database
from engine.turn import Coachbot
from tests.integration.test_nudges_console import ConsoleApp

# Week 2 opens the morning after week 1 (10:00); reminders come every day at 09:30.
GARDEN = """
slug: garden-notes
title: "Garden notes"
schedule:
  checkin_days: [mon, tue, wed, thu, fri, sat, sun]
  checkin_time: "09:30"
weeks:
  - title: "Seeds"
    steps:
      - key: plot
        type: question
        prompt: "Describe the patch of ground you want to grow something in."
      - key: clarity
        type: scale
        prompt: "How clear is your planting plan, from 1 to 10?"
        min: 1
        max: 10
        records: progress
      - key: sure
        type: scale
        prompt: "How sure are you it will grow, 0 to 100?"
        min: 0
        max: 100
        records: mood
  - title: "Sprouts"
    unlock:
      days: 1
      at: "10:00"
    steps:
      - key: sprouts
        type: question
        prompt: "Which seedlings came up first, and where in the patch?"
      - key: pulse
        type: check_in
        prompt: "A quick pulse before we finish."
"""
PLOT = "A sunny strip along the back fence, about two metres long, with heavy clay soil."


@pytest.fixture
async def app(pg_url: str, tmp_path: Path) -> AsyncIterator[ConsoleApp]:
    path = tmp_path / "garden.yaml"
    path.write_text(GARDEN, encoding="utf-8")
    async with Database(pg_url, max_size=4) as db:
        async with db.transaction() as conn:
            await sync_programs(conn, [*builtin_programs(), load_program(path)])
        clock = VirtualClock(start=datetime(2026, 6, 8, 7, 0, tzinfo=UTC))  # a Monday
        coachbot = Coachbot(db=db, coach=OfflineCoach(), offline=OfflineCoach(), clock=clock)
        yield ConsoleApp(db, clock, coachbot)


def said(replies: list[object]) -> str:
    return "\n".join(str(getattr(r, "text", r)) for r in replies)


async def rows(app: ConsoleApp, sql: str) -> list[tuple[object, ...]]:
    async with app.db.transaction() as conn:
        cur = await conn.execute(sql)
        return [tuple(row.values()) for row in await cur.fetchall()]


async def finish_week_one(session: ConsoleSession) -> str:
    await session.send("start garden-notes")
    await session.send(PLOT)
    await session.send("7")
    return said(await session.send("60"))


async def test_a_number_after_a_reminder_answers_it_and_then_the_week_that_opened_begins(
    app: ConsoleApp,
) -> None:
    session = ConsoleSession(app.coachbot, app.clock, user="ines", timezone="UTC")
    assert "Week 2 opens" in await finish_week_one(session)
    app.clock.advance(timedelta(days=1, hours=2, minutes=31))  # Tue 09:31: the reminder time
    assert await console_tick(app, session) == []  # it waits for the week opening at 10:00
    app.clock.advance(timedelta(minutes=30))  # 10:01: week 2 opens, with the reminder
    [message] = await console_tick(app, session)  # one message (issue 15)
    assert "Time for your check-in" in message and "Week 2 of *Garden notes* is open" in message
    session.last_choices = None  # as in Slack: the number is typed, not a button
    answer = said(await session.send("6"))
    assert "Check-in saved. " in answer and "6" in answer
    assert "how far along" not in answer  # no goal, no progress question
    assert answer.index("Check-in saved") < answer.index("Which seedlings came up first")
    assert await rows(app, "SELECT mood, progress FROM check_ins") == [(6, None)]
    attempts = await rows(app, "SELECT step_key FROM step_attempts WHERE week_number = 2")
    assert attempts == []  # "6" was not taken as the answer to the week's question
    # The next message answers the week's question as usual.
    await session.send("The radishes, right by the fence where the sun hits first.")
    attempts = await rows(app, "SELECT step_key FROM step_attempts WHERE week_number = 2")
    assert attempts == [("sprouts",)]


async def test_a_reminder_and_a_week_opening_together_are_answered_in_order(
    app: ConsoleApp,
) -> None:
    session = ConsoleSession(app.coachbot, app.clock, user="jo", timezone="UTC")
    await finish_week_one(session)
    app.clock.advance(timedelta(days=1, hours=3, minutes=1))  # Tue 10:01: both are due
    lines = await console_tick(app, session)
    assert any("Time for your check-in" in x for x in lines)
    assert any("Week 2 of *Garden notes* is open" in x for x in lines)
    session.last_choices = None  # as in Slack: the number is typed, not a button
    answer = said(await session.send("mood 8"))
    assert answer.index("Check-in saved") < answer.index("Which seedlings")
    assert await rows(app, "SELECT mood, progress FROM check_ins") == [(8, None)]


async def test_a_reminder_mid_question_is_answered_then_the_question_is_asked_again(
    app: ConsoleApp,
) -> None:
    session = ConsoleSession(app.coachbot, app.clock, user="kai", timezone="UTC")
    await session.send("start garden-notes")
    app.clock.advance(timedelta(hours=2, minutes=31))  # Mon 09:31
    assert any("Time for your check-in" in x for x in await console_tick(app, session))
    session.last_choices = None
    answer = said(await session.send("4"))
    assert "Check-in saved" in answer and "Describe the patch" in answer
    assert await rows(app, "SELECT step_key FROM step_attempts") == []
    # Answered once: the next message with a number in it is the step's again.
    await session.send("About 5 metres of heavy clay soil along the sunny back fence.")
    assert await rows(app, "SELECT mood FROM check_ins") == [(4,)]
    assert await rows(app, "SELECT step_key FROM step_attempts") == [("plot",)]


async def test_scales_that_are_not_check_ins_are_never_stored_as_mood_or_progress(
    app: ConsoleApp,
) -> None:
    session = ConsoleSession(app.coachbot, app.clock, user="lia", timezone="UTC")
    await finish_week_one(session)  # clarity 7 of 10 "records: progress", sure 60 "mood"
    assert await rows(app, "SELECT count(*) FROM check_ins") == [(0,)]
    answers = await rows(
        app, "SELECT step_key, answer FROM step_attempts WHERE valid ORDER BY step_key"
    )
    assert ("clarity", "7") in answers and ("sure", "60") in answers


async def test_a_check_in_with_a_goal_asks_progress_takes_n_a_and_asks_again_for_one(
    app: ConsoleApp,
) -> None:
    session = ConsoleSession(app.coachbot, app.clock, user="max", timezone="UTC")
    await session.send("start garden-notes")
    async with app.db.transaction() as conn:
        cur = await conn.execute("SELECT id, user_id FROM enrolments")
        row = await cur.fetchone()
        assert row is not None
        await records.create_goal(
            conn,
            enrolment_id=row["id"],
            user_id=row["user_id"],
            description="Harvest a bowl of radishes by July",
            smart={},
            now=app.clock.now(),
        )
    asked = said(await session.send("check in"))
    assert "mood" in asked
    assert "how far along" in said(await session.send("5"))
    again = said(await session.send("one"))
    assert "percentage" in again and "Check-in saved" not in again
    saved = said(await session.send("n/a"))
    assert "Check-in saved" in saved and "%" not in saved
    await session.send("check in")
    await session.send("3")
    low = said(await session.send("20%"))
    assert "3" in low and "20%" in low
    assert await rows(app, "SELECT mood, progress FROM check_ins ORDER BY id") == [
        (5, None),
        (3, 20),
    ]
