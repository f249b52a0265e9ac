"""Per-platform pacing for the dispatcher: a token bucket each, and a platform-wide pause on 429.

Per-channel limits (Slack's ~1 message/s per DM) are the adapters' business;
this keeps a whole batch under each platform's global rate, and when a gateway
says "retry after N seconds" it stops every send to that platform for N seconds,
not just the one nudge.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Mapping

from engine.messages import Platform

DEFAULT_RATES: Mapping[Platform, float] = {
    Platform.SLACK: 20.0,
    Platform.DISCORD: 40.0,  # under Discord's global 50 requests/s
    Platform.CONSOLE: 1000.0,
}


class _Bucket:
    def __init__(self, rate: float, burst: float, now: float) -> None:
        self.rate = rate
        self.burst = burst
        self.tokens = burst
        self.stamp = now
        self.paused_until = 0.0
        self.lock = asyncio.Lock()


class PlatformPacer:
    """An async token bucket per platform.

    Args:
        rates: Messages per second per platform (unknown platforms: `default_rate`).
        burst: How many sends may go at once after a quiet spell.
        monotonic: The time source (tests swap it).
        sleep: The sleep function (tests swap it).
    """

    def __init__(
        self,
        rates: Mapping[Platform, float] | None = None,
        *,
        default_rate: float = 10.0,
        burst: float = 5.0,
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], object] = asyncio.sleep,
    ) -> None:
        self.rates = dict(DEFAULT_RATES if rates is None else rates)
        self.default_rate = default_rate
        self.burst = burst
        self._monotonic = monotonic
        self._sleep = sleep
        self._buckets: dict[Platform, _Bucket] = {}

    def _bucket(self, platform: Platform) -> _Bucket:
        bucket = self._buckets.get(platform)
        if bucket is None:
            rate = self.rates.get(platform, self.default_rate)
            bucket = _Bucket(rate, max(1.0, min(self.burst, rate)), self._monotonic())
            self._buckets[platform] = bucket
        return bucket

    async def acquire(self, platform: Platform) -> None:
        """Wait until one message may go to `platform`."""
        bucket = self._bucket(platform)
        async with bucket.lock:
            while True:
                now = self._monotonic()
                if now < bucket.paused_until:
                    await self._wait(bucket.paused_until - now)
                    continue
                bucket.tokens = min(
                    bucket.burst, bucket.tokens + (now - bucket.stamp) * bucket.rate
                )
                bucket.stamp = now
                if bucket.tokens >= 1.0:
                    bucket.tokens -= 1.0
                    return
                await self._wait((1.0 - bucket.tokens) / bucket.rate)

    def pause(self, platform: Platform, seconds: float) -> None:
        """Hold every send to `platform` for `seconds` (a 429's Retry-After)."""
        if seconds <= 0:
            return
        bucket = self._bucket(platform)
        bucket.paused_until = max(bucket.paused_until, self._monotonic() + seconds)

    def paused_for(self, platform: Platform) -> float:
        """Seconds left of a pause on `platform` (0 when sends may go)."""
        bucket = self._buckets.get(platform)
        return 0.0 if bucket is None else max(0.0, bucket.paused_until - self._monotonic())

    async def _wait(self, seconds: float) -> None:
        result = self._sleep(seconds)
        if asyncio.iscoroutine(result) or isinstance(result, asyncio.Future):
            await result
