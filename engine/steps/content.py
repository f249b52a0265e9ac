"""`content`: something to read (inline or a reusable block), then Continue."""

from __future__ import annotations

import re

from engine.llm.offline._meta import is_meta_reply
from engine.llm.types import CoachResult, StepKind
from engine.messages import Choice, Reply
from engine.programs.model import ContentStep
from engine.render import step_ref
from engine.steps.base import Attempt, BaseStepType, StepOutcome, StepView
from engine.steps.goal_questions import asks_the_coach
from engine.steps.parsing import parse_yes_no

# What says "I've read it" at a content step: anything else is kept for the next step.
READ_IT = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|k|sure|yes|yeah|yep|thanks?(?: you)?|thx|cool|nice|great|good"
    r"|got it|done|next|read it|makes sense|understood|interesting|sounds good|go on"
    r"|let'?s go|ready|alright|right|continue|carry on|fine|noted)\W*)+$",
    re.IGNORECASE,
)
CARRIED = "continue"  # the content step's answer when the text went on to the next step


def carries(text: str) -> bool:
    """`text` says more than "I've read it" ("ok", "got it, next", "yes please", "meh"):
    it is an answer for the step after, kept for it."""
    if READ_IT.match(text) is not None or parse_yes_no(text) is not None:
        return False
    return len(re.findall(r"[^\W\d_]{2,}|\d+", text)) >= 2


CONTINUE = (Choice("Continue", "continue"),)


class ContentType(BaseStepType):
    kind = StepKind.CONTENT
    model = ContentStep
    takes_continue = True  # "continue" answers this step rather than resuming

    def present(self, view: StepView) -> list[Reply]:
        step = view.step
        assert isinstance(step, ContentStep)
        parts = [step.prompt.strip()]
        links: tuple[tuple[str, str], ...] = ()
        if step.block:
            block = view.program.content_blocks[step.block]
            parts.append(f"*{block.title}*")
            if block.body:
                parts.append(block.body.strip())
            links = tuple((link.title, link.url) for link in block.links)
        if step.body:
            parts.append(step.body.strip())
        ref = step_ref(view.enrolment_id, view.week, step.key)
        return [Reply("\n\n".join(parts), links=links, choices=CONTINUE, choice_ref=ref)]

    def explain(self, view: StepView) -> list[Reply]:
        ref = step_ref(view.enrolment_id, view.week, view.step.key)
        message = (
            "This one is just something to read — there's nothing to answer. Take your time,"
            " and when you're ready, type `continue` and we'll go on."
        )
        return [Reply(message, choices=CONTINUE, choice_ref=ref)]

    def carries(self, text: str) -> bool:
        return carries(text)

    def asked(self, view: StepView, text: str) -> str | None:
        """A question about what was read goes to the knowledge base; the step waits."""
        return "" if asks_the_coach(text) and not is_meta_reply(text) else None

    def apply(self, view: StepView, text: str, result: CoachResult | None) -> StepOutcome:
        return StepOutcome(done=True, attempt=Attempt(text, valid=True))
