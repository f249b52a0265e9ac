"""What a turn reads besides the person and enrolment: their background, in few statements.

A turn loads the person and their enrolment in one statement to plan (`engine.store.turns`).
The same statement carries what routing the message and building the coach's request read
— the profile, the active goal, this week's answers, the current step's attempts with the
coach's replies, last week's takeaways and (when the text could answer one) the intro
waiting for an answer — so the plan sends no read of its own (a plain command, whose
routing reads none of it, is loaded without it: `engine.load_needs`).
Under the person's lock the apply reloads the person and enrolment with BEGIN and the
lock; when the plan used the background, `load_reads` reads it afresh in one prepared
statement (the request the apply builds from it must equal the one the coach answered).

`TurnReads` holds them with what they were read for. They are the state before the turn
writes anything: the turn drops them before its route runs (`engine.turn`), and the
stores' `ReadsFirst` answers from them only when they were read for the same person,
enrolment, week and step; otherwise the store reads, as it did before.
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from engine.state import EnrolmentState, Person
from engine.store import coaching
from engine.store.coaching import Background, StepTry
from engine.store.connections import OPEN_INTRO_SQL
from engine.store.database import Connection, compact

_IN_LOAD = {
    "user": "u.id",
    "enrolment": "e.e_id",
    "week": "e.e_current_week",
    "step": "s.key",
    "count": "e.e_step_attempt",
    "now": "%(now)s",
}
# This week's answers in one read, both orders: [`coaching.WEEK_ANSWERS_SQL`,
# `records.week_answers`] (the coach's context; the step views and the recap).
_ANSWERS = f"""(SELECT jsonb_build_array({coaching.WEEK_ANSWERS_BY_ID},
        {coaching.WEEK_ANSWERS_BY_TIME})
    FROM {coaching.WEEK_ANSWERS_ROWS.format(**_IN_LOAD)})"""
# Columns and joins of the load (`u` the person, `e` the enrolment with its columns named
# `e_*`): `s` is the step the enrolment stands at, `t` the takeaways of the week before.
# The open intro is read only when the text could answer one (`columns(intro=True)`).
_COLUMNS = f"""
    s.key AS r_step, {coaching.PROFILE_SQL.format(**_IN_LOAD)} AS r_profile,
    {coaching.GOAL_SQL.format(**_IN_LOAD)} AS r_goal,
    t.summary AS r_summary, t.learnings AS r_learnings, t.action_items AS r_action_items,
    {coaching.TRIES_SQL.format(**_IN_LOAD)} AS r_tries,
    {_ANSWERS} AS r_answers"""
_INTRO = f"true AS r_intro_read, {OPEN_INTRO_SQL.format(**_IN_LOAD)} AS r_intro"


def columns(*, intro: bool) -> str:
    return f"{_COLUMNS}, {_INTRO if intro else 'false AS r_intro_read, NULL AS r_intro'}"


JOINS = f"""
    LEFT JOIN LATERAL (
        SELECT st.key FROM weeks w JOIN steps st ON st.week_id = w.id
        WHERE w.program_version_id = e.e_program_version_id AND w.number = e.e_current_week
          AND st.position = e.e_current_step
    ) s ON true
    {coaching.LAST_TAKEAWAYS_SQL.format(**_IN_LOAD)}"""


@dataclass(slots=True)
class TurnReads:
    """The person's background as the turn's load found it (see the module docstring).

    `used`: something was answered from it (the apply then reads it again, under the lock).
    """

    user_id: int
    enrolment_id: int | None
    week: int | None
    step_key: str | None  # the step the enrolment stands at, as stored
    step_attempt: int  # how many attempts `tries` holds at most
    profile: Mapping[str, str]
    goal: str | None
    tries: tuple[StepTry, ...]
    background: Background
    stored_answers: tuple[tuple[str, str], ...]  # `records.week_answers`
    intro_read: bool
    intro: str | None
    used: bool = False

    def of(self, enrolment_id: int, week: int) -> bool:
        return self.enrolment_id == enrolment_id and self.week == week


def from_row(row: Mapping[str, Any]) -> TurnReads | None:
    """The reads in a row of the load; None when it found no person, or had no reads."""
    if row["id"] is None or "r_step" not in row:
        return None
    tries, background = coaching.from_row(
        {
            "profile": row["r_profile"],
            "goal": row["r_goal"],
            "summary": row["r_summary"],
            "learnings": row["r_learnings"],
            "action_items": row["r_action_items"],
            "tries": row["r_tries"],
            "week_answers": row["r_answers"][0],
        }
    )
    stored = row["r_answers"][1]
    return TurnReads(
        user_id=row["id"],
        enrolment_id=row["e_id"],
        week=row["e_current_week"],
        step_key=row["r_step"],
        step_attempt=row["e_step_attempt"] or 0,
        profile=background.profile,
        goal=background.goal,
        tries=tuple(tries),
        background=background,
        stored_answers=tuple((str(k), str(v)) for k, v in stored),
        intro_read=bool(row["r_intro_read"]),
        intro=row["r_intro"],
    )


class ReadsFirst(Protocol):
    """The port's reads (`engine.store.port.TurnStore`), answered from `reads` when they were
    read for the same person, enrolment, week and step, from the store otherwise.

    The one declaration of these reads: `TurnStore` extends this protocol, and both stores
    inherit its answers, so a turn on the in-memory store uses (and marks `used`) the load's
    reads exactly where a turn on PostgreSQL does; each store only says how it reads on its
    own (the `_read_*` methods).
    """

    __slots__ = ()

    async def profile(self, *, reads: TurnReads | None, user_id: int) -> dict[str, str]:
        """The person's profile fields."""
        if reads is not None and reads.user_id == user_id:
            reads.used = True
            return dict(reads.profile)
        return await self._read_profile(user_id)

    async def active_goal(self, *, reads: TurnReads | None, enrolment_id: int) -> str | None:
        """The description of the enrolment's active goal."""
        if reads is not None and reads.enrolment_id == enrolment_id:
            reads.used = True
            return reads.goal
        return await self._read_goal(enrolment_id)

    async def week_answers(
        self, *, reads: TurnReads | None, enrolment_id: int, week: int
    ) -> tuple[tuple[str, str], ...]:
        """(step key, the person's words) per step answered in the week, as stored."""
        if reads is not None and reads.of(enrolment_id, week):
            reads.used = True
            return reads.stored_answers
        return await self._read_week_answers(enrolment_id, week)

    async def coaching_memory(
        self,
        *,
        reads: TurnReads | None,
        user_id: int,
        enrolment_id: int,
        week: int,
        step_key: str,
        count: int,
    ) -> tuple[list[StepTry], Background]:
        """The step's last `count` attempts (oldest first) and the person's background."""
        if reads is not None and reads.user_id == user_id and reads.of(enrolment_id, week):
            if count <= 0:
                reads.used = True
                return [], reads.background
            if step_key == reads.step_key and count == reads.step_attempt:
                reads.used = True
                return list(reads.tries), reads.background
        return await self._read_coaching_memory(user_id, enrolment_id, week, step_key, count)

    async def intro_prompt(
        self, *, reads: TurnReads | None, user_id: int, now: datetime
    ) -> str | None:
        """The ref of the colleague introduction waiting for the person's answer."""
        if reads is not None and reads.intro_read and reads.user_id == user_id:
            reads.used = True
            return reads.intro
        return await self._read_intro_prompt(user_id, now)

    @abstractmethod
    async def _read_profile(self, user_id: int) -> dict[str, str]: ...

    @abstractmethod
    async def _read_goal(self, enrolment_id: int) -> str | None: ...

    @abstractmethod
    async def _read_week_answers(
        self, enrolment_id: int, week: int
    ) -> tuple[tuple[str, str], ...]: ...

    @abstractmethod
    async def _read_coaching_memory(
        self, user_id: int, enrolment_id: int, week: int, step_key: str, count: int
    ) -> tuple[list[StepTry], Background]: ...

    @abstractmethod
    async def _read_intro_prompt(self, user_id: int, now: datetime) -> str | None: ...


