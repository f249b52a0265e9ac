"""Ack first, verify every request, never answer twice: the Slack HTTP front door."""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

import httpx
import pytest

from adapters.slack import build_asgi_app, build_slack_app
from tests.fakes.slack_server import (
    FakeSlack,
    ScriptedEngine,
    echo,
    serve_asgi,
    signed_headers,
)
from tests.fakes.slack_server import direct_message as dm
from tests.fakes.slack_server import load_fixture as fixture
from tests.harness import SECRET, TOKEN, settle


async def test_bad_signature_or_stale_timestamp_is_rejected_and_nothing_runs(
    make_harness: Any, slack: FakeSlack
) -> None:
    async with make_harness() as h:
        body = json.dumps(dm("hi", "Ev0FORGED")).encode()
        forged = signed_headers(body, "wrong-secret", content_type="application/json")
        stale = signed_headers(
            body, SECRET, timestamp=int(time.time()) - 600, content_type="application/json"
        )
        for headers in (forged, stale):
            response = await h.http.post("/slack/events", content=body, headers=headers)
            assert response.status_code == 401
        await settle()
    assert h.engine.messages == []
    assert slack.calls_to("chat.postMessage") == []


def test_http_mode_refuses_to_start_without_a_signing_secret() -> None:
    bot = build_slack_app(handler=ScriptedEngine(echo), token=TOKEN)
    with pytest.raises(ValueError, match="SLACK_SIGNING_SECRET"):
        build_asgi_app(bot)
    with pytest.raises(ValueError, match="SLACK_BOT_TOKEN"):
        build_slack_app(handler=ScriptedEngine(echo), signing_secret=SECRET)
    with pytest.raises(ValueError, match="DATABASE_URL"):
        build_slack_app(
            handler=ScriptedEngine(echo), signing_secret=SECRET, client_id="1", client_secret="2"
        )


async def test_an_event_delivered_three_times_is_answered_once(
    make_harness: Any, slack: FakeSlack
) -> None:
    async with make_harness() as h:
        payload = dm("hello", "Ev0RETRY1")
        await h.post_json(payload)
        for n in ("1", "2"):
            retry = await h.post_json(
                payload, **{"X-Slack-Retry-Num": n, "X-Slack-Retry-Reason": "http_timeout"}
            )
            assert retry.status_code == 200
        await slack.wait_for("chat.postMessage")
        await settle()
    assert len(slack.calls_to("chat.postMessage")) == 1
    assert len(h.engine.messages) == 1


async def test_a_retry_reaching_another_replica_is_not_answered_twice(slack: FakeSlack) -> None:
    engine = ScriptedEngine(echo)  # shared, as the PostgreSQL idempotency table is
    replicas = [
        build_slack_app(handler=engine, signing_secret=SECRET, token=TOKEN, api_url=slack.api_url)
        for _ in range(2)
    ]
    payload = dm("hello", "Ev0REPLICA")
    for n, bot in enumerate(replicas):
        async with serve_asgi(build_asgi_app(bot)) as url, httpx.AsyncClient(base_url=url) as http:
            body = json.dumps(payload).encode()
            headers = signed_headers(body, SECRET, content_type="application/json")
            headers["X-Slack-Retry-Num"] = str(n)
            assert (await http.post("/slack/events", content=body, headers=headers)).is_success
            await slack.wait_for("chat.postMessage")
            await settle()
    assert len(slack.calls_to("chat.postMessage")) == 1


async def test_a_slow_turn_is_acked_first_then_thinking_is_replaced_by_the_answer(
    make_harness: Any, slack: FakeSlack
) -> None:
    gate = asyncio.Event()  # the turn cannot finish until the test says so
    async with make_harness(gate=gate, thinking_after=0.2) as h:
        response = await h.post_json(dm("what should I focus on?", "Ev0SLOW1"))
        assert response.status_code == 200  # acknowledged while the turn is still blocked
        (thinking,) = await slack.wait_for("chat.postMessage", within=5.0)
        assert thinking.args["text"] == "_thinking…_"
        assert len(h.engine.messages) == 1  # the turn is under way…
        assert slack.calls_to("chat.update") == []  # …and its answer not there yet
        gate.set()
        (update,) = await slack.wait_for("chat.update", within=5.0)
    assert update.args["channel"] == "D0USER1"
    assert update.args["ts"] == thinking.response["ts"]
    assert update.args["text"] == "You said: what should I focus on?"
    assert len(slack.calls_to("chat.postMessage")) == 1  # the answer replaced "thinking…"


@pytest.mark.parametrize("kind", ["command", "click"])
async def test_acks_stay_fast_in_process_before_response_mode(
    make_harness: Any, slack: FakeSlack, kind: str
) -> None:
    # FaaS-style: Bolt holds the HTTP response until the ack function returns; the
    # turn runs in the lazy listener either way, so the response comes while it is blocked.
    gate = asyncio.Event()
    async with make_harness(gate=gate, process_before_response=True) as h:
        if kind == "command":
            response = await h.post_form(fixture("slash_command"))
        else:
            response = await h.post_action(fixture("block_actions"))
        assert response.status_code == 200
        assert slack.calls_to("chat.postMessage") == []  # no answer before the ack
        gate.set()
        await slack.wait_for("chat.postMessage", within=5.0)
    assert len(h.engine.messages) == 1


async def test_edits_bot_messages_own_messages_and_dm_mentions_are_ignored(
    make_harness: Any, slack: FakeSlack
) -> None:
    own = dm("my own echo", "Ev0OWN1")
    own["event"]["user"] = "UBOT"
    mention_in_dm = fixture("event_app_mention")  # message.im carries the same words
    mention_in_dm["event"]["channel"] = "D0USER1"
    ignored = [fixture("event_message_changed"), fixture("event_bot_message"), own, mention_in_dm]
    async with make_harness() as h:
        for payload in ignored:
            assert (await h.post_json(payload)).status_code == 200
        await settle()
    assert h.engine.messages == []
    assert slack.calls_to("chat.postMessage") == []
