"""One turn's working state: the store, the person, their enrolment and what is said."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from engine.llm.types import PromptText, Usage
from engine.messages import IncomingMessage, Reply
from engine.pending_question import PendingQuestion
from engine.programs.catalog import ProgramVersionRef
from engine.programs.model import StepSpec, WeekSpec
from engine.screening import CrisisScreen
from engine.state import AttemptRecord, EnrolmentState, Outgoing, Person, TurnLog
from engine.store.database import Connection
from engine.store.port import TurnStore
from engine.store.turn_reads import TurnReads
from engine.timeexpr import zone_or_utc


@dataclass(slots=True)
class Turn:
    store: TurnStore  # what the turn reads and writes (`engine.store.port`)
    message: IncomingMessage
    person: Person
    now: datetime
    enrolment: EnrolmentState | None = None
    program: ProgramVersionRef | None = None
    replies: list[Reply] = field(default_factory=list)
    log: TurnLog = field(default_factory=TurnLog)
    deleted: bool = False
    question_changed: bool = False  # the person's pending question is saved with the turn
    crisis: CrisisScreen = field(default_factory=CrisisScreen)  # shared by plan and apply
    # What `week_answers` read, by (enrolment, week): attempts are written only with the
    # turn (`persist_turn`), so a second read in the same turn would find the same rows.
    answers_read: dict[tuple[int, int], tuple[tuple[str, str], ...]] = field(default_factory=dict)
    # What the turn's load read besides (`engine.store.turn_reads`): the state before the
    # turn writes, so it is dropped before the route runs.
    reads: TurnReads | None = None

    def __post_init__(self) -> None:
        question = self.person.question
        if question is not None and not question.open_at(self.now):
            self.set_question(None)  # expired: no late yes can answer it

    @property
    def conn(self) -> Connection:
        """The connection, for turn logic not yet behind `store` (none in memory)."""
        return self.store.connection()

    @property
    def reads_used(self) -> bool:
        """Routing answered something from `reads`."""
        return self.reads is not None and self.reads.used

    def set_question(self, question: PendingQuestion | None) -> None:
        """Ask `question` (None: the pending one is answered or gone); saved with the turn."""
        self.person.question = question
        self.question_changed = True

    @property
    def tz(self) -> ZoneInfo:
        return zone_or_utc(self.enrolment.timezone if self.enrolment else self.person.timezone)

    @property
    def running(self) -> tuple[EnrolmentState, ProgramVersionRef]:
        assert self.enrolment is not None and self.program is not None
        return self.enrolment, self.program

    @property
    def week(self) -> WeekSpec:
        enrolment, program = self.enrolment, self.program
        assert enrolment is not None and program is not None
        return program.spec.weeks[enrolment.current_week - 1]

    @property
    def step(self) -> StepSpec | None:
        """The step waiting for an answer; None while the next week is still locked."""
        # Read a dozen times a turn: `running` and `week` written out, not called.
        enrolment, program = self.enrolment, self.program
        assert enrolment is not None and program is not None
        if enrolment.step_state.locked_until is not None:
            return None
        steps = program.spec.weeks[enrolment.current_week - 1].steps
        return steps[enrolment.current_step] if enrolment.current_step < len(steps) else None

    def say(
        self,
        *replies: Reply,
        prompt: PromptText | None = None,
        usage: Usage | None = None,
    ) -> None:
        step = self.step if self.enrolment and self.program else None
        step_key = step.key if step else None
        for reply in replies:
            self.replies.append(reply)
            self.log.outgoing.append(
                Outgoing(
                    text=reply.as_plain_text() if reply.attachment is None else reply.text,
                    step_key=step_key,
                    prompt_version_id=prompt.version_id if prompt else None,
                    usage=usage,
                )
            )
            usage = None  # the LLM call is attributed to the first reply it produced

    def record(self, attempt: AttemptRecord) -> None:
        self.log.attempts.append(attempt)
