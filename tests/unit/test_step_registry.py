"""The registry is the one list of step kinds; everything that names kinds agrees with it."""

from __future__ import annotations

import subprocess
import typing
from pathlib import Path

from engine.llm.types import StepKind
from engine.programs.loader import error_path
from engine.programs.model import StepSpec
from engine.steps import STEP_KINDS, STEP_TYPES
from engine.store.schema.programs import Step

ROOT = Path(__file__).resolve().parents[2]


def _yaml_model_tags() -> set[str]:
    union = typing.get_args(StepSpec)[0]
    return {typing.get_args(model.model_fields["type"].annotation)[0] for model in union.__args__}


def test_the_yaml_model_declares_exactly_the_registered_kinds() -> None:
    assert _yaml_model_tags() == set(STEP_KINDS)


def test_every_registered_type_names_its_own_kind_and_the_coach_knows_it() -> None:
    for kind, step_type in STEP_TYPES.items():
        assert step_type.kind.value == kind
    assert set(STEP_KINDS) <= {k.value for k in StepKind}


def test_the_schema_check_constraint_lists_the_registered_kinds() -> None:
    constraints = [str(c.sqltext) for c in Step.__table__.constraints if hasattr(c, "sqltext")]
    kind_check = next(c for c in constraints if c.startswith("kind IN"))
    for kind in STEP_KINDS:
        assert f"'{kind}'" in kind_check
    assert kind_check.count("'") == 2 * len(STEP_KINDS)


def test_the_loader_skips_every_registered_kind_as_a_union_tag() -> None:
    for kind in STEP_KINDS:
        assert error_path(("weeks", 0, "steps", 1, kind, "prompt")) == "weeks[0].steps[1].prompt"


def test_no_isinstance_switch_on_step_models_outside_the_steps_package() -> None:
    found = subprocess.run(
        ["grep", "-rn", "--include=*.py", r"isinstance(.*Step", "engine/"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    ).stdout.splitlines()
    assert [line for line in found if not line.startswith("engine/steps/")] == []


def test_engine_sql_lives_in_the_store_and_analytics_only() -> None:
    found = subprocess.run(
        ["grep", "-rln", "--include=*.py", r"\.execute(", "engine/"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    ).stdout.split()
    allowed = ("engine/store/", "engine/analytics/")
    assert [path for path in found if not path.startswith(allowed)] == []
