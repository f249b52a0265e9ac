"""Reads a turn keeps: the week's answers are read once per turn, afresh in the next."""

from __future__ import annotations

from engine.flow import week_answers
from engine.messages import IncomingMessage, PlatformIdentity
from engine.store.database import Connection
from engine.store.turns import load_turn
from engine.turn_state import Turn
from tests.harness import Harness
from tests.integration.driver import answer_for


async def _turn(h: Harness, conn: Connection, identity: PlatformIdentity) -> Turn:
    message = IncomingMessage(
        identity=identity,
        idempotency_key="test:reads",
        received_at=h.clock.now(),
        text="",
    )
    read = await load_turn(conn, message.identity, key="test:reads", now=h.clock.now())
    assert read.person is not None and read.enrolment is not None
    turn = Turn(conn, message, read.person, h.clock.now())
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
