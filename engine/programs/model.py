"""The program document: weeks of steps, unlock rules, prompts and content blocks.

Programs are YAML files validated by these models; `engine.programs.loader` turns
validation errors into `file: path: reason` lines.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import time
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

from engine.programs.step_union import StepSpec as StepSpec  # re-exported: the step union
from engine.programs.step_union import register_step_model
from engine.scenarios.model import ScenarioStepSpec

SLUG = r"^[a-z0-9][a-z0-9-]{0,63}$"
KEY = r"^[a-z][a-z0-9_]{0,63}$"
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def _local_time(value: object) -> object:
    """A wall-clock time as written: "7:45" is 07:45. A number is refused: YAML 1.1 reads an
    unquoted 7:45 as 465 (base 60), which would otherwise be taken as seconds (00:07:45)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        raise ValueError(
            'write the time in quotes, like "07:45" (unquoted, YAML reads it as a number)'
        )
    if isinstance(value, str) and re.fullmatch(r"\d:\d\d", value.strip()):
        return "0" + value.strip()
    return value


LocalTime = Annotated[time, BeforeValidator(_local_time)]  # a local time of day in a program


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RequiredItemSpec(_Spec):
    key: Annotated[str, Field(pattern=KEY)]
    label: Annotated[str, Field(min_length=1)]
    keywords: tuple[str, ...] = ()


class ScenarioSpec(_Spec):
    key: Annotated[str, Field(pattern=KEY)]
    description: Annotated[str, Field(min_length=1)]
    keywords: tuple[str, ...] = ()
    response: str = ""


class FieldSpecModel(_Spec):
    name: Annotated[str, Field(pattern=KEY)]
    description: Annotated[str, Field(min_length=1)]
    choices: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()

    @field_validator("patterns")
    @classmethod
    def _one_group_regexes(cls, patterns: tuple[str, ...]) -> tuple[str, ...]:
        for pattern in patterns:
            try:
                compiled = re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"{pattern!r} is not a valid regex: {exc}") from None
            if compiled.groups != 1:
                raise ValueError(f"{pattern!r} must have exactly one capture group")
        return patterns


class OptionSpec(_Spec):
    label: Annotated[str, Field(min_length=1, max_length=75)]
    value: Annotated[str, Field(pattern=KEY)]
    synonyms: tuple[str, ...] = ()


class _StepBase(_Spec):
    key: Annotated[str, Field(pattern=KEY)]
    prompt: Annotated[str, Field(min_length=1)]
    hints: tuple[str, ...] = ()
    skippable: bool = False

    def outline(self) -> list[str]:
        """Lines under the step in the program outline the coach reads."""
        return []

    def problems(self, content_blocks: Mapping[str, ContentBlockSpec]) -> list[str]:
        """What is wrong with the step in its program (checks that need the whole document)."""
        return []


StepBase = _StepBase  # what a new step type's YAML model extends (with its `type` tag)


class QuestionStep(_StepBase):
    type: Literal["question"]
    requires: tuple[RequiredItemSpec, ...] = ()
    scenarios: tuple[ScenarioSpec, ...] = ()
    max_attempts: Annotated[int, Field(ge=1, le=10)] = 3

    def outline(self) -> list[str]:
        return [f"  - must cover `{r.key}`: {r.label}" for r in self.requires] + [
            f"  - scenario `{sc.key}`: {sc.description}" for sc in self.scenarios
        ]


class ScaleStep(_StepBase):
    type: Literal["scale"]
    min: int = 1
    max: int = 10
    low_label: str = ""
    high_label: str = ""
    records: Literal["mood", "progress", "none"] = "none"

    @model_validator(mode="after")
    def _range(self) -> ScaleStep:
        if self.max <= self.min:
            raise ValueError("max must be greater than min")
        if self.max - self.min > 100:
            raise ValueError("a scale spans at most 100 points")
        return self


