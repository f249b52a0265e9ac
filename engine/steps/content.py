"""`content`: something to read (inline or a reusable block), then Continue."""

from __future__ import annotations

from engine.llm.types import CoachResult, StepKind
from engine.messages import Choice, Reply
from engine.programs.model import ContentStep
from engine.render import step_ref
from engine.steps.base import Attempt, BaseStepType, StepOutcome, StepView

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

    def apply(self, view: StepView, text: str, result: CoachResult | None) -> StepOutcome:
        return StepOutcome(done=True, attempt=Attempt(text, valid=True))
