"""Answering a step, on the in-memory store: routing → the coach (offline) → route.run.

`tests.memory_turns.MemoryBot` runs each turn as `engine.turn` does under the lock. The
program is written for these tests: a question with two required items, a scale and a
choice in week 1; week 2 opens a week later with one question.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from engine.steps import CheckInRecord
from engine.steps.base import ProfileRecord
from engine.store.coaching import Background, StepTry
from engine.store.memory import MemoryTurnStore, SentReminder, WeekStatus
from engine.store.port import NoDatabase
from engine.store.records import WeekChange
from engine.store.turn_reads import TurnReads
from engine.turn_state import Turn
from tests.memory_turns import ENROLMENT, NOW, USER, MemoryBot, enrolment_at

BEGUN = {1: "in_progress", 2: "locked"}  # the weeks as the enrolment began them


def _said(turn: Turn) -> str:
    return "\n".join(r.text for r in turn.replies)


def _statuses(bot: MemoryBot) -> dict[int, str]:
    return {week: s.status for (_, week), s in bot.store.weeks.items()}


async def test_an_answer_missing_a_required_item_is_an_invalid_attempt_and_the_step_waits() -> None:
    bot = MemoryBot()
    turn = await bot.says("We ship a billing API.")
    [attempt] = turn.log.attempts
    assert (attempt.step_key, attempt.valid, attempt.missing) == ("team", False, ("users",))
    assert (bot.enrolment.current_week, bot.enrolment.current_step) == (1, 0)
    assert bot.enrolment.step_attempt == 1
    assert _statuses(bot) == BEGUN


async def test_the_coach_is_asked_with_the_step_s_earlier_attempt_from_the_store() -> None:
    bot = MemoryBot()
    first = await bot.says("We ship a billing API.")
    text = "Our customers rely on it."
    route = await bot.router.route(bot.turn(text), text, None)
    assert route.judgement is not None
    request = route.judgement.request
    assert request.attempt_no == 2
    assert [(h.role, h.text) for h in request.history] == [
        ("user", "We ship a billing API."),
        ("assistant", first.replies[0].text),  # the coach's reply to it
    ]
    assert request.covered == ("work",)  # coverage never goes backwards


async def test_an_answer_that_covers_every_item_is_kept_and_the_next_step_is_asked() -> None:
    bot = MemoryBot()
    await bot.says("We ship a billing API.")
    turn = await bot.says("We ship billing; our customers rely on it every day.")
    [attempt] = turn.log.attempts
    assert (attempt.step_key, attempt.valid, attempt.attempt_no) == ("team", True, 2)
    assert (bot.enrolment.current_step, bot.enrolment.step_attempt) == (1, 0)
    asked = turn.replies[-1]
    assert asked.text.startswith("How much energy do you have?")
    assert asked.choice_ref is not None and asked.choice_ref.endswith(".energy")
    assert _statuses(bot) == BEGUN  # the week goes on


async def test_a_number_off_the_scale_is_an_invalid_attempt_and_the_scale_waits() -> None:
    bot = MemoryBot(enrolment=enrolment_at(step=1))
    turn = await bot.says("42")
    [attempt] = turn.log.attempts
    assert (attempt.step_key, attempt.valid) == ("energy", False)
    assert bot.enrolment.current_step == 1


async def test_a_number_after_an_unanswered_check_in_reminder_answers_the_reminder() -> None:
    bot = MemoryBot(enrolment=enrolment_at(step=1))
    bot.store.reminders.append(SentReminder(ENROLMENT, NOW - timedelta(hours=1)))  # after them
    turn = await bot.says("7")
    assert turn.log.attempts == []  # not the scale's answer
    assert [w.record for w in bot.store.records] == [CheckInRecord(mood=7, progress=None)]
    assert "Check-in saved." in _said(turn)
    assert bot.enrolment.current_step == 1 and bot.enrolment.step_state.adhoc is None
    again = await bot.says("7")  # the reminder is answered: now the scale is
    assert [(a.step_key, a.valid, a.answer) for a in again.log.attempts] == [("energy", True, "7")]
    assert bot.enrolment.current_step == 2


async def test_the_week_s_last_answer_completes_it_with_a_recap_and_locks_the_next_week() -> None:
    bot = MemoryBot()
    await bot.says("We ship billing; our customers rely on it.")
    await bot.says("6")
    turn = await bot.says("2")  # Delegating
    assert [(a.step_key, a.classification) for a in turn.log.attempts] == [("focus", "delegate")]
    opens = bot.enrolment.step_state.locked_until
    assert opens is not None and opens >= bot.now + timedelta(days=7) - timedelta(minutes=1)
    assert (bot.enrolment.current_week, bot.enrolment.current_step) == (2, 0)
    assert {week: (s.status, s.unlocks_at) for (_, week), s in bot.store.weeks.items()} == {
        1: ("completed", None),
        2: ("locked", opens),
    }
    said = _said(turn)
    assert "Week 1 complete" in said and "Week 2 opens" in said
    assert "our customers rely on it" in (bot.store.weeks[(ENROLMENT, 1)].summary or "")


async def test_the_last_week_s_last_answer_completes_the_program() -> None:
    bot = MemoryBot(enrolment=enrolment_at(week=2))
    turn = await bot.says("Delegate the release notes to Sam, then review with him on Friday.")
    [attempt] = turn.log.attempts
    assert (attempt.step_key, attempt.valid) == ("plan", True)
    assert bot.enrolment.status == "completed"
    assert bot.enrolment.completed_at == bot.now
    assert bot.store.weeks[(ENROLMENT, 2)].status == "completed"
    assert "Week 2 complete" not in _said(turn)  # the program's end, not a week's


async def test_turn_logic_outside_the_port_finds_no_database_in_memory() -> None:
    bot = MemoryBot()
    with pytest.raises(NoDatabase):
        await bot.says("programs")  # the catalogue is read on the connection, not the port


async def test_a_profile_field_keeps_its_first_value_as_the_database_does() -> None:
    store = MemoryTurnStore()
    enrolment = enrolment_at()
    for value in ("Ana", "Bo"):
        record = ProfileRecord(values={"name": value}, confidence={"name": 1.0})
        await store.write_records(enrolment=enrolment, written=[record], now=NOW)
    assert await store.profile(reads=None, user_id=USER) == {"name": "Ana"}


def _reads_of(user_id: int) -> TurnReads:
    """What a turn's load read for `user_id`, at the enrolment's first week and step."""
    background = Background(
        profile={"name": "Ana"},
        goal="Ship weekly",
        last_summary=None,
        last_learnings=(),
        last_actions=(),
        week_answers=(("team", "We ship billing."),),
    )
    return TurnReads(
        user_id=user_id,
        enrolment_id=ENROLMENT,
        week=1,
        step_key="team",
        step_attempt=1,
        profile=background.profile,
        goal=background.goal,
        tries=(StepTry("We ship billing.", "And who relies on it?", ("users",), False),),
        background=background,
        stored_answers=background.week_answers,
        intro_read=True,
        intro="intro:1",
    )


async def test_the_load_s_reads_answer_the_in_memory_store_as_they_answer_postgresql() -> None:
    store, reads = MemoryTurnStore(), _reads_of(USER)  # the store itself holds nothing
    assert await store.profile(reads=reads, user_id=USER) == {"name": "Ana"}
    assert reads.used  # the apply then reads them again under the lock
    assert await store.active_goal(reads=reads, enrolment_id=ENROLMENT) == "Ship weekly"
    assert await store.week_answers(reads=reads, enrolment_id=ENROLMENT, week=1) == (
        ("team", "We ship billing."),
    )
    tries, background = await store.coaching_memory(
        reads=reads, user_id=USER, enrolment_id=ENROLMENT, week=1, step_key="team", count=1
    )
    assert (tries, background) == (list(reads.tries), reads.background)
    assert await store.intro_prompt(reads=reads, user_id=USER, now=NOW) == "intro:1"


async def test_reads_of_another_person_or_step_are_not_answered_from() -> None:
    store, reads = MemoryTurnStore(), _reads_of(USER + 1)
    store.profiles[USER] = {"name": "Bo"}
    assert await store.profile(reads=reads, user_id=USER) == {"name": "Bo"}
    assert await store.intro_prompt(reads=reads, user_id=USER, now=NOW) is None
    mine = _reads_of(USER)
    tries, _ = await store.coaching_memory(
        reads=mine, user_id=USER, enrolment_id=ENROLMENT, week=1, step_key="energy", count=1
    )
    assert tries == [] and not reads.used and not mine.used


async def test_a_snoozed_reminder_counts_only_while_the_week_is_locked() -> None:
    bot = MemoryBot(enrolment=enrolment_at(step=1))
    sent, since = NOW - timedelta(hours=1), NOW - timedelta(hours=3)
    bot.store.reminders.append(SentReminder(ENROLMENT, sent, snoozed=True))
    asked = bot.store.unanswered_check_in_prompt
    assert await asked(user_id=USER, since=since, now=NOW) is None  # it repeats the step
    bot.enrolment.step_state.locked_until = NOW + timedelta(days=6)
    assert await asked(user_id=USER, since=since, now=NOW) == sent
    assert await asked(user_id=USER + 1, since=since, now=NOW) is None  # not their enrolment


async def test_moving_weeks_updates_the_enrolment_s_weeks_and_creates_none() -> None:
    store, enrolment = MemoryTurnStore(), enrolment_at()
    store.enrol(enrolment, weeks=2, now=NOW - timedelta(days=1))
    opens = NOW + timedelta(days=7)
    changes = [WeekChange(1, "completed", summary="Done"), WeekChange(2, "locked", opens)]
    await store.set_weeks(
        enrolment_id=ENROLMENT, changes=[*changes, WeekChange(3, "unlocked")], now=NOW
    )
    assert store.weeks == {
        (ENROLMENT, 1): WeekStatus(
            "completed",
            summary="Done",
            unlocked_at=NOW - timedelta(days=1),
            started_at=NOW - timedelta(days=1),
            completed_at=NOW,
        ),
        (ENROLMENT, 2): WeekStatus("locked", unlocks_at=opens),
    }
    await store.set_weeks(enrolment_id=ENROLMENT + 1, changes=changes, now=NOW)
    assert len(store.weeks) == 2  # another enrolment's weeks: no rows, none made
