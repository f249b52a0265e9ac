"""`yes_no`: a yes or a no, with a follow-up line for each, and the detail given with it.

"yes, teaching, like at a bootcamp" is a yes *and* "teaching, like at a bootcamp": the
attempt keeps the person's words (classification `yes`), and the reply shows the detail
was heard. The reading itself is `engine.yesno.yes_no_with_detail`.
"""

from __future__ import annotations

import re

from engine.llm.types import CoachResult, StepKind
from engine.messages import Choice, Reply
from engine.programs.follow_up import ask_reply
from engine.programs.model import StepSpec, YesNoStep
from engine.render import step_ref
from engine.steps._explain import the_question
from engine.steps.base import Attempt, BaseStepType, StepOutcome, StepView, reask
from engine.yesno import yes_no_with_detail

YES_NO = (Choice("Yes", "yes"), Choice("No", "no"))


def read_yes_no(text: str) -> tuple[bool | None, str]:
    """The yes or no in `text`, and the detail that came with it ("" when none)."""
    return yes_no_with_detail(text)


# An answer that hesitates between the two ("maybe", "kind of", "🤷").
_UNSURE = re.compile(
    r"\b(?:maybe|perhaps|not sure|unsure|idk|dunno|don'?t know|kind of|kinda|sort of|sorta|"
    r"a bit|a little|sometimes|depends|hard to say|no idea)\b|🤷",
    re.IGNORECASE,
)


class YesNoType(BaseStepType):
    kind = StepKind.YES_NO
    model = YesNoStep

    def no_hint(self, step: StepSpec) -> str:
        return "A yes or no is enough — add a few words if you like. There's no wrong answer."

    def present(self, view: StepView) -> list[Reply]:
        ref = step_ref(view.enrolment_id, view.week, view.step.key)
        return [Reply(view.step.prompt.strip(), choices=YES_NO, choice_ref=ref)]

    def explain(self, view: StepView) -> list[Reply]:
        message = (
            f"I'm asking: {the_question(view.step.prompt)} A yes or a no is enough — and you're"
            " welcome to add a few words about it."
        )
        return [reask(view, self.present(view)[0], message)]

    def apply(self, view: StepView, text: str, result: CoachResult | None) -> StepOutcome:
        step = view.step
        assert isinstance(step, YesNoStep)
        answer, detail = read_yes_no(text)
        if answer is None:
            message = "A simple yes or no is enough here."
            if _UNSURE.search(text):
                message = "Not sure is fine — which is closer, yes or no?"
            return StepOutcome(
                done=False,
                replies=(reask(view, self.present(view)[0], message),),
                attempt=Attempt(text, valid=False),
            )
        word = "yes" if answer else "no"
        follow = (step.on_yes if answer else step.on_no) or "Thanks, noted."
        declared = view.program.follow_up
        if declared is not None and declared.ask == step.key:  # the promise, from the data
            follow = f"{follow.strip()} {ask_reply(declared, answer)}"
        replies = [Reply(follow)]
        if detail:
            replies.insert(0, Reply(f"Noted: {word} — “{detail}”."))
        said = " ".join(text.split()) if detail else word  # their words when they said more
        return StepOutcome(
            done=True,
            replies=tuple(replies),
            attempt=Attempt(said, valid=True, classification=word),
        )
