"""A reply Slack rate-limits twice is parked in the outbox and delivered later, once."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import psycopg
import pytest

from adapters.slack import build_asgi_app, build_slack_app, build_slack_gateway
from engine.messages import Platform
from engine.nudges import dispatch_due
from engine.store.database import Database
from engine.store.reply_outbox import PgReplyOutbox
from tests.fakes.slack_server import (
    FakeSlack,
    Scripted,
    ScriptedEngine,
    SlackSender,
    direct_message,
    echo,
    serve_asgi,
)
from tests.harness import SECRET, TOKEN


class Later:
    """A clock `ahead` of now: the moment the parked reply becomes due."""

    def __init__(self, ahead: timedelta) -> None:
        self.ahead = ahead

    def now(self) -> datetime:
        return datetime.now(UTC) + self.ahead


@pytest.fixture
async def db(pg_url: str) -> AsyncIterator[Database]:
    with psycopg.connect(pg_url) as conn:
        user = conn.execute(
            "INSERT INTO users (display_name) VALUES ('Ada') RETURNING id"
        ).fetchone()
        assert user is not None
        conn.execute(
            "INSERT INTO platform_identities (user_id, platform, workspace_id, platform_user_id)"
            " VALUES (%s, 'slack', 'T0001', 'U0USER1')",
            (user[0],),
        )
    async with Database(pg_url, max_size=4) as database:
        yield database


async def _parked(pg_url: str) -> list[dict[str, Any]]:
    with psycopg.connect(pg_url) as conn:
        cur = conn.execute(
            "SELECT kind, status, payload, due_at, idempotency_key FROM nudges ORDER BY id"
        )
        names = [d.name for d in cur.description or []]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


async def _converse(db: Database, slack: FakeSlack, *events: str) -> None:
    bot = build_slack_app(
        handler=ScriptedEngine(echo),
        signing_secret=SECRET,
        token=TOKEN,
        api_url=slack.api_url,
        outbox=PgReplyOutbox(db),
    )
    async with serve_asgi(build_asgi_app(bot)) as url, httpx.AsyncClient(base_url=url) as http:
        sender = SlackSender(http, SECRET)
        for event_id in events:
            assert (
                await sender.post_json(direct_message("hello coach", event_id))
            ).status_code == 200
        await asyncio.sleep(0.1)


async def _wait_parked(pg_url: str, count: int = 1) -> list[dict[str, Any]]:
    for _ in range(100):
        rows = await _parked(pg_url)
        if len(rows) >= count:
            return rows
        await asyncio.sleep(0.05)
    raise AssertionError("no reply was parked")


async def test_a_reply_rate_limited_twice_is_delivered_later_exactly_once(
    db: Database, pg_url: str, slack: FakeSlack
) -> None:
    slack.script("chat.postMessage", Scripted.rate_limited(1), Scripted.rate_limited(1))
    await _converse(db, slack, "Ev0RATE1")
    await slack.wait_for("chat.postMessage", count=2)  # one inline retry, then parked
    (row,) = await _wait_parked(pg_url)
    assert row["kind"] == "reply" and row["status"] == "pending"
    assert row["payload"] == {"texts": ["You said: hello coach"]}
    assert row["idempotency_key"] == "reply:slack:Ev0RATE1"

    gateway = build_slack_gateway(token=TOKEN, api_url=slack.api_url)
    try:
        gateways = {Platform.SLACK: gateway}
        first = await dispatch_due(db, gateways, Later(timedelta(minutes=1)), worker_id="w1")
        again = await dispatch_due(db, gateways, Later(timedelta(minutes=2)), worker_id="w2")
    finally:
        await gateway.aclose()
    assert (first.sent, again.claimed) == (1, 0)
    delivered = [c for c in slack.calls_to("chat.postMessage") if c.response.get("ok") is True]
    assert [c.args["text"] for c in delivered] == ["You said: hello coach"]
    assert (await _parked(pg_url))[0]["status"] == "sent"


async def test_a_long_retry_after_is_not_waited_inline(
    db: Database, pg_url: str, slack: FakeSlack
) -> None:
    slack.script("chat.postMessage", Scripted.rate_limited(120))
    started = time.monotonic()
    await _converse(db, slack, "Ev0RATE2")
    (row,) = await _wait_parked(pg_url)
    assert time.monotonic() - started < 10
    assert len(slack.calls_to("chat.postMessage")) == 1  # no inline retry for two minutes
    wait = row["due_at"] - datetime.now(UTC)
    assert timedelta(seconds=100) < wait <= timedelta(seconds=121)


async def test_a_slack_retry_of_the_same_event_parks_nothing_twice(
    db: Database, pg_url: str, slack: FakeSlack
) -> None:
    outbox = PgReplyOutbox(db)
    from engine.messages import PlatformIdentity

    ada = PlatformIdentity(Platform.SLACK, "T0001", "U0USER1")
    due = datetime.now(UTC)
    assert await outbox.park(identity=ada, key="slack:Ev0X", texts=["a"], due_at=due)
    assert not await outbox.park(identity=ada, key="slack:Ev0X", texts=["a"], due_at=due)
    stranger = PlatformIdentity(Platform.SLACK, "T0001", "U0NOBODY")
    assert not await outbox.park(identity=stranger, key="slack:Ev0Y", texts=["a"], due_at=due)
    assert len(await _parked(pg_url)) == 1
