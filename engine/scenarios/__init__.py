"""Scenario practice: rehearse a hard conversation with personas, scene by scene.

Loading and validating scenario files is `engine.scenarios.validation` (imported on its
own: it builds on the program loader, which itself reads the scenario step model).

The flow for a step-type module (`session` wraps it; `decide` states the rules):

1. `present(spec, now)` → first messages and a fresh `ScenarioState`.
2. Each person message: `plan(spec, state, text)` → a control (`hint`, `end scene`)
   or the turn's one `JudgementRequest` → the LLM (or `OfflinePersona().judge`) →
   `apply(spec, state, planned, judgement, now)` → `ScenarioOutcome`.
3. Store `outcome.state.to_json()` as the step state; write `outcome.state.current`
   and `outcome.finished` with `engine.store.scenarios.save_scene`; the step is
   complete when `outcome.done` (then `outcome.review` holds the review).
"""

from engine.scenarios.decide import (
    ScenarioOutcome,
    apply_turn,
    end_scene,
    give_hint,
    parse_control,
    quote_found,
    scene_intro,
    start,
)
from engine.scenarios.feedback import ScenarioReview, SceneScore, review, scene_feedback
from engine.scenarios.judgement import (
    CriterionBrief,
    CriterionVerdict,
    JudgementRequest,
    JudgementResult,
    PersonaCard,
    parse_tool_input,
)
from engine.scenarios.model import CriterionSpec, PersonaSpec, ScenarioStepSpec, SceneSpec
from engine.scenarios.offline import OfflinePersona
from engine.scenarios.prompt import TOOL_NAME, build_judgement_request, prompt_version
from engine.scenarios.rating import Rating, parse_rating
from engine.scenarios.session import PlannedTurn, apply, load_state, plan, present
from engine.scenarios.state import (
    SCHEMA_VERSION,
    Line,
    MetCriterion,
    ScenarioState,
    SceneProgress,
    TurnVerdict,
)

__all__ = [
    "SCHEMA_VERSION",
    "TOOL_NAME",
    "CriterionBrief",
    "CriterionSpec",
    "CriterionVerdict",
    "JudgementRequest",
    "JudgementResult",
    "Line",
    "MetCriterion",
    "OfflinePersona",
    "PersonaCard",
    "PersonaSpec",
    "PlannedTurn",
    "Rating",
    "ScenarioOutcome",
    "ScenarioReview",
    "ScenarioState",
    "ScenarioStepSpec",
    "SceneProgress",
    "SceneScore",
    "SceneSpec",
    "TurnVerdict",
    "apply",
    "apply_turn",
    "build_judgement_request",
    "end_scene",
    "give_hint",
    "load_state",
    "parse_control",
    "parse_rating",
    "parse_tool_input",
    "plan",
    "present",
    "prompt_version",
    "quote_found",
    "review",
    "scene_feedback",
    "scene_intro",
    "start",
]
