"""Nudges on Discord are never doubled: a retried send carries the same enforced nonce."""

from __future__ import annotations

import pytest

from adapters.discord import DiscordChatGateway
from adapters.discord.gateway import nudge_nonce
from engine.messages import Platform, PlatformIdentity, Reply
from engine.nudges import NudgeRef, current_nudge
from tests.adapters.test_discord import (
    MemoryReachability,
    ScriptedCoach,
    running,
    sent,
    user,
)
from tests.fakes.discord_server import FakeDiscord, snowflake


@pytest.fixture
def fake(fake_discord: FakeDiscord) -> FakeDiscord:
    return fake_discord  # the server is declared once, in tests/conftest.py


async def test_a_nudge_sent_again_after_a_crash_is_not_doubled(fake: FakeDiscord) -> None:
    reach = MemoryReachability()
    identity = PlatformIdentity(Platform.DISCORD, "discord", snowflake())
    replies = [Reply("Week 2 is open."), Reply("x" * 2500)]  # two replies, three messages
    async with running(fake, ScriptedCoach(), reach) as client:
        gateway = DiscordChatGateway(client=client, reachability=reach)
        token = current_nudge.set(NudgeRef(7, "week_unlocked", "nudge:7:week-2"))
        try:
            first = await gateway.send(identity=identity, replies=replies)
            # The worker died before marking it sent; the next worker sends it again.
            again = await gateway.send(identity=identity, replies=replies)
        finally:
            current_nudge.reset(token)
        other = await gateway.send(identity=identity, replies=[Reply("Week 2 is open.")])
    channel = fake.open_dm(user(identity.user_id))
    contents = [m["content"] for m in sent(fake, channel)]
    assert contents.count("Week 2 is open.") == 2  # the nudge once, the plain send once
    assert len(contents) == 4
    assert first.platform_message_id == again.platform_message_id
    assert other.platform_message_id != first.platform_message_id
    posts = fake.rest("POST", f"/channels/{channel}/messages")
    nonces = [p.body.get("nonce") for p in posts[:3]]
    assert nonces == [nudge_nonce("nudge:7:week-2", n) for n in range(3)]
    assert all(p.body.get("enforce_nonce") is True for p in posts)


def test_nonces_fit_discord_and_differ_per_nudge_and_part() -> None:
    a, b, c = nudge_nonce("k1", 0), nudge_nonce("k1", 1), nudge_nonce("k2", 0)
    assert len({a, b, c}) == 3 and all(len(n) == 25 for n in (a, b, c))
    assert nudge_nonce("k1", 0) == a
