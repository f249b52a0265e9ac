"""The `StepType` protocol: what every kind of program step does, and what it returns.

A step type is pure: it sees a `StepView` (the step, the person's position and what the
turn loaded for it) and returns replies, a judgement to ask for, or a `StepOutcome`. The
turn does the I/O: it loads what `needs`/`present_needs` name, asks the coach, writes the records
(each record class through the writer registered for it in `engine.store.step_records`).
Nothing outside `engine/steps/` branches on a step's kind: it asks the step type.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any, Protocol, TypeAlias

from pydantic import BaseModel

from engine.llm.offline.coach import OfflineJudge
from engine.llm.types import (
    CoachRequest,
    CoachResult,
    JudgementRules,
    KnowledgePassage,
    RequiredItem,
    StepBrief,
)
from engine.messages import Reply
from engine.programs.model import ProgramSpec, RequiredItemSpec, StepSpec
from engine.scenarios.state import SceneProgress
from engine.steps.progress import StateClass, StepState
from engine.store.record_writers import RecordWriter


class Need(Enum):
    """Data a step type reads beyond the enrolment (loaded by the turn, once)."""

    PROFILE = "profile"
    ACTIVE_GOAL = "active_goal"
    WEEK_ANSWERS = "week_answers"
    KNOWLEDGE = "knowledge"  # passages for the answer, from the step's categories


@dataclass(frozen=True, slots=True)
class StepView:
    """One step as the person meets it now."""

    program: ProgramSpec
    enrolment_id: int
    week: int
    step: StepSpec
    attempt_no: int  # the number this answer would get
    hints_used: int
    state: StepState | None = None
    known_fields: Mapping[str, str] = field(default_factory=dict)
    current_goal: str | None = None
    week_answers: tuple[tuple[str, str], ...] = ()
    now: datetime | None = None  # the turn's time (a scenario records when scenes ran)
    passages: tuple[KnowledgePassage, ...] = ()  # found for the answer (Need.KNOWLEDGE)
    timezone: str | None = None  # the person's zone when known (platform or set), else None


@dataclass(frozen=True, slots=True)
class Judgement(StepBrief):
    """What the coach is asked about an answer (its brief, as the step builds it, goes into
    the turn's `CoachRequest`); `local` = the offline coach suffices."""

    kind: str
    answer: str
    local: bool = False
    max_attempts: int = 1
    extra_prompts: tuple[str, ...] = ()  # program prompts sent with the step's own
    question: str | None = None  # what the coach is told was asked (None: the step's prompt)
    # The whole coach request when the step builds its own (a scenario turn: its rules and
    # persona cards, no program prompts); None: the turn builds it from the fields above.
    request: CoachRequest | None = None


@dataclass(frozen=True, slots=True)
class CheckInRecord:
    mood: int | None
    progress: int | None


@dataclass(frozen=True, slots=True)
class GoalRecord:
    description: str
    smart: Mapping[str, str]
    revises_active: bool  # the active goal is marked revised and linked


@dataclass(frozen=True, slots=True)
class ProfileRecord:
    values: Mapping[str, str]
    confidence: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class TimezoneRecord:
    """The person's time zone, set as the `timezone` command does."""

    zone: str


@dataclass(frozen=True, slots=True)
class TakeawaysRecord:
    summary: str | None
    learnings: tuple[str, ...]
    action_items: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SceneRecord:
    """A scenario scene as it stands (attempts, criteria met with quotes, score, feedback)."""

    step_key: str
    progress: SceneProgress


@dataclass(frozen=True, slots=True)
class ConversationRecord:
    """A conversation step that ended: its summary, the sources used, then the rating.

    `rated` = the rating question was answered (`rating` None: skipped).
    """

    step_key: str
    turns: int
    summary: str
    end_reason: str  # "objective", "done" or "max_turns"
    context_used: tuple[Mapping[str, object], ...] = ()
    started_at: datetime | None = None
    rating: int | None = None
    rated: bool = False


# What a step outcome asks to store: any record class with a writer registered for it in
# `engine.store.step_records` (the classes above are the built-in step types' records).
Record: TypeAlias = object


@dataclass(frozen=True, slots=True)
class Attempt:
    """The attempt to record (the turn adds week, step, number and hints used)."""

    answer: str
    valid: bool
    classification: str | None = None
    missing: tuple[str, ...] = ()
    forced: bool = False


@dataclass(frozen=True, slots=True)
class StepOutcome:
    """What applying an answer does; `coached` = replies[0] is the coach's reply."""

    done: bool
    replies: tuple[Reply, ...] = ()
    attempt: Attempt | None = None
    records: tuple[Record, ...] = ()
    state: StepState | None = None
    coached: bool = False
    hint_given: bool = False
    week_summary: str | None = None
    context_used: tuple[Mapping[str, object], ...] | None = None  # the coached reply's sources
    pause_program: bool = False  # the person asked to stop for now: the enrolment is paused


class StepType(Protocol):
    """One kind of step: present it, say what to judge, apply answer + judgement.

    Registered with `engine.steps.registry.register`, which also makes `model` a step of
    program files, reads `state` back from stored rows and asks `offline_judge` offline.
    """

    @property
    def kind(self) -> str:
        """The `type` tag of the step in program files."""
        ...

    @property
    def model(self) -> type[BaseModel]:
        """The step's YAML model (a `type: Literal[kind]` field)."""
        ...

    @property
    def state(self) -> StateClass | None:
        """The class of the step's own state, if it keeps any (`engine.steps.progress`)."""
        ...

    @property
    def state_reads_flat_keys(self) -> bool:
        """`state` reads the flat keys of old rows, so it is asked after the keyed ones."""
        ...

    @property
    def offline_judge(self) -> OfflineJudge | None:
        """The offline coach's judge for `kind` (None: a built-in one, or an acknowledgement)."""
        ...

    @property
    def judgement_rules(self) -> JudgementRules:
        """What the kind adds to its judgement's prompt and parsing (keys, notes, titles)."""
        ...

    @property
    def writers(self) -> Mapping[type[Any], RecordWriter[Any]]:
        """The writer of each of its record classes (built-in: `engine.store.step_records`)."""
        ...

    @property
    def recaps_answer(self) -> bool:
        """The week's recap quotes the person's answer to this step."""
        ...

    needs: frozenset[Need]  # to judge and apply an answer
    present_needs: frozenset[Need]  # to present the step
    takes_continue: bool  # "continue" answers the step instead of meaning `resume`
    takes_hint: bool  # `hint` goes to the step (its own hints) instead of the command
    takes_skip: bool  # "skip" answers the step (passes one part) instead of skipping it

    def present(self, view: StepView) -> list[Reply]:
        """The message(s) that ask for the step."""
        ...

    def no_hint(self, step: StepSpec) -> str:
        """What `hint` says when the step has no hints of its own."""
        ...

    def judgement(self, view: StepView, text: str) -> Judgement | None:
        """What the coach must judge before `apply`, or None when no judgement is needed."""
        ...

    def apply(self, view: StepView, text: str, result: CoachResult | None) -> StepOutcome:
        """The outcome of `text` given the coach's `result` for `judgement(view, text)`."""
        ...

    def already_done(self, view: StepView) -> str | None:
        """What to say when the step has nothing left to ask (it is then passed)."""
        ...

    def part(self, view: StepView) -> str | None:
        """The part of a multi-part question that buttons now answer; None = any."""
        ...

    def knowledge_categories(self, step: StepSpec) -> tuple[str, ...]:
        """The knowledge-base categories `Need.KNOWLEDGE` searches (empty: all)."""
        ...

    def asks_mood(self, step: StepSpec) -> bool:
        """The step asks how the person feels: a number typed after a check-in reminder
        answers the step itself."""
        ...

    def explain(self, view: StepView) -> list[Reply] | None:
        """The step said again for someone who asks what it means ("what do you mean?",
        "huh?"): never an attempt. None = the step's coach answers such questions itself."""
        ...

    def carries(self, text: str) -> bool:
        """A read-only step: `text` is not for it but an answer for the step after (a goal
        typed while an explainer shows). The step is then passed and `text` answers the next."""
        ...

    def asked(self, view: StepView, text: str) -> str | None:
        """`text` asks the coach something instead of answering ("how do I keep a habit
        going?"): the step's own answer, or "" for the knowledge base's. None = an answer."""
        ...


class BaseStepType:
    """Defaults for the optional parts of `StepType`."""

    needs: frozenset[Need] = frozenset()
    present_needs: frozenset[Need] = frozenset()
    state: StateClass | None = None
    state_reads_flat_keys = False
    offline_judge: OfflineJudge | None = None
    judgement_rules = JudgementRules()
    writers: Mapping[type[Any], RecordWriter[Any]] = {}
    recaps_answer = False
    takes_continue = False
    takes_hint = False
    takes_skip = False

    def judgement(self, view: StepView, text: str) -> Judgement | None:
        return None

    def already_done(self, view: StepView) -> str | None:
        return None

    def part(self, view: StepView) -> str | None:
        return None

    def knowledge_categories(self, step: StepSpec) -> tuple[str, ...]:
        return ()

    def asks_mood(self, step: StepSpec) -> bool:
        return False

    def explain(self, view: StepView) -> list[Reply] | None:
        return None

    def asked(self, view: StepView, text: str) -> str | None:
        return None

    def carries(self, text: str) -> bool:
        return False

    def no_hint(self, step: StepSpec) -> str:
        return (
            "There's no hint for this one — answer in your own words, there are no wrong answers."
        )


def reask(view: StepView, first: Reply, message: str) -> Reply:
    """`message` with the buttons of the step's question."""
    return Reply(
        message,
        choices=first.choices,
        choice_ref=first.choice_ref,
        multi_select=first.multi_select,
    )


def hint(view: StepView) -> str | None:
    """The next unused hint, if any."""
    hints = view.step.hints
    return hints[view.hints_used] if view.hints_used < len(hints) else None


def forced(view: StepView, complete: bool, max_attempts: int) -> bool:
    """Move on anyway: the answer is still incomplete at the last allowed attempt."""
    return not complete and view.attempt_no >= max_attempts


def required_items(requires: tuple[RequiredItemSpec, ...]) -> tuple[RequiredItem, ...]:
    """What an answer must contain, as the coach's request carries it."""
    return tuple(RequiredItem(r.key, r.label, r.keywords) for r in requires)