class ChoiceStep(_StepBase):
    type: Literal["choice"]
    options: Annotated[tuple[OptionSpec, ...], Field(min_length=2, max_length=25)]
    multiple: bool = False
    responses: dict[str, str] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _unique_values(self) -> ChoiceStep:
        values = [o.value for o in self.options]
        if len(values) != len(set(values)):
            raise ValueError("option values must be unique")
        unknown = set(self.responses) - set(values)
        if unknown:
            raise ValueError(f"responses name unknown options: {', '.join(sorted(unknown))}")
        return self


class YesNoStep(_StepBase):
    type: Literal["yes_no"]
    on_yes: str = ""
    on_no: str = ""


class SmartGoalStep(_StepBase):
    type: Literal["smart_goal"]
    mode: Literal["set", "revise"] = "set"
    max_attempts: Annotated[int, Field(ge=1, le=10)] = 5


class ExtractStep(_StepBase):
    type: Literal["extract"]
    fields: Annotated[tuple[FieldSpecModel, ...], Field(min_length=1)]
    max_attempts: Annotated[int, Field(ge=1, le=20)] = 8

    def outline(self) -> list[str]:
        return [
            f"  - field `{f.name}`: {f.description}"
            + (f" (one of: {', '.join(f.choices)})" if f.choices else "")
            for f in self.fields
        ]


class ContentStep(_StepBase):
    type: Literal["content"]
    block: str | None = None
    body: str = ""

    def problems(self, content_blocks: Mapping[str, ContentBlockSpec]) -> list[str]:
        if self.block and self.block not in content_blocks:
            return [f".block: no content block named {self.block!r}"]
        if not self.block and not self.body:
            return [": content needs a body or a block"]
        return []


class ReflectionStep(_StepBase):
    type: Literal["reflection"]
    max_attempts: Annotated[int, Field(ge=1, le=10)] = 2


class CheckInStep(_StepBase):
    type: Literal["check_in"]
    mood: bool = True
    progress: bool = True


class ConversationStep(_StepBase):
    """An open coaching dialogue: the prompt opens it, the objective says when it's done.

    Each turn draws on the knowledge base (only `knowledge` categories when given); it
    ends when the objective is met (the LLM's judgement; offline: every `requires` item
    covered) but not before `min_turns` — unless the person says they're done — and at
    the latest after `max_turns` of theirs.
    """

    type: Literal["conversation"]
    objective: Annotated[str, Field(min_length=1)]
    knowledge: tuple[Annotated[str, Field(min_length=1)], ...] = ()
    requires: tuple[RequiredItemSpec, ...] = ()
    min_turns: Annotated[int, Field(ge=1, le=20)] = 2
    max_turns: Annotated[int, Field(ge=1, le=30)] = 6

    @model_validator(mode="after")
    def _turns(self) -> ConversationStep:
        if self.max_turns < self.min_turns:
            raise ValueError("max_turns must be at least min_turns")
        return self

    def outline(self) -> list[str]:
        return [f"  - objective: {self.objective}"] + [
            f"  - must cover `{r.key}`: {r.label}" for r in self.requires
        ]


for _model in (
    QuestionStep,
    ScaleStep,
    ChoiceStep,
    YesNoStep,
    SmartGoalStep,
    ExtractStep,
    ContentStep,
    ReflectionStep,
    CheckInStep,
    ScenarioStepSpec,
    ConversationStep,
):
    register_step_model(_model)


class UnlockRule(_Spec):
    """When a week opens: after the previous one is completed and/or after a delay.

    `days` counts from the previous week's completion (or from enrolment when
    `after_previous` is false); `at` is the local time of day it opens.
    """

    after_previous: bool = True
    days: Annotated[int, Field(ge=0, le=365)] | None = None
    at: LocalTime | None = None


class WeekSpec(_Spec):
    title: Annotated[str, Field(min_length=1)]
    intro: str = ""
    unlock: UnlockRule = UnlockRule()
    steps: Annotated[tuple[StepSpec, ...], Field(min_length=1)]

    @model_validator(mode="after")
    def _unique_keys(self) -> WeekSpec:
        keys = [s.key for s in self.steps]
        dupes = sorted({k for k in keys if keys.count(k) > 1})
        if dupes:
            raise ValueError(f"step keys must be unique within a week: {', '.join(dupes)}")
        return self


