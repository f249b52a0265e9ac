"""What every LLM provider shares: the judgement tool, the prompt and the parser.

No SDK is imported here; `anthropic/` and `openai/` adapt these to their APIs.
"""

from __future__ import annotations

from engine.llm.judgement.parse import Malformed, parse_arguments
from engine.llm.judgement.prompt import GROUND_RULES, new_boundary, quote, turn_text
from engine.llm.judgement.scenario import (
    SCENARIO_TOOL_DESCRIPTION,
    scenario_model,
    scenario_of,
    scenario_result,
)
from engine.llm.judgement.schema import JUDGEMENT_SCHEMA, RISK_LEVELS, TOOL_DESCRIPTION, TOOL_NAME

__all__ = [
    "GROUND_RULES",
    "JUDGEMENT_SCHEMA",
    "RISK_LEVELS",
    "SCENARIO_TOOL_DESCRIPTION",
    "TOOL_DESCRIPTION",
    "TOOL_NAME",
    "Malformed",
    "new_boundary",
    "parse_arguments",
    "quote",
    "scenario_model",
    "scenario_of",
    "scenario_result",
    "turn_text",
]
