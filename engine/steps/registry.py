"""The one list of step kinds: each kind's `StepType`. Everything else derives from it.

Adding a step type = its module (the type, its records and their `writers`, its state),
one `register(...)` line below, its YAML model (the type's `model`) and its offline judge
(the type's `offline_judge`). Registering makes the model a step of program files, reads
the state back from stored rows, gives the offline coach the judge and `write_records` the
writers; the database takes any kind the loader accepts.
"""

from __future__ import annotations

from engine.llm.offline.coach import register_offline_judge, unregister_offline_judge
from engine.programs.step_union import (
    StepSpec,
    model_kind,
    register_step_model,
    unregister_step_model,
)
from engine.steps.base import StepType
from engine.steps.check_in import CheckInType
from engine.steps.choice import ChoiceType
from engine.steps.content import ContentType
from engine.steps.conversation import ConversationType
from engine.steps.extract import ExtractType
from engine.steps.progress import STATE_CLASSES, KeyedState
from engine.steps.question import QuestionType
from engine.steps.reflection import ReflectionType
from engine.steps.scale import ScaleType
from engine.steps.scenario import ScenarioType
from engine.steps.smart_goal import SmartGoalType
from engine.steps.state import TAKEN_KEYS
from engine.steps.yes_no import YesNoType
from engine.store.record_writers import register_record, unregister_record

STEP_TYPES: dict[str, StepType] = {}


def register(kind: StepType) -> StepType:
    """Make `kind` a step type: its YAML model, state class, offline judge and record writers."""
    name = model_kind(kind.model)
    if name != kind.kind:
        raise ValueError(f"{type(kind).__name__}: its model's type is {name!r}, not {kind.kind!r}")
    known = STEP_TYPES.get(name)
    if known is kind:
        return kind
    if known is not None:
        raise ValueError(f"step kind {name!r} is already registered")
    _check_state_key(kind)
    register_step_model(kind.model)
    STEP_TYPES[name] = kind
    try:
        if kind.state is not None:
            STATE_CLASSES.register(kind.state, keyed=not kind.state_reads_flat_keys)
        if kind.offline_judge is not None:
            register_offline_judge(name, kind.offline_judge)
        for record, writer in kind.writers.items():
            register_record(record, writer)
    except ValueError:
        unregister(name)
        raise
    return kind


def _check_state_key(kind: StepType) -> None:
    """A `KeyedState` needs a key of its own in the enrolment's state JSON."""
    state = kind.state
    if not (isinstance(state, type) and issubclass(state, KeyedState)):
        return
    others = {
        other.state.key
        for other in STEP_TYPES.values()
        if other is not kind
        and isinstance(other.state, type)
        and issubclass(other.state, KeyedState)
    }
    if state.key in TAKEN_KEYS or state.key in others:
        raise ValueError(f"{state.__name__}: the state key {state.key!r} is taken")


def unregister(name: str) -> None:
    """Forget a registered step type (tests that register their own use it to clean up)."""
    kind = STEP_TYPES.pop(name, None)
    if kind is None:
        return
    unregister_step_model(name)
    if kind.state is not None:
        STATE_CLASSES.unregister(kind.state)
    if kind.offline_judge is not None:
        unregister_offline_judge(name)
    for record in kind.writers:
        unregister_record(record)


def step_kinds() -> tuple[str, ...]:
    """Every registered kind, in the order registered."""
    return tuple(STEP_TYPES)


def step_type(step: StepSpec) -> StepType:
    """The behaviour of `step`, by its `type` tag."""
    return STEP_TYPES[step.type]


for _builtin in (
    QuestionType(),
    ScaleType(),
    ChoiceType(),
    YesNoType(),
    SmartGoalType(),
    ExtractType(),
    ContentType(),
    ReflectionType(),
    CheckInType(),
    ScenarioType(),
    ConversationType(),
):
    register(_builtin)