class ScheduleSpec(_Spec):
    checkin_days: tuple[Weekday, ...] = ("mon", "wed", "fri")
    checkin_time: LocalTime = time(9, 30)
    reengage_after_days: Annotated[int, Field(ge=1, le=60)] | None = 3
    reengage_max: Annotated[int, Field(ge=0, le=10)] = 2


CHECK_IN_DAYS: Literal["check-in days"] = (
    "check-in days"  # follow_up.every: the person's own check-in days
)


class FollowUpSpec(_Spec):
    """Check-ins after the program is completed: on which days, at what time, how long.

    `every` is a list of weekdays or "check-in days" (the person's own schedule, else the
    program's); `at` is the local time (default: the person's check-in time, else the
    program's); `for_weeks` is how long they go on after completion. With `ask`, the
    key of a yes/no step, they happen only when the person answered yes there; the
    engine adds the promise, generated from this declaration, to that step's reply and
    to the completion message.
    """

    every: tuple[Weekday, ...] | Literal["check-in days"] = CHECK_IN_DAYS
    at: LocalTime | None = None
    for_weeks: Annotated[int, Field(ge=1, le=52)]
    ask: Annotated[str, Field(pattern=KEY)] | None = None

    @field_validator("every")
    @classmethod
    def _some_days(cls, every: object) -> object:
        if isinstance(every, tuple):
            if not every:
                raise ValueError('name at least one weekday, or say "check-in days"')
            if len(set(every)) != len(every):
                raise ValueError("each weekday at most once")
        return every


class PromptSpec(_Spec):
    body: Annotated[str, Field(min_length=1)]
    variants: dict[Annotated[str, Field(pattern=r"^[B-Z]$")], str] = Field(default_factory=dict)


class LinkSpec(_Spec):
    title: Annotated[str, Field(min_length=1)]
    url: Annotated[str, Field(pattern=r"^https?://\S+$")]


class ContentBlockSpec(_Spec):
    title: Annotated[str, Field(min_length=1)]
    body: str = ""
    links: tuple[LinkSpec, ...] = ()


class ProgramSpec(_Spec):
    slug: Annotated[str, Field(pattern=SLUG)]
    title: Annotated[str, Field(min_length=1)]
    description: str = ""
    persona: str = "You are a warm, concise and practical coach."
    crisis_resources: str | None = None
    schedule: ScheduleSpec = ScheduleSpec()
    follow_up: FollowUpSpec | None = None  # none: reminders stop when the program ends
    # May run while another program is active; otherwise starting it asks to pause that one.
    runs_alongside: bool = False
    prompts: dict[Annotated[str, Field(pattern=KEY)], PromptSpec] = Field(default_factory=dict)
    content_blocks: dict[Annotated[str, Field(pattern=KEY)], ContentBlockSpec] = Field(
        default_factory=dict
    )
    weeks: Annotated[tuple[WeekSpec, ...], Field(min_length=1, max_length=52)]

    @model_validator(mode="after")
    def _blocks_exist(self) -> ProgramSpec:
        for w, week in enumerate(self.weeks):
            for s, step in enumerate(week.steps):
                problems = step.problems(self.content_blocks)
                if problems:
                    raise ValueError(f"weeks[{w}].steps[{s}]{problems[0]}")
        return self

    @model_validator(mode="after")
    def _follow_up_asks_a_yes_no_step(self) -> ProgramSpec:
        ask = self.follow_up.ask if self.follow_up else None
        if ask is None:
            return self
        kinds = {s.key: s.type for week in self.weeks for s in week.steps}
        if ask not in kinds:
            raise ValueError(f"follow_up.ask: no step has the key {ask!r}")
        if kinds[ask] != "yes_no":
            raise ValueError(f"follow_up.ask: step {ask!r} is a {kinds[ask]} step, not yes_no")
        return self

    @property
    def steps_total(self) -> int:
        return sum(len(w.steps) for w in self.weeks)
