"""A scenario turn through the `Coach` port: the request the judge sends, and its answer.

The turn's one LLM call is a `CoachRequest` that carries the scene's `JudgementRequest`
(`scenario`); the remote coaches render it with the scene's tool (persona cards in the
system text every turn). The offline persona answers when no LLM is configured, when
the call fails, the breaker is open or the day's budget is spent. `judgement_for` takes
the LLM's verdicts only when they answer this very request; the code then decides
pass, hint and forced progression from them as for the offline persona.
"""

from __future__ import annotations

from dataclasses import replace

from engine.llm.types import CoachRequest, CoachResult, StepKind
from engine.scenarios.judgement import JudgementRequest, JudgementResult
from engine.scenarios.offline import OfflinePersona


def coach_request(step_key: str, request: JudgementRequest) -> CoachRequest:
    """The coach request of one scenario turn (the plain fields for logs and fallbacks)."""
    return CoachRequest(
        system_prompt=request.system,
        program_context=request.stable_prefix,
        kind=StepKind.SCENARIO,
        step_key=step_key,
        question=request.objective,
        answer=request.person_text,
        attempt_no=request.attempt_no,
        max_attempts=request.max_attempts,
        scenario=request,
    )


def offline_result(request: JudgementRequest) -> CoachResult:
    """The offline persona's answer, shaped as a coach's."""
    judged = OfflinePersona().judge(request)
    return CoachResult(reply=judged.reply, complete=False, scenario=judged)


def offline_judge(request: CoachRequest) -> CoachResult:
    """The offline coach's judge of a scenario turn: the offline persona plays it."""
    assert request.scenario is not None
    return offline_result(request.scenario)


def judgement_for(request: JudgementRequest, result: CoachResult | None) -> JudgementResult:
    """The verdicts to apply: the coach's, with its latency, or else the offline persona's."""
    judged = result.scenario if result is not None else None
    if judged is None or judged.prompt_version != request.prompt_version:
        return OfflinePersona().judge(request)
    usage = result.usage if result is not None else None
    return replace(judged, latency_ms=usage.latency_ms if usage is not None else None)
