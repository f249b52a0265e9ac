"""Shared Slack fixtures: a fake Slack Web API, and the real app on uvicorn with a fake engine."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest

from adapters.slack import build_asgi_app, build_slack_app
from engine.messages import IncomingMessage, Reply
from tests.fakes.slack_server import FakeSlack, ScriptedEngine, SlackSender, echo, serve_asgi
from tests.harness import SECRET, TOKEN


@pytest.fixture(scope="module")
async def fake_slack() -> AsyncIterator[FakeSlack]:
    fake = FakeSlack()
    await fake.start()
    yield fake
    await fake.stop()


@pytest.fixture
def slack(fake_slack: FakeSlack) -> FakeSlack:
    fake_slack.reset()
    return fake_slack


class Harness(SlackSender):
    def __init__(self, engine: ScriptedEngine, http: httpx.AsyncClient) -> None:
        super().__init__(http, SECRET)
        self.engine = engine


@pytest.fixture
def make_harness(slack: FakeSlack) -> Callable[..., Any]:
    """Run the real app (built by our factories) on uvicorn with a scripted engine."""

    @contextlib.asynccontextmanager
    async def make(
        respond: Callable[[IncomingMessage], list[Reply]] = echo,
        delay: float = 0.0,
        process_before_response: bool = False,
        reachability: Any = None,
        gate: asyncio.Event | None = None,
        thinking_after: float = 1.5,
    ) -> AsyncIterator[Harness]:
        engine = ScriptedEngine(respond, delay=delay, gate=gate)
        bot = build_slack_app(
            handler=engine,
            thinking_after=thinking_after,
            signing_secret=SECRET,
            token=TOKEN,
            api_url=slack.api_url,
            process_before_response=process_before_response,
            reachability=reachability,
        )
        async with serve_asgi(build_asgi_app(bot)) as url, httpx.AsyncClient(base_url=url) as http:
            yield Harness(engine, http)

    return make
