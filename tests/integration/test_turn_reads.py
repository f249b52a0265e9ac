"""Reads a turn keeps: the week's answers are read once per turn, afresh in the next; the
load's own reads are what the separate reads find."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from engine.flow import week_answers
from engine.messages import IncomingMessage, PlatformIdentity
from engine.store import coaching, records, turn_reads
from engine.store.database import Connection
from engine.store.postgres import PostgresTurnStore
from engine.store.turns import load_turn
from engine.turn_state import Turn
from tests.harness import Harness
from tests.integration.driver import answer_for, complete_week


async def _turn(h: Harness, conn: Connection, identity: PlatformIdentity) -> Turn:
    message = IncomingMessage(
        identity=identity,
        idempotency_key="test:reads",
        received_at=h.clock.now(),
        text="",
    )
    read = await load_turn(conn, message.identity, key="test:reads", now=h.clock.now())
    assert read.person is not None and read.enrolment is not None
    turn = Turn(PostgresTurnStore(conn), message, read.person, h.clock.now())
    turn.enrolment = read.enrolment
    turn.program = await h.bot.catalog.version(conn, read.enrolment.program_version_id)
    return turn


async def test_the_weeks_answers_are_read_once_per_turn(harness: Harness) -> None:
    ada = harness.person()
    await ada.send("start demo")
    async with harness.db.transaction() as conn:
        turn = await _turn(harness, conn, ada.identity)
        step = turn.step
        assert step is not None
        await ada.send(answer_for(step, 0, ""))  # another turn stores an answer meanwhile
        first = await week_answers(turn)
        assert first and first[0][0] == step.key
        await conn.execute(
            "INSERT INTO step_attempts (enrolment_id, week_number, step_key, attempt_no, answer,"
            " valid, created_at) VALUES (%s, 1, 'later', 1, 'a later answer', true, now())",
            (turn.running[0].id,),
        )
        assert await week_answers(turn) is first  # this turn's read, not a second one
        again = await _turn(harness, conn, ada.identity)
        assert [k for k, _ in await week_answers(again)] == [step.key, "later"]  # a new turn reads


async def _load_matches_the_reads(h: Harness, conn: Connection, identity: PlatformIdentity) -> int:
    """The background the load carries equals what each separate read returns; the step's
    attempts it carries (returned) are those `coaching.load` finds for the current step."""
    turn = await _turn(h, conn, identity)
    reads = (await load_turn(conn, identity, key="test:reads", now=h.clock.now())).reads
    enrolment, step = turn.running[0], turn.step
    assert reads is not None and step is not None and reads.step_key == step.key
    assert dict(reads.profile) == await records.profile(conn, enrolment.user_id)
    goal = await records.active_goal(conn, enrolment.id)
    assert reads.goal == (goal["description"] if goal else None)
    week = enrolment.current_week
    assert list(reads.stored_answers) == await records.week_answers(conn, enrolment.id, week)
    found = await coaching.load(
        conn,
        user_id=enrolment.user_id,
        enrolment_id=enrolment.id,
        week=week,
        step_key=step.key,
        count=enrolment.step_attempt,
    )
    assert (list(reads.tries), reads.background) == found
    memory = await PostgresTurnStore(conn).coaching_memory(
        reads=reads,
        user_id=enrolment.user_id,
        enrolment_id=enrolment.id,
        week=week,
        step_key=step.key,
        count=enrolment.step_attempt,
    )
    assert memory == found
    read = await load_turn(conn, identity, key="test:reads", now=h.clock.now())
    assert read.person is not None
    alone = await turn_reads.load_reads(conn, read.person, enrolment, now=h.clock.now(), intro=True)
    assert replace(alone, intro_read=False, used=False) == replace(reads, used=False)  # apply's
    return len(reads.tries)


async def test_the_load_carries_what_the_separate_reads_find(harness: Harness) -> None:
    ada = harness.person()
    await ada.send("start demo")
    for text in ("My name is Sam Rivera.", "6", "dunno", "ok"):  # two tries at step 3
        await ada.send(text)
    async with harness.db.transaction() as conn:
        assert await _load_matches_the_reads(harness, conn, ada.identity) == 2
    await complete_week(harness, ada)
    harness.clock.advance(timedelta(days=8))
    await ada.send("next")
    await ada.send("dunno")
    async with harness.db.transaction() as conn:
        await _load_matches_the_reads(harness, conn, ada.identity)
        reads = (await load_turn(conn, ada.identity, key="k", now=harness.clock.now())).reads
    assert reads is not None and reads.week == 2
    assert reads.goal and reads.background.last_learnings  # from week 1
