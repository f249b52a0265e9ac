"""How a provider says why the LLM failed: permanent (fix the setup) or transient.

Both are `CoachUnavailable`, so callers that only fall back need not care; the
circuit breaker (`engine.llm.guard`) opens on permanent ones instead of retrying
them on every turn.
"""

from __future__ import annotations

from engine.ports import CoachUnavailable

# HTTP statuses that no retry fixes: bad request shape, key, permission, model, billing.
PERMANENT_STATUSES = frozenset({400, 401, 402, 403, 404})
_SPEND_LIMIT_MARKERS = ("spend_limit", "spend limit", "insufficient_quota", "billing")


class LLMError(CoachUnavailable):
    """A failed LLM call, with what the operator needs to chase it.

    Attributes:
        provider: "anthropic", "openai", …
        permanent: True when retrying cannot help (the breaker opens).
        status: HTTP status, if there was a response.
        request_id: the provider's request id, if it sent one.
    """

    def __init__(
        self,
        provider: str,
        reason: str,
        *,
        permanent: bool = False,
        status: int | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(f"{provider}: {reason}")
        self.provider = provider
        self.reason = reason
        self.permanent = permanent
        self.status = status
        self.request_id = request_id


def is_permanent(status: int, error_type: str, message: str = "") -> bool:
    """True for statuses and error bodies that mean the setup, not the moment, is wrong."""
    text = f"{error_type} {message}".casefold()
    return status in PERMANENT_STATUSES or any(m in text for m in _SPEND_LIMIT_MARKERS)


class LLMCheckFailed(Exception):
    """The start-up check failed; the message is one line for the operator."""
