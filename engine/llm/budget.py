"""A per-person LLM call budget: after N calls in an hour or a day, the offline coach answers.

Why: one person (or a script behind one account) can otherwise spend the whole
daily budget, or run up a bill, by typing fast. The count comes from what the store
already records, the person's LLM-written replies (`messages.llm_provider`, not
"offline") in the last hour and the last 24 hours, read in the turn's plan read
(`engine.store.turns`), so it costs no extra round trip and holds across replicas
and restarts. The windows roll: an hour after the first call of a full hour, the
next one is allowed again.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["NO_CALLS", "CallBudget", "LlmCalls"]


@dataclass(frozen=True, slots=True)
class LlmCalls:
    """How many LLM calls answered this person in the last hour and the last 24 hours."""

    hour: int = 0
    day: int = 0


NO_CALLS = LlmCalls()


@dataclass(frozen=True, slots=True)
class CallBudget:
    """At most `per_hour` and `per_day` LLM calls per person (None: no limit)."""

    per_hour: int | None = 30
    per_day: int | None = 200

    def reached(self, calls: LlmCalls) -> str | None:
        """ "hour" or "day" when that window's limit is reached; None while calls may go on."""
        if self.per_hour is not None and calls.hour >= self.per_hour:
            return "hour"
        if self.per_day is not None and calls.day >= self.per_day:
            return "day"
        return None
