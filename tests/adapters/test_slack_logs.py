"""No message text and no token in any log, even at DEBUG: install, converse, nudge, reject."""

from __future__ import annotations

import json
import logging
import re
import secrets

import httpx
import pytest

from adapters.slack import build_asgi_app, build_slack_app, build_slack_gateway
from engine.messages import IncomingMessage, Platform, PlatformIdentity, Reply
from tests.adapters.test_slack_store import CLIENT_ID, KEYS, SECRET, beta_dm, post_event
from tests.fakes.slack_server import FakeSlack, serve_asgi, signed_headers

CLIENT_SECRET = "client-secret-" + secrets.token_hex(4)


class Echo:
    async def handle(self, message: IncomingMessage) -> list[Reply]:
        return [Reply(text=f"Echo: {message.text}")]


async def test_nothing_private_reaches_the_logs_at_debug(
    database_url: str, slack: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    private = "my private worry " + secrets.token_hex(6)
    nudge_text = "Your check-in " + secrets.token_hex(6)
    bot = build_slack_app(
        handler=Echo(),
        signing_secret=SECRET,
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        database_url=database_url,
        encryption_key=KEYS,
        api_url=slack.api_url,
    )
    async with serve_asgi(build_asgi_app(bot)) as url, httpx.AsyncClient(base_url=url) as http:
        page = await http.get("/slack/install")
        state = re.search(r"state=([\w-]+)", page.text)
        assert state is not None
        done = await http.get(
            "/slack/oauth_redirect",
            params={"code": "granted-code", "state": state.group(1)},
            headers={"Cookie": page.headers["set-cookie"].split(";")[0]},
        )
        assert done.status_code == 200
        token = slack.calls_to("oauth.v2.access")[0].response["access_token"]

        dm = beta_dm("Ev0LOG1")
        dm["event"]["text"] = private
        assert (await post_event(http, dm)).status_code == 200
        (post,) = await slack.wait_for("chat.postMessage")
        assert post.args["text"] == f"Echo: {private}"

        body = json.dumps(beta_dm("Ev0LOG2") | {"x": private}).encode()
        wrong = signed_headers(body, "not-the-secret", content_type="application/json")
        assert (await http.post("/slack/events", content=body, headers=wrong)).status_code == 401

    gateway = build_slack_gateway(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        database_url=database_url,
        encryption_key=KEYS,
        api_url=slack.api_url,
    )
    try:
        beta = PlatformIdentity(Platform.SLACK, workspace_id="T0002", user_id="U0BEA")
        await gateway.send(identity=beta, replies=[Reply(nudge_text)])
    finally:
        await gateway.aclose()
    await slack.wait_for("chat.postMessage", count=2)

    logged = caplog.text + "".join(str(r.args) for r in caplog.records)
    for needle in (private, nudge_text, token, CLIENT_SECRET, SECRET, "xoxb-", "xoxe"):
        assert needle not in logged, f"{needle[:12]}… was logged"
    assert not [r for r in caplog.records if r.name.startswith(("slack_sdk", "slack_bolt"))
                and r.levelno < logging.WARNING]  # fmt: skip
