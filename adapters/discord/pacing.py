"""A token bucket that paces proactive sends below Discord's global rate limit."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

_EPSILON = 1e-9


class TokenBucket:
    """Allow `rate` acquisitions per second on average, at most `capacity` at once.

    Any one-second window sees at most `capacity + rate` acquisitions. Discord's
    global limit is 50 requests/s per bot, so the defaults (40/s, bursts of 5)
    stay under it by 5 and leave room for interactive replies: a batch of
    thousands of nudges is spread out instead of being answered with 429s.
    Waiters are served in arrival order.
    """

    def __init__(
        self,
        rate: float = 40.0,
        capacity: float = 5.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if rate <= 0 or capacity < 1:
            raise ValueError("rate must be positive and capacity at least 1")
        self.rate = rate
        self.capacity = capacity
        self._clock = clock
        self._sleep = sleep
        self._tokens = self.capacity
        self._updated = clock()
        self._lock = asyncio.Lock()

    async def acquire(self) -> None:
        async with self._lock:
            while True:
                now = self._clock()
                self._tokens = min(self.capacity, self._tokens + (now - self._updated) * self.rate)
                self._updated = now
                if self._tokens >= 1 - _EPSILON:  # float refills can land a hair below 1
                    self._tokens -= 1
                    return
                await self._sleep((1 - self._tokens) / self.rate)
