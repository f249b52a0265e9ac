"""The real discord.py client and the real engine: the demo program over Discord DMs."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from engine.store.reachability import PgReachability
from tests.adapters.test_discord import click, dm, running, sent, user
from tests.fakes.discord_server import FakeDiscord, snowflake
from tests.harness import Harness


@pytest.fixture
def fake(fake_discord: FakeDiscord) -> FakeDiscord:
    return fake_discord  # the server is declared once, in tests/conftest.py


async def test_the_demo_week_over_discord_dms(harness: Harness, fake: FakeDiscord) -> None:
    user_id = snowflake()
    channel = fake.open_dm(user(user_id))

    async def say(text: str) -> list[dict[str, Any]]:
        before = len(sent(fake, channel))
        await dm(fake, channel, user_id, text)
        await fake.wait_until(lambda: len(sent(fake, channel)) > before)
        return sent(fake, channel)[before:]

    async with running(fake, harness.bot, PgReachability(harness.db)):  # type: ignore[arg-type]
        first = await say("start demo")
        assert any("taste of coaching" in m["content"].lower() for m in first)
        await dm(fake, channel, user_id, "My name is Ada")
        await fake.wait_until(lambda: any(m["components"] for m in sent(fake, channel)))
        scale = next(m for m in sent(fake, channel) if m["components"])
        item = scale["components"][0]["components"][0]
        if item["type"] == 3:  # a select menu
            data = {"custom_id": item["custom_id"], "component_type": 3, "values": ["6"]}
        else:
            button = next(
                b for row in scale["components"] for b in row["components"] if b["label"] == "6"
            )
            data = {"custom_id": button["custom_id"], "component_type": 2}
        await click(fake, scale, user_id, data)
        for _ in range(100):
            if await harness.scalar("SELECT count(*) FROM check_ins"):
                break
            await asyncio.sleep(0.05)
        assert await harness.scalar("SELECT mood FROM check_ins") == 6

        await say("export my data")
        await fake.wait_until(lambda: "coachbot-export.json" in fake.files)
    exported = json.loads(fake.files["coachbot-export.json"])
    assert exported["check_ins"][0]["mood"] == 6
    assert all(m["allowed_mentions"] == {"parse": []} for m in sent(fake, channel))
