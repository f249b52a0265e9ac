"""Whether a choice step reads a message as one of its options, strictly or loosely."""

from __future__ import annotations

from engine.programs.model import ChoiceStep, StepSpec
from engine.steps.choice_reading import read_loosely
from engine.steps.choice_yes_no import yes_no_option
from engine.steps.parsing import parse_choice


def names_an_option(text: str, step: StepSpec | None) -> bool:
    """True when `step` is a choice that reads `text` as one of its options (typos included)."""
    if not isinstance(step, ChoiceStep):
        return False
    options = [(o.value, o.label, o.synonyms) for o in step.options]
    multiple = step.multiple
    return (
        bool(parse_choice(text, options, multiple=multiple))
        or bool(read_loosely(text, options, multiple=multiple).values)
        or yes_no_option(text, options) is not None
    )
