"""`coachbot worker` with Slack and Discord configured: both channels come from the one
registry, Discord answers a DM, and SIGTERM ends the process well before the shutdown
deadline (a channel's long-lived connection is not in-flight work)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.adapters.test_discord import dm, sent, user
from tests.adapters.test_discord import fake as fake  # the fake Discord fixture
from tests.deploy.processes import coachbot_env, sigterm, start_coachbot, until
from tests.fakes.discord_server import FakeDiscord, snowflake
from tests.fakes.slack_server import FakeSlack


@pytest.fixture
async def slack() -> AsyncIterator[FakeSlack]:
    server = FakeSlack()
    await server.start()
    yield server
    await server.stop()


async def test_worker_serves_every_configured_channel_and_stops_before_the_deadline(
    pg_url: str, slack: FakeSlack, fake: FakeDiscord, tmp_path: Path
) -> None:
    env = coachbot_env(pg_url, slack, tmp_path, shutdown_seconds=20)
    env.update(DISCORD_TOKEN=fake.token, DISCORD_API_URL=fake.url)
    worker = await start_coachbot(env, "worker")
    try:

        async def identified() -> bool:
            return fake.identifies > 0 or worker.returncode is not None

        await until(identified, within=30)
        assert worker.returncode is None
        user_id = snowflake()
        channel = fake.open_dm(user(user_id))
        await dm(fake, channel, user_id, "help")

        async def answered() -> bool:
            return bool(sent(fake, channel))

        await until(answered, within=30)
    finally:
        took, output = await sigterm(worker, within=30)
    assert worker.returncode == 0, output
    assert "DISCORD" in output and "SLACK" in output, output  # nudges via both gateways
    assert took < 10, output  # not the 20 s deadline: nothing was left in flight
