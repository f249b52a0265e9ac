"""What the dispatcher reports: per-call outcomes, and which nudge is being sent."""

from __future__ import annotations

import contextvars
from dataclasses import dataclass, field, fields


@dataclass(frozen=True, slots=True)
class NudgeRef:
    """Which nudge is being sent (for gateways that log or count per nudge).

    One message can carry several of a person's nudges due together: this is the
    first, and `keys` names them all (the first included).
    """

    id: int
    kind: str
    idempotency_key: str
    keys: tuple[str, ...] = ()


# Set by the dispatcher around `ChatGateway.send`; tracing and test gateways read it.
current_nudge: contextvars.ContextVar[NudgeRef | None] = contextvars.ContextVar(
    "current_nudge", default=None
)


@dataclass(slots=True)
class DispatchResult:
    """What one `dispatch_due` call did with the nudges it claimed."""

    claimed: int = 0
    sent: int = 0
    deferred: int = 0
    rescheduled: int = 0
    failed: int = 0
    unreachable: int = 0
    expired: int = 0
    cancelled: int = 0
    lost_lease: int = 0  # re-claimed by another worker before we could act
    reasons: dict[str, int] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        """Each count by its field name (`reasons` aside)."""
        return {name: getattr(self, name) for name in COUNT_FIELDS}

    def add(self, other: DispatchResult) -> None:
        for name, count in other.counts().items():
            setattr(self, name, getattr(self, name) + count)
        for reason, count in other.reasons.items():
            self.reasons[reason] = self.reasons.get(reason, 0) + count


# The counters, in field order: every field but `reasons`.
COUNT_FIELDS = tuple(f.name for f in fields(DispatchResult) if f.name != "reasons")
