"""SIGTERM on real `coachbot worker` and `coachbot slack serve` processes: in-flight work
finishes within COACHBOT_SHUTDOWN_SECONDS, what cannot is given back, and the process
exits 0. Their peak RSS is checked against the Kubernetes memory requests on the way."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest

from tests.deploy.processes import (
    SECRET,
    coachbot_env,
    free_port,
    peak_rss,
    sigterm,
    start_coachbot,
    until,
)
from tests.deploy.test_k8s import memory_requests
from tests.fakes.slack_server import FakeSlack, Scripted, SlackSender, direct_message
from tests.integration.test_nudges_seed import seed_enrolments, seed_program


@pytest.fixture
def slack(fresh_slack: FakeSlack) -> FakeSlack:
    return fresh_slack  # the server is declared once, in tests/conftest.py


def _daytime_zone() -> tuple[str, clock_time]:
    """A fixed-offset zone where it is about noon now (outside the default quiet hours),
    and a check-in time two minutes ago there, so the nudge is due at once."""
    now = datetime.now(UTC)
    offset = (12 - now.hour) % 24
    offset = offset - 24 if offset > 14 else offset
    local = now + timedelta(hours=offset) - timedelta(minutes=2)
    return f"Etc/GMT{-offset:+d}", clock_time(local.hour, local.minute)


def _seed_due_checkin(pg_url: str) -> None:
    zone, at = _daytime_zone()
    now = datetime.now(UTC)
    with psycopg.connect(pg_url, autocommit=True) as conn:
        program = seed_program(
            conn, checkin_days=[1, 2, 3, 4, 5, 6, 7], checkin_time=at, reengage_after_days=None
        )
        seed_enrolments(
            conn,
            program,
            count=1,
            timezones=[zone],
            started_at=now - timedelta(days=1),
            last_activity_at=now,
        )


async def _nudge(pg_url: str) -> dict[str, Any] | None:
    async with await psycopg.AsyncConnection.connect(pg_url) as conn:
        cur = await conn.execute("SELECT status, claimed_by FROM nudges")
        row = await cur.fetchone()
    return None if row is None else {"status": row[0], "claimed_by": row[1]}


@pytest.mark.parametrize(
    ("send_takes", "shutdown_seconds", "expected"),
    [(2.0, 10.0, "sent"), (8.0, 1.0, "pending")],
    ids=["in-flight-send-finishes", "late-send-is-released"],
)
async def test_worker_sigterm_finishes_or_releases_the_nudge_it_is_sending(
    pg_url: str,
    slack: FakeSlack,
    tmp_path: Path,
    send_takes: float,
    shutdown_seconds: float,
    expected: str,
) -> None:
    _seed_due_checkin(pg_url)
    slack.script("chat.postMessage", Scripted.slow(send_takes))
    worker = await start_coachbot(coachbot_env(pg_url, slack, tmp_path, shutdown_seconds), "worker")

    async def claimed() -> bool:
        return (await _nudge(pg_url) or {}).get("status") == "claimed"

    await until(claimed, within=30)
    await asyncio.sleep(0.5)  # the send is under way (the fake Slack is sleeping on it)
    peak = peak_rss(worker.pid)
    took, output = await sigterm(worker, within=shutdown_seconds + 10)
    assert worker.returncode == 0, output
    assert took < shutdown_seconds + 5, output
    nudge = await _nudge(pg_url)
    assert nudge is not None and nudge["status"] == expected, output
    if expected == "pending":
        assert nudge["claimed_by"] is None  # another worker may take it now, not at lease end
        assert "released 1 claimed nudge" in output
    else:
        assert slack.abandoned == []
        assert len(slack.calls_to("chat.postMessage")) == 1
    assert peak < memory_requests()["worker"], f"worker peak RSS {peak / 2**20:.0f} MiB"


async def test_web_sigterm_lets_an_acknowledged_turn_deliver_its_reply(
    pg_url: str, slack: FakeSlack, tmp_path: Path
) -> None:
    port = free_port()
    env = coachbot_env(pg_url, slack, tmp_path, shutdown_seconds=10)
    web = await start_coachbot(env, "slack", "serve", "--host", "127.0.0.1", "--port", str(port))
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as http:

        async def ready() -> bool:
            try:
                return (await http.get("/readyz")).status_code == 200
            except httpx.TransportError:
                return False

        await until(ready, within=30)
        slack.script("chat.postMessage", Scripted.slow(2.0))
        acked = await SlackSender(http, SECRET).post_json(direct_message("hello", "EvStop1"))
        assert acked.status_code == 200
        await asyncio.sleep(0.5)  # the reply is being posted (slowly)
        assert slack.calls_to("chat.postMessage") == []
        peak = peak_rss(web.pid)
    took, output = await sigterm(web, within=20)
    assert web.returncode == 0, output
    assert slack.abandoned == [], output  # the process waited for Slack's answer
    assert len(slack.calls_to("chat.postMessage")) == 1, output  # delivered, not cut off
    assert took < 10, output
    assert peak < memory_requests()["web"], f"web peak RSS {peak / 2**20:.0f} MiB"
