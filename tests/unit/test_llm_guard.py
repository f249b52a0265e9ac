"""The circuit breaker and the daily budget in front of a remote coach (pure logic)."""

from __future__ import annotations

import datetime as dt
import logging
from collections import deque
from decimal import Decimal

import pytest

from engine.llm.errors import LLMError, is_permanent
from engine.llm.guard import GuardedCoach
from engine.llm.types import CoachRequest, CoachResult, StepKind, Usage
from engine.ports import CoachUnavailable

REQUEST = CoachRequest("sys", "ctx", StepKind.QUESTION, "k", "Q?", "A.")


class ScriptedCoach:
    """A `Coach` that raises or answers from a script, counting calls."""

    name = "scripted"
    model = "m-1"

    def __init__(self, *answers: LLMError | Decimal) -> None:
        self.answers = deque(answers)
        self.calls = 0

    async def evaluate(self, request: CoachRequest) -> CoachResult:
        self.calls += 1
        answer = self.answers.popleft() if self.answers else Decimal("0.01")
        if isinstance(answer, LLMError):
            raise answer
        return CoachResult("ok", True, usage=Usage("m-1", cost_usd=answer, provider="scripted"))


class Clock:
    def __init__(self) -> None:
        self.t = 0.0
        self.day = dt.date(2026, 12, 1)


def guard(inner: ScriptedCoach, clock: Clock, **kw: object) -> GuardedCoach:
    return GuardedCoach(
        inner,
        monotonic=lambda: clock.t,
        today=lambda: clock.day,
        **kw,  # type: ignore[arg-type]
    )


def unauthorised() -> LLMError:
    return LLMError("scripted", "HTTP 401", permanent=True, status=401, request_id="req_42")


async def test_a_permanent_error_opens_the_breaker_and_later_turns_never_reach_the_api(
    caplog: pytest.LogCaptureFixture,
) -> None:
    clock = Clock()
    inner = ScriptedCoach(unauthorised(), unauthorised())
    coach = guard(inner, clock, probe_after=600)
    caplog.set_level(logging.WARNING, logger="engine.llm.guard")

    with pytest.raises(LLMError):
        await coach.evaluate(REQUEST)
    for _ in range(5):
        with pytest.raises(CoachUnavailable, match="circuit open"):
            await coach.evaluate(REQUEST)

    assert inner.calls == 1, "no retry storm"
    assert coach.health() == "degraded"
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1 and "req_42" in errors[0].getMessage()

    clock.t = 601  # one probe; still failing keeps it open without another ERROR
    with pytest.raises(LLMError):
        await coach.evaluate(REQUEST)
    assert inner.calls == 2 and coach.health() == "degraded"
    assert len([r for r in caplog.records if r.levelno == logging.ERROR]) == 1

    clock.t = 1300  # the key was fixed: the probe succeeds and the breaker closes
    assert (await coach.evaluate(REQUEST)).reply == "ok"
    assert coach.health() == "ok"


async def test_transient_errors_pass_through_and_keep_the_breaker_closed() -> None:
    clock = Clock()
    inner = ScriptedCoach(LLMError("scripted", "HTTP 529", status=529), Decimal(0))
    coach = guard(inner, clock)

    with pytest.raises(LLMError):
        await coach.evaluate(REQUEST)
    assert coach.health() == "ok"
    await coach.evaluate(REQUEST)
    assert inner.calls == 2


async def test_the_daily_budget_sends_turns_offline_and_tells_the_operator_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    clock = Clock()
    inner = ScriptedCoach(Decimal("0.6"), Decimal("0.5"))
    coach = guard(inner, clock, daily_budget_usd=Decimal(1))
    caplog.set_level(logging.ERROR, logger="engine.llm.guard")

    await coach.evaluate(REQUEST)
    await coach.evaluate(REQUEST)  # $1.10 spent: over
    for _ in range(3):
        with pytest.raises(CoachUnavailable, match="budget"):
            await coach.evaluate(REQUEST)
    assert inner.calls == 2 and coach.health() == "degraded"
    assert len([r for r in caplog.records if "budget" in r.getMessage()]) == 1

    clock.day += dt.timedelta(days=1)
    await coach.evaluate(REQUEST)
    assert coach.health() == "ok" and coach.spent_today_usd == Decimal("0.01")


def test_permanent_means_setup_errors_and_spend_limits() -> None:
    for status in (400, 401, 402, 403, 404):
        assert is_permanent(status, "any")
    for status in (408, 429, 500, 529):
        assert not is_permanent(status, "overloaded_error")
    assert is_permanent(429, "insufficient_quota")
    assert is_permanent(400, "invalid_request_error", "enforced_spend_limit_reached")
