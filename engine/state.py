"""The working state of one turn: the person, their enrolment, and what the turn wrote."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from engine.llm.budget import NO_CALLS, LlmCalls
from engine.llm.types import Usage
from engine.pending_question import PendingQuestion
from engine.steps.state import ConversationState


@dataclass(slots=True)
class Person:
    user_id: int
    display_name: str | None
    timezone: str
    llm_calls: LlmCalls = NO_CALLS  # recent LLM calls for this person (engine.llm.budget)
    question: PendingQuestion | None = None  # waiting for a yes or a no (engine.commands.confirm)


@dataclass(slots=True)
class EnrolmentState:
    """A mutable copy of one `enrolments` row; the turn writes it back with `record_turn`."""

    id: int
    user_id: int
    program_id: int
    program_version_id: int
    status: str
    timezone: str
    quiet_start: time | None
    quiet_end: time | None
    reminders_enabled: bool
    checkin_days: list[int] | None
    checkin_time: time | None
    snoozed_until: datetime | None
    away_until: date | None
    current_week: int
    current_step: int
    step_attempt: int
    hints_used: int
    step_state: ConversationState
    prompt_variant: str
    started_at: datetime
    completed_at: datetime | None
    last_activity_at: datetime

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> EnrolmentState:
        values = {name: row[name] for name in cls.__slots__}
        values["step_state"] = ConversationState.from_json(row["step_state"])
        return cls(**values)

    def reset_step(self) -> None:
        """A new step begins: attempts, hints and the step's own progress start again."""
        self.step_attempt = 0
        self.hints_used = 0
        self.step_state.next_step()


@dataclass(frozen=True, slots=True)
class AttemptRecord:
    week_number: int
    step_key: str
    attempt_no: int
    answer: str
    valid: bool
    classification: str | None = None
    missing: tuple[str, ...] = ()
    hints_used: int = 0
    forced: bool = False
    llm_error: str | None = None


@dataclass(slots=True)
class Outgoing:
    """What the turn says, with the prompt and LLM call that produced it."""

    text: str
    step_key: str | None = None
    prompt_version_id: int | None = None
    usage: Usage | None = None
    context_used: list[dict[str, Any]] | None = None  # knowledge passages a reply rests on


@dataclass(slots=True)
class TurnLog:
    attempts: list[AttemptRecord] = field(default_factory=list)
    outgoing: list[Outgoing] = field(default_factory=list)
