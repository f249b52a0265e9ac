"""What an ordinary turn sends to the database: its statements and commits, counted.

The count comes from psycopg's own cursor and connection methods, wrapped for the test's
task only; the engine is unchanged. The coach is remote to the engine (not the offline
coach object), so a turn that needs a judgement plans, asks with no transaction held, and
applies, as it does with an LLM.
"""

from __future__ import annotations

import contextvars
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import psycopg
import pytest
from psycopg.pq import TransactionStatus

from benchmarks import ZeroLatencyLLM, sincere_answer
from engine.programs.model import ProgramSpec
from tests.harness import Harness, make_harness

# Answers as the offline coach does, but is another object: the engine asks it as it asks an
# LLM, outside the write transaction.
RemoteCoach = ZeroLatencyLLM


@dataclass
class Sent:
    """What one turn sent: each statement's first words, and its commits and rollbacks."""

    statements: list[str] = field(default_factory=list)
    full: list[str] = field(default_factory=list)  # the statements as sent
    commits: int = 0
    rollbacks: int = 0

    @property
    def round_trips(self) -> int:  # BEGIN travels with the write transaction's opening
        return len(self.statements) + self.commits + self.rollbacks


IDLE = TransactionStatus.IDLE
_current: contextvars.ContextVar[Sent | None] = contextvars.ContextVar("sent", default=None)


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> None:
    """Count what psycopg sends while `_current` is set (only in the test's own task)."""
    execute = psycopg.AsyncCursor.execute
    commit = psycopg.AsyncConnection.commit
    rollback = psycopg.AsyncConnection.rollback

    async def counted_execute(self: Any, query: Any, *args: Any, **kw: Any) -> Any:
        sent = _current.get()
        if sent is not None:
            sent.statements.append(" ".join(str(query).split())[:60])
            sent.full.append(str(query))
        return await execute(self, query, *args, **kw)

    async def counted_commit(self: Any) -> None:
        sent = _current.get()
        if sent is not None and self.info.transaction_status != IDLE:  # else sends nothing
            sent.commits += 1
        await commit(self)

    async def counted_rollback(self: Any) -> None:
        sent = _current.get()
        if sent is not None and self.info.transaction_status != IDLE:  # else sends nothing
            sent.rollbacks += 1
        await rollback(self)

    monkeypatch.setattr(psycopg.AsyncCursor, "execute", counted_execute)
    monkeypatch.setattr(psycopg.AsyncConnection, "commit", counted_commit)
    monkeypatch.setattr(psycopg.AsyncConnection, "rollback", counted_rollback)


@pytest.fixture
async def remote(pg_url: str) -> AsyncIterator[tuple[Harness, RemoteCoach]]:
    coach = RemoteCoach()
    h = await make_harness(pg_url, coach=coach)
    yield h, coach
    await h.db.close()


async def _next_answer(h: Harness, spec: ProgramSpec) -> str | None:
    """What the person types next in week 1; None once the week is over."""
    rows = await h.rows("SELECT status, current_week, current_step, step_state FROM enrolments")
    state = rows[0]
    step_state = state["step_state"]
    assert isinstance(step_state, dict)
    if state["status"] != "active" or state["current_week"] != 1 or "locked_until" in step_state:
        return None
    step = spec.weeks[0].steps[int(str(state["current_step"]))]
    return sincere_answer(step, str(step_state.get("part", "")))


async def _week_one(h: Harness, slug: str) -> list[Sent]:
    """Walk week 1 of `slug` as a sincere person; what each turn after `start` sent."""
    session = h.person()
    await session.send(f"start {slug}")
    definition = await h.scalar(
        "SELECT v.definition FROM program_versions v JOIN enrolments e"
        " ON e.program_version_id = v.id"
    )
    spec = ProgramSpec.model_validate(definition)
    turns: list[Sent] = []
    for _ in range(40):
        text = await _next_answer(h, spec)
        if text is None:
            return turns
        sent = Sent()
        token = _current.set(sent)
        try:
            replies = await session.send(text)
        finally:
            _current.reset(token)
        assert replies, f"no reply to {text!r}"
        turns.append(sent)
    raise AssertionError("week 1 did not end within 40 turns")


@pytest.mark.usefixtures("counted")
async def test_an_ordinary_turn_plans_on_one_read_and_commits_once(
    remote: tuple[Harness, RemoteCoach],
) -> None:
    h, coach = remote
    turns = await _week_one(h, "demo")
    assert len(turns) >= 6 and coach.calls >= 3  # judgements went through plan, ask, apply
    for sent in turns:
        assert sent.commits == 1 and sent.rollbacks == 0, sent
        opening = next(i for i, s in enumerate(sent.statements) if s.startswith("BEGIN;"))
        assert opening == 1, sent  # the plan's one read (person, enrolment, background)
        assert not any(s.startswith("SELECT EXISTS") for s in sent.statements[2:]), sent
    statements = sum(len(s.statements) for s in turns) / len(turns)
    round_trips = sum(s.round_trips for s in turns) / len(turns)
    assert statements <= 5 and round_trips <= 6, (statements, round_trips)  # issue 13: ≤ 6


@pytest.mark.usefixtures("counted")
async def test_the_end_of_week_turn_reads_takeaways_and_name_in_one_statement(
    remote: tuple[Harness, RemoteCoach],
) -> None:
    h, _ = remote
    turns = await _week_one(h, "demo")
    last = turns[-1]  # the reflection: takeaways written, the recap, the week moved on
    assert any("INSERT" in s and "takeaways" in s for s in last.statements), last
    separate_reads = ("SELECT learnings, action_items FROM takeaways", "SELECT field, value FROM")
    assert not any(s.startswith(separate_reads) for s in last.statements), last
    assert last.commits == 1 and len(last.statements) <= 7, last  # was 8 with the two reads


async def _counted_send(h: Harness, session: Any, text: str) -> Sent:
    sent = Sent()
    token = _current.set(sent)
    try:
        assert await session.send(text), f"no reply to {text!r}"
    finally:
        _current.reset(token)
    return sent


@pytest.mark.usefixtures("counted")
async def test_a_command_turns_load_carries_no_background(
    remote: tuple[Harness, RemoteCoach],
) -> None:
    h, _ = remote
    session = h.person()
    await session.send("start demo")
    for command in ("status", "help", "what's my goal?"):
        sent = await _counted_send(h, session, command)
        load = sent.full[0]
        assert load.startswith("SELECT") and "r_profile" not in load, (command, load[:80])
        assert sent.commits == 1, sent
    definition = await h.scalar("SELECT definition FROM program_versions")
    spec = ProgramSpec.model_validate(definition)
    text = await _next_answer(h, spec)
    assert text is not None
    sent = await _counted_send(h, session, text)  # an answer: its routing reads the background
    assert "r_profile" in sent.full[0], sent.statements
