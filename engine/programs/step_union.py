"""The program file's step union, kept open: each kind's YAML model, found by its `type`.

`StepSpec` validates a step mapping with the model registered for its `type` tag, with the
errors of a pydantic discriminated union (`union_tag_invalid`, `union_tag_not_found`),
and serialises it with that model. `engine.steps.registry.register` adds a kind's model.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, Protocol, cast, get_args

from pydantic import BaseModel, PlainValidator
from pydantic_core import PydanticCustomError


class StepModel(Protocol):
    """What every step's YAML model has (`_StepBase` or a model shaped like it)."""

    @property
    def key(self) -> str: ...
    @property
    def type(self) -> str: ...
    @property
    def prompt(self) -> str: ...
    @property
    def hints(self) -> tuple[str, ...]: ...
    @property
    def skippable(self) -> bool: ...

    def outline(self) -> list[str]: ...

    def problems(self, content_blocks: Mapping[str, Any]) -> list[str]: ...

    def model_dump(self, *, mode: str = "python") -> dict[str, Any]: ...


# The YAML model of each step kind by its `type` tag, filled by `engine.steps.registry`
# (`engine.programs.model` registers the built-in ones, so programs validate without it).
STEP_MODELS: dict[str, type[BaseModel]] = {}


def model_kind(model: type[BaseModel]) -> str:
    """The kind a step model is for: its `type: Literal["kind"]` field."""
    field = model.model_fields.get("type")
    tags = get_args(field.annotation) if field is not None else ()
    if len(tags) != 1 or not isinstance(tags[0], str):
        raise ValueError(f'{model.__name__} needs a `type: Literal["kind"]` field')
    return tags[0]


def register_step_model(model: type[BaseModel]) -> str:
    """Make `model` (with a `type: Literal["kind"]` field) a step of program files; its kind."""
    kind = model_kind(model)
    known = STEP_MODELS.get(kind)
    if known is not None and known is not model:
        raise ValueError(f"step kind {kind!r} already has the model {known.__name__}")
    STEP_MODELS[kind] = model
    return kind


def unregister_step_model(kind: str) -> None:
    STEP_MODELS.pop(kind, None)


def _step_model(value: Any) -> StepModel:
    """The registered model of the mapping's `type` (a discriminated union, kept open)."""
    if isinstance(value, BaseModel) and type(value) in STEP_MODELS.values():
        return cast(StepModel, value)
    kind = value.get("type") if isinstance(value, Mapping) else None
    if kind is None:
        raise PydanticCustomError(
            "union_tag_not_found",
            "Unable to extract tag using discriminator 'type'",
            {"discriminator": "'type'"},
        )
    model = STEP_MODELS.get(kind) if isinstance(kind, str) else None
    if model is None:
        expected = ", ".join(repr(k) for k in STEP_MODELS)
        raise PydanticCustomError(
            "union_tag_invalid",
            "Input tag {tag} found using 'type' does not match any of the expected tags:"
            " {expected_tags}",
            {"discriminator": "'type'", "tag": repr(kind), "expected_tags": expected},
        )
    return cast(StepModel, model.model_validate(value))


StepSpec = Annotated[StepModel, PlainValidator(_step_model)]
