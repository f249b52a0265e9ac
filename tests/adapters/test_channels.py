"""The channel contract: each platform adapter behind the same five members, and the
worker's registry. Discord runs the real discord.py client against the loopback fake;
the registry builds real Slack gateways against a real (test) database."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import pytest

from adapters.channel import Channel, ChannelDeps
from adapters.console import display, render
from adapters.discord.channel import DiscordChannel
from adapters.discord.render import render_reply
from adapters.slack.channel import SlackChannel
from adapters.slack.gateway import SlackGateway
from adapters.slack.render import render_messages
from bot.bootstrap import bootstrap
from bot.channels import CHANNELS, build_channels, gateways_of
from bot.settings import Settings
from engine.messages import IncomingMessage, Platform, PlatformIdentity, Reply
from tests.adapters.test_discord import MemoryReachability, dm, sent, user
from tests.adapters.test_discord import fake as fake  # the fake Discord fixture
from tests.fakes.discord_server import FakeDiscord, snowflake
from tests.fakes.slack_server import FakeSlack
from tests.fakes.slack_server import load_fixture as slack_fixture


class NoOutbox:
    async def park(
        self, *, identity: PlatformIdentity, key: str, texts: Sequence[str], due_at: datetime
    ) -> bool:
        return False


class HeldEngine:
    """Answers each message once `release` is set, so a turn can be in flight on demand."""

    def __init__(self) -> None:
        self.release = asyncio.Event()
        self.started = asyncio.Event()

    async def handle(self, message: IncomingMessage) -> list[Reply]:
        self.started.set()
        await self.release.wait()
        return [Reply(f"Heard: {message.text}")]


def _settings(**values: Any) -> Settings:
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def test_the_registry_lists_every_channel_once_with_its_platform() -> None:
    platforms = [kind.platform for kind in CHANNELS]
    assert sorted(platforms) == sorted({Platform.SLACK, Platform.DISCORD})
    assert len(set(platforms)) == len(platforms)


@pytest.mark.parametrize(
    ("values", "serving", "expected"),
    [
        ({}, True, set()),
        ({"slack_bot_token": "xoxb-1"}, True, {Platform.SLACK}),
        ({"slack_bot_token": "xoxb-1"}, False, {Platform.SLACK}),
        ({"slack_client_id": "1.2", "slack_client_secret": "s"}, False, {Platform.SLACK}),
        ({"slack_app_token": "xapp-1"}, True, {Platform.SLACK}),  # then build names the token
        ({"slack_app_token": "xapp-1"}, False, set()),
        ({"discord_token": "d"}, True, {Platform.DISCORD}),
        ({"discord_token": "d"}, False, set()),  # Discord sends only through a running client
        ({"discord_token": "d", "slack_bot_token": "x"}, True, {Platform.SLACK, Platform.DISCORD}),
    ],
)
def test_each_channel_is_configured_by_its_own_settings(
    values: dict[str, Any], serving: bool, expected: set[Platform]
) -> None:
    settings = _settings(**values)
    configured = {k.platform for k in CHANNELS if k.configured(settings, serving=serving)}
    assert configured == expected


def test_the_same_neutral_reply_is_rendered_for_each_channel() -> None:
    reply = Reply("Type *help* to see what I can do, or 2 * 3 for fun.")
    slack = render_messages([reply])[0]
    assert slack.blocks[0]["text"]["text"] == reply.text  # Slack's own bold is one asterisk
    discord = render_reply(reply)[0]
    assert discord.content == "Type **help** to see what I can do, or 2 * 3 for fun."
    assert display(render([reply])) == "Type help to see what I can do, or 2 * 3 for fun."


async def test_discord_channel_stops_taking_events_when_cancelled_but_answers_in_flight(
    fake: FakeDiscord,
) -> None:
    engine, reach = HeldEngine(), MemoryReachability()
    deps = ChannelDeps(handler=engine, reachability=reach, outbox=NoOutbox(), database_url="")
    settings = _settings(discord_token=fake.token, discord_api_url=fake.url)
    channel: Channel[Settings] = DiscordChannel.build(settings, deps)
    assert channel.platform is Platform.DISCORD
    running = asyncio.create_task(channel.run())
    try:
        await fake.wait_until(lambda: fake.identifies > 0 or running.done())
        assert not running.done()
        user_id = snowflake()
        dm_channel = fake.open_dm(user(user_id))
        await dm(fake, dm_channel, user_id, "hello there")
        await asyncio.wait_for(engine.started.wait(), 10)
        running.cancel()  # SIGTERM: no new events…
        with contextlib.suppress(asyncio.CancelledError):
            await running
        engine.release.set()  # …but the turn in flight still answers
        await fake.wait_until(lambda: len(sent(fake, dm_channel)) == 1)
        assert sent(fake, dm_channel)[0]["content"] == "Heard: hello there"
    finally:
        await channel.aclose()
    assert isinstance(channel, DiscordChannel) and channel.client.is_closed()


async def test_a_sending_process_gets_the_slack_gateway_and_no_discord(pg_url: str) -> None:
    settings = _settings(database_url=pg_url, slack_bot_token="xoxb-1", discord_token="d")
    app = await bootstrap(settings)
    try:
        async with contextlib.AsyncExitStack() as stack:
            gateways = gateways_of(build_channels(app, stack, serving=False))
            assert set(gateways) == {Platform.SLACK}
            assert isinstance(gateways[Platform.SLACK], SlackGateway)
            serving = build_channels(app, stack, serving=True)
            assert [c.platform for c in serving] == [Platform.SLACK, Platform.DISCORD]
            slack = serving[0]
            assert isinstance(slack, SlackChannel) and slack.bot is None  # no app token
    finally:
        await app.close()


async def test_slack_channel_serves_socket_mode_until_cancelled_and_its_gateway_sends(
    slack: FakeSlack,
) -> None:
    engine = HeldEngine()
    engine.release.set()
    deps = ChannelDeps(
        handler=engine, reachability=MemoryReachability(), outbox=NoOutbox(), database_url=""
    )
    settings = _settings(
        slack_bot_token="xoxb-test", slack_app_token="xapp-1-test", slack_api_url=slack.api_url
    )
    channel: Channel[Settings] = SlackChannel.build(settings, deps)
    running = asyncio.create_task(channel.run())
    try:
        await slack.wait_for_socket()
        await slack.send_envelope("events_api", slack_fixture("event_message_im"), within=0.4)
        (answer,) = await slack.wait_for("chat.postMessage")
        assert answer.args["text"] == "Heard: hello coach"
        ada = PlatformIdentity(Platform.SLACK, "T0TEAM", "U0ADA")
        delivery = await channel.gateway.send(identity=ada, replies=[Reply("Check-in time.")])
        assert delivery.channel_id is not None
        running.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await running
        assert running.cancelled()
    finally:
        running.cancel()
        await channel.aclose()
