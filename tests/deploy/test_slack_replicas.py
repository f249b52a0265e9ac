"""Two `coachbot slack serve` replicas behind a round-robin proxy, no sticky sessions:
Slack's retry of an event lands on the other replica and the person is answered once."""

from __future__ import annotations

import asyncio
import itertools
from pathlib import Path

import aiohttp
import httpx
import pytest
from aiohttp import web

from adapters.slack.turns import THINKING_TEXT
from tests.deploy.processes import (
    SECRET,
    coachbot_env,
    free_port,
    sigterm,
    start_coachbot,
    until,
)
from tests.fakes._loopback import serve_on_loopback
from tests.fakes.slack_server import FakeSlack, SlackSender, direct_message


class RoundRobin:
    """A tiny HTTP proxy on loopback: request i goes to backend i mod n."""

    def __init__(self, backends: list[str]) -> None:
        self.backends = backends
        self.routed: list[str] = []
        self._next = itertools.cycle(backends)
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None
        self.url = ""

    async def start(self) -> None:
        self._session = aiohttp.ClientSession()
        app = web.Application()
        app.router.add_route("*", "/{path:.*}", self._forward)
        self._runner, port = await serve_on_loopback(app, access_log=None)
        self.url = f"http://127.0.0.1:{port}"

    async def stop(self) -> None:
        if self._session is not None:
            await self._session.close()
        if self._runner is not None:
            await self._runner.cleanup()

    async def _forward(self, request: web.Request) -> web.Response:
        assert self._session is not None
        backend = next(self._next)
        self.routed.append(backend)
        headers = {k: v for k, v in request.headers.items() if k.lower() != "host"}
        async with self._session.request(
            request.method, backend + request.path_qs, headers=headers, data=await request.read()
        ) as answer:
            body = await answer.read()
            return web.Response(body=body, status=answer.status, content_type=answer.content_type)


def answers(slack: FakeSlack) -> int:
    """Answers the person sees: messages posted as answers, and "thinking…" messages
    replaced by one (a slow turn shows "thinking…" first; one that finds the event already
    answered deletes it again)."""
    posted = [c for c in slack.calls_to("chat.postMessage") if c.args.get("text") != THINKING_TEXT]
    return len(posted) + len(slack.calls_to("chat.update"))


async def answered(slack: FakeSlack, count: int) -> None:
    async def enough() -> bool:
        return answers(slack) >= count

    await until(enough, within=15)


@pytest.fixture
def slack(fresh_slack: FakeSlack) -> FakeSlack:
    return fresh_slack  # the server is declared once, in tests/conftest.py


async def test_a_retry_on_the_other_replica_is_answered_once(
    pg_url: str, slack: FakeSlack, tmp_path: Path
) -> None:
    env = coachbot_env(pg_url, slack, tmp_path, shutdown_seconds=5)
    ports = [free_port(), free_port()]
    replicas = [
        await start_coachbot(env, "slack", "serve", "--host", "127.0.0.1", "--port", str(port))
        for port in ports
    ]
    proxy = RoundRobin([f"http://127.0.0.1:{port}" for port in ports])
    await proxy.start()
    try:
        for port in ports:
            async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as direct:

                async def ready(http: httpx.AsyncClient = direct) -> bool:
                    try:
                        return (await http.get("/readyz")).status_code == 200
                    except httpx.TransportError:
                        return False

                await until(ready, within=30)
        async with httpx.AsyncClient(base_url=proxy.url) as http:
            sender = SlackSender(http, SECRET)
            event = direct_message("hello there", "EvReplica1")
            first = await sender.post_json(event)
            # Slack retries when it thinks the first delivery failed; the retry carries
            # the same event_id and, through the proxy, reaches the other replica.
            retry = await sender.post_json(
                event, **{"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
            )
            assert first.status_code == retry.status_code == 200
            await answered(slack, 1)
            await asyncio.sleep(2.0)  # time for a second answer that must not come
            assert answers(slack) == 1
            posts = slack.calls_to("chat.postMessage")
            thinking = [c for c in posts if c.args.get("text") == THINKING_TEXT]
            deleted = {c.args.get("ts") for c in slack.calls_to("chat.delete")}
            updated = {c.args.get("ts") for c in slack.calls_to("chat.update")}
            for c in thinking:  # no "thinking…" left standing
                assert c.response["ts"] in deleted | updated
            # The control: both replicas do answer new events (A, then B).
            for n, ts in ((2, "1700000002.000200"), (3, "1700000003.000200")):
                answer = await sender.post_json(direct_message(f"new {n}", f"EvReplica{n}", ts))
                assert answer.status_code == 200
                await answered(slack, n)
        assert proxy.routed == [*proxy.backends, *proxy.backends]
    finally:
        await proxy.stop()
        for replica in replicas:
            await sigterm(replica, within=20)
