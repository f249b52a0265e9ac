"""`choice`: one or several of the listed options, by number, label or synonym."""

from __future__ import annotations

import re

from engine.llm.offline._prose import sounds_hard
from engine.llm.types import CoachResult, StepKind
from engine.messages import Choice, Reply
from engine.programs.model import ChoiceStep
from engine.render import step_ref
from engine.steps._explain import options_list, the_question
from engine.steps.base import Attempt, BaseStepType, StepOutcome, StepView, reask
from engine.steps.parsing import parse_choice

_HARD_FIRST = "I'm sorry that's hard — thank you for telling me."
# A program's cheerful opener ("Lovely.", "Great!") is dropped when the person said it's hard.
_CHEER = re.compile(
    r"^(?:lovely|great|good choice|good|wonderful|brilliant|perfect|nice)[.!]\s*", re.I
)


class ChoiceType(BaseStepType):
    kind = StepKind.CHOICE
    model = ChoiceStep

    def present(self, view: StepView) -> list[Reply]:
        step = view.step
        assert isinstance(step, ChoiceStep)
        choices = tuple(Choice(o.label, o.value) for o in step.options)
        ref = step_ref(view.enrolment_id, view.week, step.key)
        return [
            Reply(step.prompt.strip(), choices=choices, choice_ref=ref, multi_select=step.multiple)
        ]

    def explain(self, view: StepView) -> list[Reply]:
        step = view.step
        assert isinstance(step, ChoiceStep)
        listed = options_list([(o.label, o.synonyms) for o in step.options], multiple=step.multiple)
        message = f"I'm asking: {the_question(step.prompt)} The options are:\n{listed}"
        return [reask(view, self.present(view)[0], message)]

    def apply(self, view: StepView, text: str, result: CoachResult | None) -> StepOutcome:
        step = view.step
        assert isinstance(step, ChoiceStep)
        options = [(o.value, o.label, o.synonyms) for o in step.options]
        picked = parse_choice(text, options, multiple=step.multiple)
        if not picked:
            names = ", ".join(o.label for o in step.options)
            how = "one or more of" if step.multiple else "one of"
            message = f"Please pick {how}: {names} (the number works too)."
            return StepOutcome(
                done=False,
                replies=(reask(view, self.present(view)[0], message),),
                attempt=Attempt(text, valid=False),
            )
        labels = [o.label for o in step.options if o.value in picked]
        responses = [step.responses[v] for v in picked if v in step.responses]
        reply = "\n".join(responses) if responses else f"Noted: {', '.join(labels)}."
        if sounds_hard(text) and text.strip().casefold() not in {x.casefold() for x in labels}:
            # "moving more, but my back hurts": no "Lovely." for what they also told us
            reply = f"{_HARD_FIRST} {_CHEER.sub('', reply, count=1)}"
        return StepOutcome(
            done=True,
            replies=(Reply(reply),),
            attempt=Attempt(", ".join(labels), valid=True, classification=",".join(picked)),
        )
