"""`DISCORD_SHARDS`: the real discord.py AutoShardedClient against the fake gateway."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from adapters.discord.client import CoachbotClient, ShardedCoachbotClient, make_client
from adapters.discord.run import run_client
from bot.settings import Settings
from bot.shutdown import InFlight
from tests.adapters.test_discord import MemoryReachability, ScriptedCoach, fixture, sent, user
from tests.fakes.discord_server import FakeDiscord, snowflake


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    server = FakeDiscord()
    server.shards = 2  # what GET /gateway/bot recommends
    await server.start()
    yield server
    await server.stop()


@pytest.mark.parametrize("shards", ["auto", 2])
async def test_two_shards_identify_and_a_dm_on_shard_0_is_answered(
    fake: FakeDiscord, shards: int | str
) -> None:
    client = make_client(
        handler=ScriptedCoach(),
        reachability=MemoryReachability(),
        api_url=fake.url,
        shards=shards,  # type: ignore[arg-type]
    )
    assert isinstance(client, ShardedCoachbotClient)
    task = asyncio.create_task(run_client(client, token=fake.token))
    try:
        # discord.py waits 5 s between IDENTIFYs (Discord's max_concurrency of 1).
        await fake.wait_until(lambda: len(fake.identified_shards) == 2 or task.done(), 20)
        assert not task.done()
        assert sorted(fake.identified_shards) == [[0, 2], [1, 2]]
        await asyncio.wait_for(client.wait_until_ready(), 10)
        assert client.shard_count == 2 and sorted(client.shards) == [0, 1]
        channel = fake.open_dm(user("4242"))
        payload = fixture(
            "message_create_dm",
            MESSAGE_ID=snowflake(),
            CHANNEL_ID=channel,
            USER_ID="4242",
            CONTENT="hello",
        )
        await fake.dispatch("MESSAGE_CREATE", payload, shard=0)  # Discord: DMs on shard 0
        await fake.wait_until(lambda: bool(sent(fake, channel)))
        assert sent(fake, channel)[0]["content"] == "You said: hello"
    finally:
        await client.close()
        await asyncio.wait_for(task, 10)


def test_unset_shards_keep_the_single_connection_client() -> None:
    client = make_client(handler=ScriptedCoach(), reachability=MemoryReachability())
    assert type(client) is CoachbotClient


@pytest.mark.parametrize(
    ("value", "expected"), [("auto", "auto"), ("AUTO", "auto"), ("3", 3), ("", None)]
)
def test_discord_shards_setting(value: str, expected: object) -> None:
    assert Settings(discord_shards=value).discord_shard_count() == expected


@pytest.mark.parametrize("value", ["0", "two", "-1"])
def test_a_wrong_discord_shards_setting_is_refused(value: str) -> None:
    with pytest.raises(ValueError, match="auto or a number"):
        Settings(discord_shards=value)


async def test_shard_workers_are_not_in_flight_work_at_shutdown(fake: FakeDiscord) -> None:
    client = make_client(
        handler=ScriptedCoach(), reachability=MemoryReachability(), api_url=fake.url, shards=2
    )
    worker_view = InFlight(long_lived={"Shard.worker"})  # what bot/worker.py uses
    naive = InFlight()
    worker_view.mark()
    naive.mark()
    task = asyncio.create_task(run_client(client, token=fake.token))

    def shard_tasks(in_flight: InFlight) -> int:
        return sum(t.get_coro().__qualname__ == "Shard.worker" for t in in_flight.pending())  # type: ignore[union-attr]

    try:
        await asyncio.wait_for(client.wait_until_ready(), 20)
        assert shard_tasks(naive) == 2  # the workers start after login, one per shard
        assert shard_tasks(worker_view) == 0  # so SIGTERM does not wait the deadline for them
    finally:
        await client.close()
        await asyncio.wait_for(task, 10)
