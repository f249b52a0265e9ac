"""The dispatcher's per-platform token buckets, on a fake clock."""

from __future__ import annotations

from engine.messages import Platform
from engine.nudges.pacing import PlatformPacer


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def monotonic(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 3))
        self.now += seconds


async def test_a_burst_goes_at_once_then_the_rate_holds() -> None:
    fake = FakeTime()
    pacer = PlatformPacer(
        {Platform.SLACK: 2.0}, burst=2, monotonic=fake.monotonic, sleep=fake.sleep
    )
    for _ in range(4):
        await pacer.acquire(Platform.SLACK)
    assert fake.slept == [0.5, 0.5]
    assert fake.now == 1.0


async def test_platforms_are_paced_independently() -> None:
    fake = FakeTime()
    pacer = PlatformPacer(
        {Platform.SLACK: 1.0, Platform.DISCORD: 1.0},
        burst=1,
        monotonic=fake.monotonic,
        sleep=fake.sleep,
    )
    await pacer.acquire(Platform.SLACK)
    await pacer.acquire(Platform.DISCORD)
    assert fake.slept == []


async def test_a_429_pauses_the_whole_platform() -> None:
    fake = FakeTime()
    pacer = PlatformPacer({Platform.DISCORD: 50.0}, monotonic=fake.monotonic, sleep=fake.sleep)
    pacer.pause(Platform.DISCORD, 3.0)
    assert pacer.paused_for(Platform.DISCORD) == 3.0
    assert pacer.paused_for(Platform.SLACK) == 0.0
    await pacer.acquire(Platform.DISCORD)
    assert fake.slept == [3.0]
    assert pacer.paused_for(Platform.DISCORD) == 0.0
