"""`TurnStore` in memory: plain dicts and lists, for unit tests of turn logic.

It keeps what the port's reads must see of earlier writes — this week's attempts (kept
with `keep_turn`, as `persist_turn` stores them), the records a step wrote (check-ins,
profile fields, goals, takeaways), the weeks moved on — and answers the reads as the SQL
does (the same grouping and order of week answers, the same reminder window). It has no
connection: turn logic outside the port (`Turn.conn`) raises `NoDatabase` here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from engine.llm.types import PromptText
from engine.state import AttemptRecord, EnrolmentState, TurnLog
from engine.steps import CheckInRecord, GoalRecord, ProfileRecord, TakeawaysRecord
from engine.store.coaching import Background, StepTry
from engine.store.continuity import WeekTakeaways
from engine.store.database import Connection
from engine.store.pending import REMINDER_ANSWERABLE
from engine.store.port import NoDatabase, TurnStore
from engine.store.records import WeekChange
from engine.store.turn_reads import ReadsFirst

__all__ = ["KeptAttempt", "MemoryTurnStore", "SentReminder", "WeekStatus", "WrittenRecord"]

R = TypeVar("R")
_Keep = Callable[[EnrolmentState, R, datetime], None]  # keeps what later reads see of a record


@dataclass(frozen=True, slots=True)
class KeptAttempt:
    """A step attempt as stored: the turn's record of it, with the coach's reply to it (the
    step's first message)."""

    enrolment_id: int
    attempt: AttemptRecord
    reply: str | None
    at: datetime


@dataclass(frozen=True, slots=True)
class WrittenRecord:
    """A record of a step outcome, for the enrolment's week it was written in."""

    enrolment_id: int
    week: int
    record: object
    at: datetime


@dataclass(frozen=True, slots=True)
class SentReminder:
    """A check-in reminder (a sent `check_in` nudge) through one of the person's enrolments."""

    enrolment_id: int
    sent_at: datetime
    snoozed: bool = False  # the snooze's reminder (`payload.snoozed`), not the day's


@dataclass(slots=True)
class WeekStatus:
    """A `week_progress` row: the week's status and when it moved."""

    status: str
    unlocks_at: datetime | None = None
    summary: str | None = None
    unlocked_at: datetime | None = None
    started_at: datetime | None = None
    completed_at: datetime | None = None


class MemoryTurnStore(ReadsFirst):
    """Implements `engine.store.port.TurnStore` on dicts; `reads` are answered from as on
    PostgreSQL (`ReadsFirst`), and what they do not answer is read from the dicts."""

    def __init__(self) -> None:
        self.prompts: dict[int, list[PromptText]] = {}  # program id → active prompts
        self.profiles: dict[int, dict[str, str]] = {}  # user id → fields
        self.goals: dict[int, str] = {}  # enrolment id → the active goal's description
        self.intros: dict[int, str] = {}  # user id → the ref of the intro waiting an answer
        self.enrolments: dict[int, EnrolmentState] = {}  # id → the enrolment as it stands
        self.reminders: list[SentReminder] = []
        # user id → (enrolment id, when) of each check-in recorded
        self.check_ins: dict[int, list[tuple[int, datetime]]] = {}
        self.takeaways: dict[tuple[int, int], TakeawaysRecord] = {}  # (enrolment, week)
        self.attempts: list[KeptAttempt] = []
        self.records: list[WrittenRecord] = []
        self.weeks: dict[tuple[int, int], WeekStatus] = {}  # (enrolment, week)
        self.crisis_signals: list[tuple[int, str, str | None]] = []  # user, source, step
        self._keep: dict[type[object], _Keep[object]] = dict(  # the records a later read sees
            (
                _kept(CheckInRecord, self._check_in),
                _kept(GoalRecord, self._goal),
                _kept(ProfileRecord, self._profile),
                _kept(TakeawaysRecord, self._takeaways),
            )
        )

    def enrol(self, enrolment: EnrolmentState, *, weeks: int, now: datetime) -> None:
        """Hold `enrolment` and its weeks as `enrolments.enrol` writes them: the first in
        progress, the others locked."""
        self.enrolments[enrolment.id] = enrolment
        self.weeks[(enrolment.id, 1)] = WeekStatus("in_progress", unlocked_at=now, started_at=now)
        for number in range(2, weeks + 1):
            self.weeks[(enrolment.id, number)] = WeekStatus("locked")

    def keep_turn(self, *, enrolment_id: int, log: TurnLog, now: datetime) -> None:
        """Store the turn's attempts as `persist_turn` does, each with the coach's reply."""
        for attempt in log.attempts:
            reply = next((o.text for o in log.outgoing if o.step_key == attempt.step_key), None)
            self.attempts.append(KeptAttempt(enrolment_id, attempt, reply, now))

    def connection(self) -> Connection:
        raise NoDatabase("this turn logic is not behind engine.store.port.TurnStore")

    async def active_prompts(self, *, program_id: int) -> list[PromptText]:
        return list(self.prompts.get(program_id, ()))

    async def _read_profile(self, user_id: int) -> dict[str, str]:
        return dict(self.profiles.get(user_id, {}))

    async def _read_goal(self, enrolment_id: int) -> str | None:
        return self.goals.get(enrolment_id)

    async def _read_week_answers(self, enrolment_id: int, week: int) -> tuple[tuple[str, str], ...]:
        return self._week_answers(enrolment_id, week)

    async def _read_coaching_memory(
        self, user_id: int, enrolment_id: int, week: int, step_key: str, count: int
    ) -> tuple[list[StepTry], Background]:
        at_step = [k for k in self._of_week(enrolment_id, week) if k.attempt.step_key == step_key]
        tries = [
            StepTry(k.attempt.answer, k.reply, k.attempt.missing, k.attempt.valid)
            for k in (at_step[-count:] if count > 0 else [])
        ]
        earlier = [k for k in self.takeaways if k[0] == enrolment_id and k[1] < week]
        last = self.takeaways[max(earlier)] if earlier else None
        return tries, Background(
            profile=dict(sorted(self.profiles.get(user_id, {}).items())),
            goal=self.goals.get(enrolment_id),
            last_summary=last.summary if last else None,
            last_learnings=last.learnings if last else (),
            last_actions=last.action_items if last else (),
            week_answers=self._week_answers(enrolment_id, week),
        )

    async def _read_intro_prompt(self, user_id: int, now: datetime) -> str | None:
        return self.intros.get(user_id)

    async def unanswered_check_in_prompt(
        self, *, user_id: int, since: datetime, now: datetime
    ) -> datetime | None:
        open_ones = [
            r.sent_at
            for r in self.reminders
            if since < r.sent_at <= now and self._open(r, user_id=user_id, now=now)
        ]
        return max(open_ones, default=None)

    async def checked_in_since(self, *, user_id: int, enrolment_id: int, since: datetime) -> bool:
        return any(at >= since and of == enrolment_id for of, at in self.check_ins.get(user_id, []))

    async def write_records(
        self, *, enrolment: EnrolmentState, written: Iterable[object], now: datetime
    ) -> None:
        for record in written:
            self.records.append(WrittenRecord(enrolment.id, enrolment.current_week, record, now))
            keep = self._keep.get(type(record))
            if keep is not None:
                keep(enrolment, record, now)

    async def set_weeks(
        self, *, enrolment_id: int, changes: Sequence[WeekChange], now: datetime
    ) -> None:
        for change in changes:  # as `records.set_weeks`: an UPDATE of the rows there are
            week = self.weeks.get((enrolment_id, change.week))
            if week is None:
                continue
            week.status = change.status
            if change.unlocks_at is not None:
                week.unlocks_at = change.unlocks_at
            if change.summary is not None:
                week.summary = change.summary
            if change.status in ("unlocked", "in_progress"):
                week.unlocked_at = week.unlocked_at or now
            if change.status == "in_progress":
                week.started_at = week.started_at or now
            if change.status == "completed":
                week.completed_at = now

    async def takeaways_and_profile(
        self, *, enrolment_id: int, week: int, user_id: int, names: Sequence[str]
    ) -> tuple[WeekTakeaways | None, dict[str, str]]:
        found = self.profiles.get(user_id, {})
        profile = {n: found[n] for n in names if n in found}
        kept = self.takeaways.get((enrolment_id, week))
        if kept is None:
            return None, profile
        return WeekTakeaways(kept.learnings, kept.action_items), profile

    async def record_crisis_signal(
        self, *, user_id: int, source: str, step_key: str | None, now: datetime
    ) -> None:
        self.crisis_signals.append((user_id, source, step_key))

    def _open(self, reminder: SentReminder, *, user_id: int, now: datetime) -> bool:
        """Still answerable, as `engine.store.pending.unanswered_check_in_prompt` decides."""
        enrolment = self.enrolments.get(reminder.enrolment_id)
        if enrolment is None or enrolment.user_id != user_id:
            return False
        if reminder.snoozed and enrolment.step_state.locked_until is None:
            return False  # it repeats the step left waiting: an answer belongs to the step
        checked = self.check_ins.get(user_id, [])
        return reminder.sent_at > now - REMINDER_ANSWERABLE and not any(
            at >= reminder.sent_at for _, at in checked
        )

    def _of_week(self, enrolment_id: int, week: int) -> list[KeptAttempt]:
        return [
            k
            for k in self.attempts
            if (k.enrolment_id, k.attempt.week_number) == (enrolment_id, week)
        ]

    def _week_answers(self, enrolment_id: int, week: int) -> tuple[tuple[str, str], ...]:
        """Every attempt's words per step, in order, for the steps answered (or passed)."""
        by_step: dict[str, list[AttemptRecord]] = {}
        for kept in self._of_week(enrolment_id, week):  # first attempts first
            by_step.setdefault(kept.attempt.step_key, []).append(kept.attempt)
        return tuple(
            (key, " / ".join(a.answer for a in tries))
            for key, tries in by_step.items()
            if any(a.valid or a.forced for a in tries)
        )

    def _check_in(self, enrolment: EnrolmentState, record: CheckInRecord, now: datetime) -> None:
        self.check_ins.setdefault(enrolment.user_id, []).append((enrolment.id, now))

    def _goal(self, enrolment: EnrolmentState, record: GoalRecord, now: datetime) -> None:
        self.goals[enrolment.id] = record.description

    def _profile(self, enrolment: EnrolmentState, record: ProfileRecord, now: datetime) -> None:
        known = self.profiles.setdefault(enrolment.user_id, {})
        for name, value in record.values.items():  # the first value stays, as in SQL
            known.setdefault(name, value)

    def _takeaways(self, enrolment: EnrolmentState, record: TakeawaysRecord, now: datetime) -> None:
        self.takeaways[(enrolment.id, enrolment.current_week)] = record


def _kept(kind: type[R], keep: _Keep[R]) -> tuple[type[object], _Keep[object]]:
    """`keep` for the records of class `kind`, in a table of every record class."""

    def keep_one(enrolment: EnrolmentState, record: object, now: datetime) -> None:
        if isinstance(record, kind):
            keep(enrolment, record, now)

    return kind, keep_one


def _a_turn_store(store: MemoryTurnStore) -> TurnStore:
    return store  # the type checker holds the class to the port
