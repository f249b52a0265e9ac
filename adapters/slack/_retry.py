"""A rate-limit retry that waits inline only briefly.

slack_sdk's handler sleeps for whatever Retry-After says, holding the turn (and the
person) for as long as Slack likes. This one retries only when the wait is at most
`max_wait` seconds; a longer wait, or a second 429, surfaces as an error, and the
caller parks the reply in the outbox due when Slack said to come back.
"""

from __future__ import annotations

from collections.abc import Mapping

from slack_sdk.http_retry.builtin_async_handlers import AsyncRateLimitErrorRetryHandler
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState

MAX_INLINE_WAIT_SECONDS = 3.0


def retry_after(headers: Mapping[str, list[str] | str] | None) -> float | None:
    """Seconds from a Retry-After header (any case), or None without one."""
    for name, value in (headers or {}).items():
        if name.lower() == "retry-after":
            raw = value[0] if isinstance(value, list) else value
            try:
                return max(0.0, float(raw))
            except ValueError:
                return None
    return None


class CappedRateLimitRetry(AsyncRateLimitErrorRetryHandler):
    """Retry a 429 only when Retry-After is at most `max_wait` seconds."""

    def __init__(self, *, max_retry_count: int = 1, max_wait: float = MAX_INLINE_WAIT_SECONDS):
        super().__init__(max_retry_count=max_retry_count)
        self.max_wait = max_wait

    async def _can_retry_async(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        if response is None or response.status_code != 429:
            return False
        wait = retry_after(response.headers)
        return wait is None or wait <= self.max_wait
