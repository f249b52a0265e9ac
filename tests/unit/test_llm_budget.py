"""The per-person call budget's rule: which window is spent (pure logic)."""

from __future__ import annotations

from engine.llm.budget import CallBudget, LlmCalls


def test_the_hour_is_reported_before_the_day() -> None:
    budget = CallBudget(per_hour=2, per_day=3)
    assert budget.reached(LlmCalls(hour=1, day=1)) is None
    assert budget.reached(LlmCalls(hour=2, day=3)) == "hour"
    assert budget.reached(LlmCalls(hour=0, day=3)) == "day"


def test_no_limit_never_stops_calls() -> None:
    assert CallBudget(per_hour=None, per_day=None).reached(LlmCalls(hour=10**6, day=10**6)) is None
