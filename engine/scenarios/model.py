"""The scenario step's document: personas, scenes and binary criteria.

`ScenarioStepSpec` is a complete program step (`type: scenario`), shaped like the
other step models in `engine.programs.model` (key, prompt, hints, skippable), so
it can join the program's step union as it is. Errors are reported as
`file: path: reason` by `engine.scenarios.validation`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

KEY = r"^[a-z][a-z0-9_]{0,63}$"
DEFAULT_PERSONA_KEY = "persona"
Trait = Annotated[int, Field(ge=0, le=10)]


def _unique(what: str, keys: list[str]) -> None:
    """Refuse repeated `keys`, naming them: "<what> must be unique: a, b"."""
    repeated = sorted({k for k in keys if keys.count(k) > 1})
    if repeated:
        raise ValueError(f"{what} must be unique: {', '.join(repeated)}")


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PersonaSpec(_Spec):
    """Someone the person talks to. `key` is required when a scenario has several."""

    key: Annotated[str, Field(pattern=KEY)] | None = None
    name: Annotated[str, Field(min_length=1, max_length=80)]
    role: Annotated[str, Field(min_length=1, max_length=120)]
    background: str = ""
    traits: dict[Annotated[str, Field(pattern=KEY)], Trait] = Field(default_factory=dict)
    goals: tuple[Annotated[str, Field(min_length=1)], ...] = ()
    hidden_facts: tuple[Annotated[str, Field(min_length=1)], ...] = ()
    resistance: str = ""

    def trait(self, name: str, default: int = 5) -> int:
        return self.traits.get(name, default)

    @property
    def ident(self) -> str:
        """The key, or 'persona' for a single persona without one."""
        return self.key or DEFAULT_PERSONA_KEY


class CriterionSpec(_Spec):
    """A binary check on what the person says; `keywords` drive the offline persona."""

    key: Annotated[str, Field(pattern=KEY)]
    check: Annotated[str, Field(min_length=1, max_length=300)]
    keywords: tuple[Annotated[str, Field(min_length=1)], ...] = ()
    weight: Annotated[int, Field(ge=1, le=10)] = 1
    ideal: str = ""  # the line shown when the scene is forced; derived from `check` if empty

    @field_validator("keywords")
    @classmethod
    def _valid_regexes(cls, keywords: tuple[str, ...]) -> tuple[str, ...]:
        for keyword in keywords:
            if any(c in "\\^$[](){}|*+?" for c in keyword):
                try:
                    re.compile(keyword)
                except re.error as exc:
                    raise ValueError(f"{keyword!r} is not a valid regex: {exc}") from None
        return keywords


class SceneSpec(_Spec):
    key: Annotated[str, Field(pattern=KEY)]
    title: Annotated[str, Field(min_length=1, max_length=120)]
    objective: Annotated[str, Field(min_length=1)]
    with_: Annotated[tuple[Annotated[str, Field(pattern=KEY)], ...], Field(alias="with")] = ()
    criteria: Annotated[tuple[CriterionSpec, ...], Field(min_length=1, max_length=12)]
    success_threshold: Annotated[float, Field(gt=0, le=1)] = 0.7
    max_attempts: Annotated[int, Field(ge=1, le=20)] = 4
    hint_after: Annotated[int, Field(ge=1, le=20)] = 2
    hints: tuple[Annotated[str, Field(min_length=1)], ...] = ()
    persona_instructions: str = ""
    opening: str = ""  # the persona's first line; a neutral one is made if empty

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @model_validator(mode="after")
    def _unique_criteria(self) -> SceneSpec:
        _unique("criteria keys", [c.key for c in self.criteria])
        return self

    @property
    def total_weight(self) -> int:
        return sum(c.weight for c in self.criteria)


class ScenarioStepSpec(_Spec):
    """`type: scenario`: a rehearsal of a hard conversation, scene by scene."""

    key: Annotated[str, Field(pattern=KEY)]
    type: Literal["scenario"]
    prompt: Annotated[str, Field(min_length=1)]
    hints: tuple[str, ...] = ()
    skippable: bool = False
    persona: PersonaSpec | None = None
    personas: tuple[PersonaSpec, ...] = ()
    scenes: Annotated[tuple[SceneSpec, ...], Field(min_length=1, max_length=12)]
    # The LLM that plays and judges this scenario, pinned with its version (default: the
    # configured coach's model; the provider stays the configured one).
    model: Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._:/@-]{0,99}$")] | None = None

    def outline(self) -> list[str]:
        """Lines under the step in the program outline the coach reads: the scenes."""
        return [f"scene {scene.key}: {scene.objective}" for scene in self.scenes]

    def problems(self, content_blocks: Mapping[str, object]) -> list[str]:
        """Whole-program checks (a scenario needs none beyond its own validation)."""
        return []

    @model_validator(mode="after")
    def _cast_is_consistent(self) -> ScenarioStepSpec:
        if (self.persona is None) == (not self.personas):
            raise ValueError("a scenario needs either `persona` or a `personas` list, not both")
        if self.personas:
            for i, persona in enumerate(self.personas):
                if persona.key is None:
                    raise ValueError(f"personas[{i}].key: is required when there are several")
            keys = [p.key for p in self.personas]
            dupes = sorted({k for k in keys if k is not None and keys.count(k) > 1})
            if dupes:
                raise ValueError(f"personas: keys must be unique: {', '.join(dupes)}")
        known = {p.ident for p in self.cast}
        for s, scene in enumerate(self.scenes):
            unknown = [k for k in scene.with_ if k not in known]
            if unknown:
                raise ValueError(
                    f"scenes[{s}].with: no persona named {', '.join(map(repr, unknown))}"
                    f" (known: {', '.join(sorted(known))})"
                )
        _unique("scenes: keys", [scene.key for scene in self.scenes])
        return self

    @property
    def cast(self) -> tuple[PersonaSpec, ...]:
        """Every persona with its key filled in (a single `persona:` gets its own or 'persona')."""
        if self.personas:
            return self.personas
        assert self.persona is not None
        key = self.persona.key or DEFAULT_PERSONA_KEY
        return (self.persona.model_copy(update={"key": key}),)

    def scene_cast(self, scene: SceneSpec) -> tuple[PersonaSpec, ...]:
        """Who takes part in `scene`: its `with:` list, or the first persona."""
        if not scene.with_:
            return self.cast[:1]
        by_key = {p.ident: p for p in self.cast}
        return tuple(by_key[k] for k in scene.with_)

    def scene(self, key: str) -> SceneSpec:
        for scene in self.scenes:
            if scene.key == key:
                return scene
        raise KeyError(key)
