"""SIGTERM on real `coachbot worker` and `coachbot slack serve` processes: in-flight work
finishes within COACHBOT_SHUTDOWN_SECONDS, what cannot is given back, and the process
exits 0. Their peak RSS is checked against the Kubernetes memory requests on the way."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest

from tests.deploy.test_k8s import memory_requests
from tests.fakes.slack_server import FakeSlack, Scripted, SlackSender, direct_message
from tests.integration.test_nudges_seed import seed_enrolments, seed_program

SECRET = "shutdown-signing-secret"


@pytest.fixture
async def slack() -> AsyncIterator[FakeSlack]:
    fake = FakeSlack()
    await fake.start()
    yield fake
    await fake.stop()


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


def _env(pg_url: str, slack: FakeSlack, tmp_path: Path, shutdown_seconds: float) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DISCORD_"))}
    env.update(
        DATABASE_URL=pg_url,
        COACHBOT_DATA_DIR=str(tmp_path),
        SLACK_BOT_TOKEN="xoxb-shutdown",
        SLACK_SIGNING_SECRET=SECRET,
        SLACK_API_URL=slack.api_url,
        COACHBOT_SHUTDOWN_SECONDS=str(shutdown_seconds),
    )
    env.pop("ANTHROPIC_API_KEY", None)
    return env


async def _coachbot(env: dict[str, str], *args: str) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        "from bot.cli import main; main()",
        *args,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )


def _peak_rss(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmHWM")


async def _nudge(pg_url: str) -> dict[str, Any] | None:
    async with await psycopg.AsyncConnection.connect(pg_url) as conn:
        cur = await conn.execute("SELECT status, claimed_by FROM nudges")
        row = await cur.fetchone()
    return None if row is None else {"status": row[0], "claimed_by": row[1]}


async def _until(predicate: Any, within: float) -> None:
    deadline = time.monotonic() + within
    while not await predicate():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.1)


async def _stop(process: asyncio.subprocess.Process, within: float) -> tuple[float, str]:
    started = time.monotonic()
    process.send_signal(signal.SIGTERM)
    try:
        output, _ = await asyncio.wait_for(process.communicate(), timeout=within)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    return time.monotonic() - started, output.decode(errors="replace")


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
    worker = await _coachbot(_env(pg_url, slack, tmp_path, shutdown_seconds), "worker")

    async def claimed() -> bool:
        return (await _nudge(pg_url) or {}).get("status") == "claimed"

    await _until(claimed, within=30)
    await asyncio.sleep(0.5)  # the send is under way (the fake Slack is sleeping on it)
    peak = _peak_rss(worker.pid)
    took, output = await _stop(worker, within=shutdown_seconds + 10)
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


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_web_sigterm_lets_an_acknowledged_turn_deliver_its_reply(
    pg_url: str, slack: FakeSlack, tmp_path: Path
) -> None:
    port = _free_port()
    env = _env(pg_url, slack, tmp_path, shutdown_seconds=10)
    web = await _coachbot(env, "slack", "serve", "--host", "127.0.0.1", "--port", str(port))
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as http:

        async def ready() -> bool:
            try:
                return (await http.get("/readyz")).status_code == 200
            except httpx.TransportError:
                return False

        await _until(ready, within=30)
        slack.script("chat.postMessage", Scripted.slow(2.0))
        acked = await SlackSender(http, SECRET).post_json(direct_message("hello", "EvStop1"))
        assert acked.status_code == 200
        await asyncio.sleep(0.5)  # the reply is being posted (slowly)
        assert slack.calls_to("chat.postMessage") == []
        peak = _peak_rss(web.pid)
    took, output = await _stop(web, within=20)
    assert web.returncode == 0, output
    assert slack.abandoned == [], output  # the process waited for Slack's answer
    assert len(slack.calls_to("chat.postMessage")) == 1, output  # delivered, not cut off
    assert took < 10, output
    assert peak < memory_requests()["web"], f"web peak RSS {peak / 2**20:.0f} MiB"