# The same reads on their own, for the apply: prepared (planned once per connection), as
# the unprepared reload under the lock would plan them on every turn.
_ALONE = """
    SELECT u.id, e.e_id, e.e_current_week, e.e_step_attempt,{columns}
    FROM (VALUES (%(user_id)s::bigint)) AS u (id)
    CROSS JOIN (VALUES (%(enrolment)s::bigint, %(version)s::bigint, %(week)s::smallint,
        %(step)s::smallint, %(attempt)s::smallint))
        AS e (e_id, e_program_version_id, e_current_week, e_current_step, e_step_attempt)
"""
_READS = {
    intro: compact(_ALONE.format(columns=columns(intro=intro)) + JOINS) for intro in (False, True)
}


async def load_reads(
    conn: Connection,
    person: Person,
    enrolment: EnrolmentState | None,
    *,
    now: datetime,
    intro: bool,
) -> TurnReads:
    """What the load carries besides the person and enrolment, read on its own."""
    e, user_id = enrolment, person.user_id
    cur = await conn.execute(
        _READS[intro],
        {
            "user_id": user_id,
            "enrolment": e.id if e else None,
            "version": e.program_version_id if e else None,
            "week": e.current_week if e else None,
            "step": e.current_step if e else None,
            "attempt": e.step_attempt if e else None,
            "now": now,
        },
    )
    reads = from_row(await cur.fetchone() or {"id": None})
    assert reads is not None
    return reads
