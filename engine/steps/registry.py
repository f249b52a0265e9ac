"""The one list of step kinds: each kind's `StepType`. Everything else derives from it.

Adding a step type = its module here, one entry below, its YAML model in
`engine.programs.model` (a test checks the two agree) and its offline judge.
"""

from __future__ import annotations

from engine.programs.model import StepSpec
from engine.steps.base import StepType
from engine.steps.check_in import CheckInType
from engine.steps.choice import ChoiceType
from engine.steps.content import ContentType
from engine.steps.conversation import ConversationType
from engine.steps.extract import ExtractType
from engine.steps.question import QuestionType
from engine.steps.reflection import ReflectionType
from engine.steps.scale import ScaleType
from engine.steps.scenario import ScenarioType
from engine.steps.smart_goal import SmartGoalType
from engine.steps.yes_no import YesNoType

STEP_TYPES: dict[str, StepType] = {
    "question": QuestionType(),
    "scale": ScaleType(),
    "choice": ChoiceType(),
    "yes_no": YesNoType(),
    "smart_goal": SmartGoalType(),
    "extract": ExtractType(),
    "content": ContentType(),
    "reflection": ReflectionType(),
    "check_in": CheckInType(),
    "scenario": ScenarioType(),
    "conversation": ConversationType(),
}

STEP_KINDS: tuple[str, ...] = tuple(STEP_TYPES)


def step_type(step: StepSpec) -> StepType:
    """The behaviour of `step`, by its `type` tag."""
    return STEP_TYPES[step.type]
