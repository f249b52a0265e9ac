"""`scenario`: rehearse a hard conversation with a persona, scene by scene (seed 003).

The rules live in `engine.scenarios` (pass marks, hints, forced progression, feedback,
the review); this module is the step-type glue. Each spoken turn is one judgement: the
persona answers and the scene's criteria are judged in one call (`judgement` hands the
scene's request to the turn's judge, which sends it to the LLM when one is configured
and otherwise, or when it fails, lets the offline persona answer). `hint` and
`end scene` need no call. The code decides pass, hint and forced progression from the
verdicts. The scene progress is written as a `SceneRecord` on every turn, so the export
shows attempts, hints, criteria met with quotes, scores, forced flags and feedback.
"""

from __future__ import annotations

from datetime import UTC, datetime

from engine.llm.types import CoachResult, StepKind
from engine.messages import Reply
from engine.scenarios import ScenarioState, ScenarioStepSpec, apply, plan, present, start
from engine.scenarios.coach import coach_request, judgement_for, offline_judge
from engine.steps.base import (
    Attempt,
    BaseStepType,
    Judgement,
    SceneRecord,
    StepOutcome,
    StepView,
)
from engine.steps.state import ScenarioProgress

RATE_INVITATION = "How useful was this practice? `rate 1-5`, with a comment if you like."


def _spec(view: StepView) -> ScenarioStepSpec:
    assert isinstance(view.step, ScenarioStepSpec)
    return view.step


def _now(view: StepView) -> datetime:
    return view.now or datetime.now(UTC)


def _state(view: StepView) -> ScenarioState:
    if isinstance(view.state, ScenarioProgress):
        return view.state.scenario
    return start(_spec(view), _now(view)).state


class ScenarioType(BaseStepType):
    kind = StepKind.SCENARIO
    model = ScenarioStepSpec
    state = ScenarioProgress
    offline_judge = staticmethod(offline_judge)  # the offline persona plays the scene
    takes_hint = True  # each scene has its own hints (engine.scenarios.decide.give_hint)

    def present(self, view: StepView) -> list[Reply]:
        if isinstance(view.state, ScenarioProgress):  # asked again mid-scenario
            state = view.state.scenario
            scenes = _spec(view).scenes
            scene = scenes[min(state.scene_index, len(scenes) - 1)]
            return [Reply(f"We're in the scene *{scene.title}*. Your turn — or type `hint`.")]
        return [Reply(text) for text in present(_spec(view), _now(view)).messages]

    def judgement(self, view: StepView, text: str) -> Judgement | None:
        request = plan(_spec(view), _state(view), text).request
        if request is None:  # `hint`, `end scene`: decided by the code alone
            return None
        return Judgement(
            kind=StepKind.SCENARIO,
            answer=text,
            max_attempts=request.max_attempts,
            request=coach_request(view.step.key, request),
        )

    def apply(self, view: StepView, text: str, result: CoachResult | None) -> StepOutcome:
        spec, now, state = _spec(view), _now(view), _state(view)
        planned = plan(spec, state, text)
        judged = judgement_for(planned.request, result) if planned.request else None
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
            # the persona's line comes first and carries the call's model and latency
            coached=judged is not None and bool(judged.reply),
            pause_program=outcome.paused,  # "stop the scene": no reminders until `resume`
        )
