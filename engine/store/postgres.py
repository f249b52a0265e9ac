"""`TurnStore` on PostgreSQL: each method is the store function it names, on one connection.

Nothing is read or written here that the functions did not read or write before the port:
the same statements, in the same order, in the turn's transaction. The background reads go
to the database only when the turn's load did not carry them (`turn_reads.ReadsFirst`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from engine.llm.types import PromptText
from engine.state import EnrolmentState
from engine.store import coaching, programs, records
from engine.store.coaching import Background, StepTry
from engine.store.connections import open_intro_prompt
from engine.store.continuity import WeekTakeaways, takeaways_and_profile
from engine.store.database import Connection
from engine.store.pending import checked_in_since, unanswered_check_in_prompt
from engine.store.port import TurnStore
from engine.store.records import WeekChange
from engine.store.step_records import write_records
from engine.store.turn_reads import ReadsFirst

__all__ = ["PostgresTurnStore"]


class PostgresTurnStore(ReadsFirst):
    """Implements `engine.store.port.TurnStore` on the turn's connection (the reads that
    `ReadsFirst` does not answer from the turn's load, on their own)."""

    __slots__ = ("conn",)

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def connection(self) -> Connection:
        return self.conn

    async def active_prompts(self, *, program_id: int) -> list[PromptText]:
        return [
            PromptText(name=r["name"], body=r["body"], version_id=r["id"], variant=r["variant"])
            for r in await programs.active_prompts(self.conn, program_id)
        ]

    async def _read_profile(self, user_id: int) -> dict[str, str]:
        return await records.profile(self.conn, user_id)

    async def _read_goal(self, enrolment_id: int) -> str | None:
        found = await records.active_goal(self.conn, enrolment_id)
        return str(found["description"]) if found else None

    async def _read_week_answers(self, enrolment_id: int, week: int) -> tuple[tuple[str, str], ...]:
        return tuple(await records.week_answers(self.conn, enrolment_id, week))

    async def _read_coaching_memory(
        self, user_id: int, enrolment_id: int, week: int, step_key: str, count: int
    ) -> tuple[list[StepTry], Background]:
        return await coaching.load(
            self.conn,
            user_id=user_id,
            enrolment_id=enrolment_id,
            week=week,
            step_key=step_key,
            count=count,
        )

    async def _read_intro_prompt(self, user_id: int, now: datetime) -> str | None:
        return await open_intro_prompt(self.conn, user_id, now)

    async def unanswered_check_in_prompt(
        self, *, user_id: int, since: datetime, now: datetime
    ) -> datetime | None:
        return await unanswered_check_in_prompt(self.conn, user_id=user_id, since=since, now=now)

    async def checked_in_since(self, *, user_id: int, enrolment_id: int, since: datetime) -> bool:
        return await checked_in_since(
            self.conn, user_id=user_id, enrolment_id=enrolment_id, since=since
        )

    async def write_records(
        self, *, enrolment: EnrolmentState, written: Iterable[object], now: datetime
    ) -> None:
        await write_records(self.conn, enrolment, written, now=now)

    async def set_weeks(
        self, *, enrolment_id: int, changes: Sequence[WeekChange], now: datetime
    ) -> None:
        await records.set_weeks(self.conn, enrolment_id=enrolment_id, changes=changes, now=now)

    async def takeaways_and_profile(
        self, *, enrolment_id: int, week: int, user_id: int, names: Sequence[str]
    ) -> tuple[WeekTakeaways | None, dict[str, str]]:
        return await takeaways_and_profile(
            self.conn, enrolment_id=enrolment_id, week=week, user_id=user_id, names=names
        )

    async def record_crisis_signal(
        self, *, user_id: int, source: str, step_key: str | None, now: datetime
    ) -> None:
        await records.record_crisis_signal(
            self.conn, user_id=user_id, source=source, step_key=step_key, now=now
        )


def _a_turn_store(store: PostgresTurnStore) -> TurnStore:
    return store  # the type checker holds the class to the port
