"""The turn's phases under races: a deletion while the LLM thinks, a restarted database,
a crisis the coach sees, and the gentle check after a crisis reply."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator
from datetime import timedelta

import psycopg
import pytest

from engine.llm.offline import OfflineCoach
from engine.llm.types import CoachRequest, CoachResult
from engine.messages import IncomingMessage
from engine.turn import SORRY
from tests.harness import Harness, make_harness


class GatedCoach:
    """A remote-looking coach (not the fallback object) that answers like the offline
    coach once `gate` is set; `risk` is put on every result."""

    name = "gated test coach"

    def __init__(self) -> None:
        self.inner = OfflineCoach()
        self.gate = asyncio.Event()
        self.asked = asyncio.Event()
        self.risk = "none"
        self.calls = 0

    async def evaluate(self, request: CoachRequest) -> CoachResult:
        self.calls += 1
        self.asked.set()
        await self.gate.wait()
        return dataclasses.replace(await self.inner.evaluate(request), risk=self.risk)


@pytest.fixture
async def coach() -> GatedCoach:
    return GatedCoach()


@pytest.fixture
async def h(pg_url: str, coach: GatedCoach) -> AsyncIterator[Harness]:
    harness = await make_harness(pg_url, coach=coach)
    yield harness
    await harness.db.close()


async def _at_first_question(h: Harness) -> None:
    await h.person().send("start career-6-weeks")
    await h.person().send("continue")


async def test_a_turn_waiting_for_the_llm_while_its_person_is_deleted_stores_nothing(
    h: Harness, coach: GatedCoach
) -> None:
    await _at_first_question(h)
    late = asyncio.create_task(h.person().send("I'm a nurse and I love the work, mostly."))
    await asyncio.wait_for(coach.asked.wait(), 5)
    await h.person().send("delete my data")
    done = await h.person().send("yes delete")
    assert "deleted" in done[0].text
    coach.gate.set()
    assert await late == []  # dropped, not answered for a person who no longer exists
    assert await h.scalar("SELECT count(*) FROM users") == 0
    assert await h.scalar("SELECT count(*) FROM platform_identities") == 0
    assert await h.scalar("SELECT count(*) FROM messages") == 0
    assert await h.scalar("SELECT count(*) FROM step_attempts") == 0


async def test_after_the_database_drops_every_connection_the_next_message_is_answered(
    h: Harness, pg_url: str, coach: GatedCoach
) -> None:
    coach.gate.set()
    await _at_first_question(h)
    with psycopg.connect(pg_url, autocommit=True) as admin:
        killed = admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        ).fetchall()
    assert killed, "the pool's connections were terminated"
    replies = await h.person().send("status")
    assert replies and all(r.text != SORRY for r in replies)
    assert replies[0].card is not None


async def test_a_crisis_the_coach_reads_gets_the_help_reply_and_does_not_advance(
    h: Harness, coach: GatedCoach
) -> None:
    coach.gate.set()
    await _at_first_question(h)
    step_before = await h.scalar("SELECT current_step FROM enrolments")
    coach.risk = "crisis"
    replies = await h.person().send("I'm a nurse, and honestly what is even the point any more.")
    assert len(replies) == 1 and "not a crisis service" in replies[0].text
    assert await h.scalar("SELECT current_step FROM enrolments") == step_before
    assert await h.scalar("SELECT count(*) FROM step_attempts WHERE step_key <> 'welcome'") == 0
    assert (await h.scalar("SELECT count(*) FROM audit_log WHERE action = 'crisis_signal'")) == 1
    coach.risk = "none"
    check = await h.person().send("sorry about that")
    assert "are you safe right now" in check[0].text.lower()


async def test_after_a_crisis_reply_the_next_turn_checks_in_before_coaching(
    h: Harness, coach: GatedCoach
) -> None:
    coach.gate.set()
    await _at_first_question(h)
    help_reply = await h.person().send("I want to kill myself")
    assert "not a crisis service" in help_reply[0].text
    calls = coach.calls
    check = await h.person().send("I'm a nurse and I love my patients.")
    assert "are you safe right now" in check[0].text.lower()
    assert coach.calls == calls, "the answer was not judged: coaching waits"
    state = await h.scalar("SELECT step_state FROM enrolments")
    assert isinstance(state, dict) and state["safety"] == "asked"
    not_safe = await h.person().send("no")
    assert "reach out" in not_safe[0].text
    resumed = await h.person().send("yes, I'm safe now")
    assert "glad" in resumed[0].text.lower()
    assert len(resumed) >= 2, "the current step is asked again"
    assert "safety" not in (await h.scalar("SELECT step_state FROM enrolments"))  # type: ignore[operator]


async def test_a_message_received_before_a_deletion_but_handled_after_it_is_dropped(
    h: Harness, coach: GatedCoach
) -> None:
    coach.gate.set()
    session = h.person()
    await session.send("start demo")
    await session.send("delete my data")
    await session.send("yes delete")
    assert await h.scalar("SELECT count(*) FROM identity_tombstones") == 1
    stored = await h.scalar("SELECT identity_hash FROM identity_tombstones")
    assert "ada" not in str(stored), "only a hash of the identity is kept"
    queued = IncomingMessage(
        identity=session.identity,
        idempotency_key="console:queued-before-delete",
        received_at=h.clock.now() - timedelta(seconds=5),
        text="My name is Ada.",
    )
    assert await h.bot.handle(queued) == []
    assert await h.scalar("SELECT count(*) FROM users") == 0
    assert await h.scalar("SELECT count(*) FROM messages") == 0
    h.clock.advance(timedelta(seconds=1))
    again = await session.send("hello")
    assert again, "writing again after the deletion starts from scratch"
    assert await h.scalar("SELECT count(*) FROM users") == 1


async def test_a_plain_yes_or_no_answers_the_help_replys_own_question(
    h: Harness, coach: GatedCoach
) -> None:
    # The help reply asks "are you safe right now?": the next message may be the answer.
    coach.gate.set()
    await _at_first_question(h)
    await h.person().send("I want to kill myself")
    not_safe = await h.person().send("no")
    assert "reach out" in not_safe[0].text and "before we go on" not in not_safe[0].text.lower()
    state = await h.scalar("SELECT step_state FROM enrolments")
    assert isinstance(state, dict) and state["safety"] == "asked"
    await h.person().send("I want to kill myself")
    resumed = await h.person().send("yes, I'm safe")
    assert "glad" in resumed[0].text.lower() and len(resumed) >= 2
    assert "safety" not in (await h.scalar("SELECT step_state FROM enrolments"))  # type: ignore[operator]
