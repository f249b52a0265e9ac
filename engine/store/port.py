"""The store port of turn logic: what answering a step reads and writes.

Routing a message to the current step, building the coach's request, applying the step's
outcome and moving the flow on (the next step, the week's end, the program's end) read
and write only through `TurnStore`. `engine.store.postgres.PostgresTurnStore` delegates to
the store functions (the same statements, no extra round trip); the in-memory
`engine.store.memory.MemoryTurnStore` lets unit tests drive that logic without a database.

The rest of a turn (commands, check-ins, goals, scenarios, knowledge, connections) still
takes the connection from `TurnStore.connection()`, which the in-memory store refuses:
a unit test that strays outside the port fails loudly instead of silently passing.

`reads` is what the turn's load read besides the person (`engine.store.turn_reads`): both
stores answer from it by one rule (`turn_reads.ReadsFirst`) when it was read for the same
person, enrolment and week.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Protocol

from engine.llm.types import PromptText
from engine.state import EnrolmentState
from engine.store.continuity import WeekTakeaways
from engine.store.database import Connection
from engine.store.records import WeekChange
from engine.store.turn_reads import ReadsFirst

__all__ = ["NoDatabase", "PromptSource", "TurnStore"]


class NoDatabase(RuntimeError):
    """Turn logic asked for a connection the store does not have (it is not behind the port)."""


class PromptSource(Protocol):
    """Where `engine.programs.catalog.PromptBook` reads a program's prompts from."""

    async def active_prompts(self, *, program_id: int) -> list[PromptText]:
        """The newest active version of each (prompt name, variant) of the program."""
        ...


class TurnStore(PromptSource, ReadsFirst, Protocol):
    """What a turn reads and writes while a step is answered and the flow moves on.

    The reads the turn's load may already hold (profile, goal, week's answers, coaching
    memory, intro) are declared, and answered, once: by `ReadsFirst`.
    """

    def connection(self) -> Connection:
        """The connection, for turn logic not yet behind this port.

        Raises:
            NoDatabase: the store has none (in memory).
        """
        ...

    async def unanswered_check_in_prompt(
        self, *, user_id: int, since: datetime, now: datetime
    ) -> datetime | None:
        """When a check-in reminder reached the person after `since`, if still unanswered."""
        ...

    async def checked_in_since(self, *, user_id: int, enrolment_id: int, since: datetime) -> bool:
        """Whether the person recorded a check-in in this enrolment at or after `since`."""
        ...

    async def write_records(
        self, *, enrolment: EnrolmentState, written: Iterable[object], now: datetime
    ) -> None:
        """A step outcome's records, in order, for the enrolment's current week."""
        ...

    async def set_weeks(
        self, *, enrolment_id: int, changes: Sequence[WeekChange], now: datetime
    ) -> None:
        """Move each week to its status (one statement for a week transition)."""
        ...

    async def takeaways_and_profile(
        self, *, enrolment_id: int, week: int, user_id: int, names: Sequence[str]
    ) -> tuple[WeekTakeaways | None, dict[str, str]]:
        """What `week`'s reflection kept, and the person's profile fields among `names`."""
        ...

    async def record_crisis_signal(
        self, *, user_id: int, source: str, step_key: str | None, now: datetime
    ) -> None:
        """That crisis language was seen, and by whom (never the message text)."""
        ...
