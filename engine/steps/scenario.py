"""`scenario`: rehearse a hard conversation with a persona, scene by scene (seed 003).

The rules live in `engine.scenarios` (pass marks, hints, forced progression, feedback,
the review); this module is the step-type glue. Each turn the persona answers and the
scene's criteria are judged in one call; today that is the offline persona (lexical
judge, deterministic: the same transcript gives the same scores), so no LLM call is
planned (`judgement` is None). The scene progress is written as a `SceneRecord` on every
turn, so the export shows attempts, hints, criteria met with quotes, scores, forced
flags and feedback as they stand.
"""

from __future__ import annotations

from datetime import UTC, datetime

from engine.llm.types import CoachResult, StepKind
from engine.messages import Reply
from engine.scenarios import OfflinePersona, ScenarioStepSpec, apply, plan, present, start
from engine.steps.base import Attempt, BaseStepType, SceneRecord, StepOutcome, StepView
from engine.steps.state import ScenarioProgress

RATE_INVITATION = "How useful was this practice? `rate 1-5`, with a comment if you like."


def _spec(view: StepView) -> ScenarioStepSpec:
    assert isinstance(view.step, ScenarioStepSpec)
    return view.step


def _now(view: StepView) -> datetime:
    return view.now or datetime.now(UTC)


class ScenarioType(BaseStepType):
    kind = StepKind.SCENARIO
    takes_hint = True  # each scene has its own hints (engine.scenarios.decide.give_hint)

    def present(self, view: StepView) -> list[Reply]:
        if isinstance(view.state, ScenarioProgress):  # asked again mid-scenario
            state = view.state.scenario
            scenes = _spec(view).scenes
            scene = scenes[min(state.scene_index, len(scenes) - 1)]
            return [Reply(f"We're in the scene *{scene.title}*. Your turn — or type `hint`.")]
        return [Reply(text) for text in present(_spec(view), _now(view)).messages]

    def apply(self, view: StepView, text: str, result: CoachResult | None) -> StepOutcome:
        spec, now = _spec(view), _now(view)
        state = (
            view.state.scenario
            if isinstance(view.state, ScenarioProgress)
            else start(spec, now).state
        )
        planned = plan(spec, state, text)
        judged = OfflinePersona().judge(planned.request) if planned.request else None
        outcome = apply(spec, state, planned, judged, now)
        scenes = [*outcome.finished]
        if not outcome.done:
            scenes.append(outcome.state.current)
        replies = [Reply(message) for message in outcome.messages]
        if outcome.done:
            replies.append(Reply(RATE_INVITATION))
        return StepOutcome(
            done=outcome.done,
            replies=tuple(replies),
            attempt=Attempt(answer=text, valid=True, classification=planned.control),
            records=tuple(SceneRecord(spec.key, scene) for scene in scenes),
            state=None if outcome.done else ScenarioProgress(outcome.state),
        )
