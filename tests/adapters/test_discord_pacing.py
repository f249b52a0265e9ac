"""The token bucket that paces proactive Discord sends, on a virtual clock."""

from __future__ import annotations

from bisect import bisect_left

import pytest

from adapters.discord import TokenBucket

DISCORD_GLOBAL_LIMIT = 50  # requests per second per bot


class VirtualTime:
    def __init__(self) -> None:
        self.now = 1000.0

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds


async def test_ten_thousand_nudges_never_exceed_the_global_limit_in_any_second() -> None:
    time = VirtualTime()
    bucket = TokenBucket(clock=time.clock, sleep=time.sleep)
    stamps = []
    for _ in range(10_000):
        await bucket.acquire()
        stamps.append(time.now)

    busiest = max(bisect_left(stamps, t + 1.0) - i for i, t in enumerate(stamps))
    assert busiest <= 45 < DISCORD_GLOBAL_LIMIT
    assert stamps[-1] - stamps[0] == pytest.approx((10_000 - 5) / 40, rel=1e-6)


async def test_idle_bucket_allows_only_a_small_burst() -> None:
    time = VirtualTime()
    bucket = TokenBucket(rate=40, capacity=5, clock=time.clock, sleep=time.sleep)
    time.now += 3600  # idle for an hour
    for _ in range(5):
        await bucket.acquire()
    assert time.now == 4600.0
    await bucket.acquire()
    assert time.now == pytest.approx(4600.025)


def test_rejects_a_bucket_that_could_never_grant() -> None:
    with pytest.raises(ValueError):
        TokenBucket(rate=0)
    with pytest.raises(ValueError):
        TokenBucket(capacity=0.5)
