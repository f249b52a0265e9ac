"""A circuit breaker and a daily spend budget in front of a remote coach.

Why: a bad key, a retired model or a spent balance fails the same way on every
turn. Retrying each turn hammers the API and hides the cause in warnings. So:

* A permanent `LLMError` (400/401/402/403/404, spend limit) opens the breaker: one
  ERROR log with the status and the provider's request id, `health()` turns
  "degraded", and every later turn raises `CoachUnavailable` at once, so the
  caller's offline coach answers. After `probe_after` seconds one turn is let
  through as a probe (a raised limit or a fixed key closes the breaker again);
  if it fails permanently, the breaker stays open for another period.
* Transient errors (429/5xx/529/timeouts) pass through untouched: the SDK already
  retried them with backoff within the turn's deadline.
* Once the day's (UTC) recorded LLM cost reaches `daily_budget_usd`, turns go to
  the offline coach until midnight UTC, and the operator is told once (ERROR log).
  The count is per process, seeded at start from today's recorded replies
  (`seed_spent`), so a restart does not reset it; other processes' spend after
  that is not seen. Calls of unknown cost count as zero, so a budget needs a
  priced model to mean anything.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from decimal import Decimal

from engine.llm.errors import LLMError
from engine.llm.types import CoachRequest, CoachResult
from engine.ports import Coach, CoachUnavailable

log = logging.getLogger(__name__)


class GuardedCoach:
    """Wraps a remote `Coach` with the breaker and budget described above."""

    def __init__(
        self,
        inner: Coach,
        *,
        daily_budget_usd: Decimal | None = None,
        probe_after: float = 600.0,
        monotonic: Callable[[], float] = time.monotonic,
        today: Callable[[], dt.date] = lambda: dt.datetime.now(dt.UTC).date(),
    ) -> None:
        self.inner = inner
        self.name = inner.name
        self.daily_budget_usd = daily_budget_usd
        self._probe_after = probe_after
        self._monotonic = monotonic
        self._today = today
        self._open_reason: str | None = None
        self._retry_at = 0.0
        self._day = today()
        self._spent = Decimal(0)
        self._budget_told: dt.date | None = None

    @property
    def model(self) -> str:
        """The inner coach's model name, if it has one."""
        return str(getattr(self.inner, "model", ""))

    def health(self) -> str:
        """ "ok", or "degraded" while the breaker is open or the budget is spent."""
        return "degraded" if self._open_reason or self._over_budget() else "ok"

    @property
    def spent_today_usd(self) -> Decimal:
        """LLM cost recorded today (UTC) in this process."""
        self._roll_day()
        return self._spent

    def seed_spent(self, amount: Decimal) -> None:
        """Start today's count at `amount` (what the database says was spent today)."""
        self._roll_day()
        self._spent = amount

    async def evaluate(self, request: CoachRequest) -> CoachResult:
        """Ask the inner coach unless the breaker is open or the budget is spent."""
        if self._over_budget():
            self._tell_budget()
            raise CoachUnavailable(f"{self.name}: daily LLM budget reached")
        if self._open_reason and self._monotonic() < self._retry_at:
            raise CoachUnavailable(f"{self.name}: circuit open ({self._open_reason})")
        try:
            result = await self.inner.evaluate(request)
        except LLMError as exc:
            if exc.permanent:
                self._trip(exc)
            raise
        if self._open_reason:
            log.warning("LLM %s answers again; circuit closed", self.name)
            self._open_reason = None
        if result.usage is not None and result.usage.cost_usd is not None:
            self._spent += result.usage.cost_usd
        return result

    async def check(self) -> None:
        """The inner coach's start-up check."""
        check = getattr(self.inner, "check", None)
        if check is not None:
            await check()

    async def aclose(self) -> None:
        """Close the inner coach."""
        close = getattr(self.inner, "aclose", None)
        if close is not None:
            await close()

    def _trip(self, exc: LLMError) -> None:
        first = self._open_reason is None
        self._open_reason = exc.reason
        self._retry_at = self._monotonic() + self._probe_after
        if first:
            log.error(
                "LLM %s failed permanently (%s, request id %s); circuit open, "
                "the offline coach answers; next probe in %.0f s",
                self.name,
                exc.reason,
                exc.request_id or "none",
                self._probe_after,
            )

    def _roll_day(self) -> None:
        today = self._today()
        if today != self._day:
            self._day, self._spent = today, Decimal(0)

    def _over_budget(self) -> bool:
        self._roll_day()
        return self.daily_budget_usd is not None and self._spent >= self.daily_budget_usd

    def _tell_budget(self) -> None:
        if self._budget_told != self._day:
            self._budget_told = self._day
            log.error(
                "daily LLM budget of $%s reached ($%s spent); the offline coach answers "
                "until midnight UTC",
                self.daily_budget_usd,
                self._spent.quantize(Decimal("0.0001")),
            )
