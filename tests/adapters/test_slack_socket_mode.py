"""Socket Mode: the real AsyncSocketModeHandler connected to the fake's WebSocket."""

from __future__ import annotations

import asyncio
import contextlib
import json

import pytest

from adapters.slack import build_slack_app, run_socket_mode
from engine.messages import IncomingMessage, Reply
from tests.fakes.slack_server import FakeSlack
from tests.fakes.slack_server import load_fixture as fixture


class SlowEngine:
    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.messages: list[IncomingMessage] = []

    async def handle(self, message: IncomingMessage) -> list[Reply]:
        self.messages.append(message)
        await asyncio.sleep(self.delay)
        return [Reply(text=f"You said: {message.text}")]


@pytest.fixture
def slack(fresh_slack: FakeSlack) -> FakeSlack:
    return fresh_slack  # the server is declared once, in tests/conftest.py


async def test_socket_mode_acks_envelopes_before_the_turn_and_then_replies(
    slack: FakeSlack,
) -> None:
    engine = SlowEngine(delay=0.5)
    bot = build_slack_app(handler=engine, token="xoxb-test", api_url=slack.api_url)
    running = asyncio.create_task(run_socket_mode(bot, app_token="xapp-1-test"))
    try:
        await slack.wait_for_socket()
        ack = await slack.send_envelope("events_api", fixture("event_message_im"), within=0.4)
        assert ack == {"envelope_id": ack["envelope_id"]}  # acked while the turn still runs
        (post,) = await slack.wait_for("chat.postMessage")
        assert post.args["text"] == "You said: hello coach"

        command = await slack.send_envelope("slash_commands", fixture("slash_command"), 0.4)
        assert "direct messages" in json.dumps(command.get("payload"))
        await slack.wait_for("chat.postMessage", count=2)
        assert [m.text for m in engine.messages] == ["hello coach", "start career-6-weeks"]
        (connect,) = slack.calls_to("apps.connections.open")
        assert connect.token == "xapp-1-test"
    finally:
        running.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await running


async def test_socket_mode_needs_an_app_level_token(slack: FakeSlack) -> None:
    bot = build_slack_app(handler=SlowEngine(0), token="xoxb-test", api_url=slack.api_url)
    with pytest.raises(ValueError, match="SLACK_APP_TOKEN"):
        await run_socket_mode(bot, app_token="xoxb-not-an-app-token")
