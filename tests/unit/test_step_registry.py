"""The registry is the one list of step kinds; everything that names kinds agrees with it."""

from __future__ import annotations

import subprocess
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, cast

import pytest

from engine.llm.types import StepKind
from engine.programs.loader import error_path
from engine.programs.model import StepBase
from engine.programs.step_union import STEP_MODELS
from engine.steps import STEP_TYPES, register, step_kinds, unregister
from engine.steps.progress import KeyedState
from engine.steps.question import QuestionType
from engine.store.record_writers import write_records
from engine.store.schema.programs import Step

ROOT = Path(__file__).resolve().parents[2]


def _yaml_model_tags() -> set[str]:
    return {typing.get_args(m.model_fields["type"].annotation)[0] for m in STEP_MODELS.values()}


def test_the_yaml_model_declares_exactly_the_registered_kinds() -> None:
    assert _yaml_model_tags() == set(step_kinds()) == set(STEP_MODELS)
    for kind, step_type in STEP_TYPES.items():
        assert STEP_MODELS[kind] is step_type.model


def test_every_registered_type_names_its_own_kind_and_the_coach_knows_it() -> None:
    for kind, step_type in STEP_TYPES.items():
        assert step_type.kind == kind
    # `StepKind` only names the built-in kinds for the coaches; each of them is registered
    # (a new kind is not added to it: its type brings its own offline judge).
    assert {k.value for k in StepKind} - {StepKind.ASK.value} <= set(step_kinds())


def test_the_schema_repeats_no_list_of_step_kinds() -> None:
    """The registry is the one list: the loader checks kinds, the schema takes any (0014)."""
    constraints = [str(c.sqltext) for c in Step.__table__.constraints if hasattr(c, "sqltext")]
    assert [c for c in constraints if "kind" in c] == []


def test_the_loader_skips_every_registered_kind_as_a_union_tag() -> None:
    for kind in step_kinds():
        assert error_path(("weeks", 0, "steps", 1, kind, "prompt")) == "weeks[0].steps[1].prompt"


def grep(folder: str, pattern: str, *, files_only: bool = False) -> list[str]:
    """`grep -rn` (or `-rln`) for `pattern` in the Python files under `folder`: its lines."""
    return subprocess.run(
        ["grep", "-rln" if files_only else "-rn", "--include=*.py", pattern, folder],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    ).stdout.splitlines()


def test_no_isinstance_switch_on_step_models_outside_the_steps_package() -> None:
    found = grep("engine/", r"isinstance(.*Step")
    assert [line for line in found if not line.startswith("engine/steps/")] == []


def test_the_providers_prompt_and_parser_name_no_step_kind() -> None:
    """A step kind's words and keys come from its type (`judgement_rules`), not from here."""
    found = grep("engine/llm/", r"StepKind\.")
    provider = ("engine/llm/judgement/", "engine/llm/anthropic/", "engine/llm/openai/")
    assert [line for line in found if line.startswith(provider)] == []


def test_engine_sql_lives_in_the_store_and_analytics_only() -> None:
    found = grep("engine/", r"\.execute(", files_only=True)
    allowed = ("engine/store/", "engine/analytics/")
    assert [path for path in found if not path.startswith(allowed)] == []


def test_a_kind_is_registered_once_and_its_model_must_carry_its_tag() -> None:
    class Echo(StepBase):
        type: Literal["echo_test"]

    class EchoType(QuestionType):
        kind = "echo_test"  # type: ignore[assignment]
        model = Echo  # type: ignore[assignment]

    class Misnamed(EchoType):
        kind = "not_echo"  # type: ignore[assignment]

    with pytest.raises(ValueError, match="already registered"):
        register(QuestionType())  # a second type for "question"
    try:
        register(EchoType())
        assert "echo_test" in step_kinds() and STEP_MODELS["echo_test"] is Echo
        with pytest.raises(ValueError, match="not 'not_echo'"):
            register(Misnamed())
    finally:
        unregister("echo_test")
    assert "echo_test" not in step_kinds() and "echo_test" not in STEP_MODELS


async def test_a_record_without_a_registered_writer_is_refused() -> None:
    @dataclass(frozen=True)
    class Unknown:
        value: int

    with pytest.raises(LookupError, match="Unknown"):
        await write_records(cast(Any, None), cast(Any, None), (Unknown(1),), now=cast(Any, None))


def test_a_new_state_needs_a_key_of_its_own_in_the_stored_state() -> None:
    class Clash(StepBase):
        type: Literal["clash_test"]

    @dataclass(slots=True)
    class ClashState(KeyedState):
        key = "confirm"  # the pending yes/no of `restart` lives there

    class ClashType(QuestionType):
        kind = "clash_test"  # type: ignore[assignment]
        model = Clash  # type: ignore[assignment]
        state = ClashState

    with pytest.raises(ValueError, match="'confirm' is taken"):
        register(ClashType())
    assert "clash_test" not in step_kinds() and "clash_test" not in STEP_MODELS
