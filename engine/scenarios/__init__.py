"""Scenario practice: rehearse a hard conversation with personas, scene by scene.

The flow for a step-type module (see `decide` for the rules):

1. `start(spec, now)` → first messages and a fresh `ScenarioState`.
2. Each person message: `parse_control(text)` → `give_hint` / `end_scene`, or
   `build_judgement_request(spec, state, text)` → one LLM call (or
   `OfflinePersona().judge(request)`) → `apply_turn(spec, state, text=…, judgement=…, now=…)`.
3. Store `outcome.state.to_json()` as the step state; write `outcome.finished`
   scenes with `engine.store.scenarios.save_scene`; the step is complete when
   `outcome.done` (then `outcome.review` holds the end-of-scenario review).
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
from engine.scenarios.state import (
    SCHEMA_VERSION,
    Line,
    MetCriterion,
    ScenarioState,
    SceneProgress,
    TurnVerdict,
)
from engine.scenarios.validation import (
    ScenarioError,
    builtin_scenarios,
    load_scenario,
    parse_scenario,
    program_scenarios,
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
    "Rating",
    "ScenarioError",
    "ScenarioOutcome",
    "ScenarioReview",
    "ScenarioState",
    "ScenarioStepSpec",
    "SceneProgress",
    "SceneScore",
    "SceneSpec",
    "TurnVerdict",
    "apply_turn",
    "build_judgement_request",
    "builtin_scenarios",
    "end_scene",
    "give_hint",
    "load_scenario",
    "parse_control",
    "parse_rating",
    "parse_scenario",
    "parse_tool_input",
    "program_scenarios",
    "prompt_version",
    "quote_found",
    "review",
    "scene_feedback",
    "scene_intro",
    "start",
]
