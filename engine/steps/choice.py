"""`choice`: one or several of the listed options, by number, label or synonym."""

from __future__ import annotations

import re

from engine.llm.offline._meta import mentions_meta
from engine.llm.offline._prose import sounds_hard
from engine.llm.types import CoachResult, StepKind
from engine.messages import Choice, Reply
from engine.programs.model import ChoiceStep, StepSpec
from engine.render import step_ref
from engine.steps._explain import options_list, the_question
from engine.steps.base import Attempt, BaseStepType, StepOutcome, StepView, reask
from engine.steps.choice_reading import negates, read_loosely
from engine.steps.choice_yes_no import yes_no_option
from engine.steps.parsing import parse_choice

_HARD_FIRST = "I'm sorry that's hard — thank you for telling me."
# A program's cheerful opener ("Lovely.", "Great!") is dropped when the person said it's hard.
_CHEER = re.compile(
    r"^(?:lovely|great|good choice|good|wonderful|brilliant|perfect|nice)[.!]\s*", re.I
)


class ChoiceType(BaseStepType):
    kind = StepKind.CHOICE
    model = ChoiceStep

    def no_hint(self, step: StepSpec) -> str:
        return (
            "Pick the option that fits best right now — its number or its words; there are"
            " no wrong answers, and you can say why in a sentence if you like."
        )

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
        if not picked or negates(text):
            loose = read_loosely(text, options, multiple=step.multiple)
            picked = loose.values or None
            meant = None if picked or loose.between else yes_no_option(text, options)
            picked = picked or ((meant,) if meant else None)  # "yeah" to "Yes, I have"
            if not picked:
                return self._unplaced(view, step, text, loose.between)
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

    def _unplaced(
        self, view: StepView, step: ChoiceStep, text: str, between: tuple[str, ...]
    ) -> StepOutcome:
        """An answer that names no one option: reply to what was said, then offer the
        options in one short line. A complaint is not an attempt."""
        labels = [o.label for o in step.options]
        if between and len(between) < len(step.options):
            named = [o.label for o in step.options if o.value in between]
            message = f"That sounds like {_either(named, 'or')} — which is closer?"
        elif between:
            message = f"I can note just one here — which fits best: {_either(labels, 'or')}?"
        else:
            lead = "Thanks, that helps me picture it."
            if len(re.findall(r"[^\W\d_]+", text)) < 3:  # "👍", "ok", "hmm": nothing to picture
                lead = "No problem."
            if mentions_meta(text):
                lead = "Sorry — I didn't manage to match that to one of the options."
            elif sounds_hard(text):
                lead = _HARD_FIRST
            join = "and/or" if step.multiple else "or"
            closest = "Which of these fit" if step.multiple else "Which of these comes closest"
            message = f"{lead} {closest}: {_either(labels, join)}? (The number works too.)"
        complaint = mentions_meta(text) and not between
        return StepOutcome(
            done=False,
            replies=(reask(view, self.present(view)[0], message),),
            attempt=None if complaint else Attempt(text, valid=False),
        )


def _either(labels: list[str], join: str) -> str:
    """ "A, B or C"."""
    if len(labels) < 2:
        return "".join(labels)
    return f"{', '.join(labels[:-1])} {join} {labels[-1]}"
