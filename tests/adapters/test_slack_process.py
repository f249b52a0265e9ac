"""`coachbot slack serve`, started as the Procfile says, against the fake Slack Web API."""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import psycopg
import pytest

from adapters.web.admin import hash_password
from bot.programs import sync_paths
from tests.fakes.slack_server import FakeSlack, SlackSender, direct_message

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
PEOPLE = 100


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def fake_slack(fresh_slack: FakeSlack) -> FakeSlack:
    return fresh_slack  # the server is declared once, in tests/conftest.py


ADMIN_ENV = {
    "ADMIN_PASSWORD_HASH": hash_password("correct horse battery staple"),
    "ADMIN_SECRET_KEY": "pr0cess-k3y_0123456789abcdefGHIJKLMNOPqrstuv",
}


def _env(pg_url: str, fake_slack: FakeSlack, port: int, extra: dict[str, str]) -> dict[str, str]:
    env = {
        **os.environ,
        "DATABASE_URL": pg_url,
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_BOT_TOKEN": "xoxb-test-token",
        "SLACK_API_URL": fake_slack.api_url,
        "PORT": str(port),
        "DB_POOL_SIZE": "8",
    }
    for name in (
        "SLACK_CLIENT_ID",
        "SLACK_CLIENT_SECRET",
        "ANTHROPIC_API_KEY",
        "OPENAI_API_KEY",
        *ADMIN_ENV,
    ):
        env.pop(name, None)
    return {**env, **extra}


@contextlib.asynccontextmanager
async def _web_process(
    pg_url: str, fake_slack: FakeSlack, extra: dict[str, str]
) -> AsyncIterator[str]:
    await sync_paths(pg_url)
    port = _free_port()
    env = _env(pg_url, fake_slack, port, extra)
    # The Procfile's web line: `coachbot slack serve` (port from $PORT).
    process = subprocess.Popen(  # noqa: ASYNC220 (a short start, before the test)
        [sys.executable, "-m", "bot.cli", "slack", "serve", "--host", "127.0.0.1"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        async with httpx.AsyncClient(base_url=base) as http:
            for _ in range(150):
                try:
                    if (await http.get("/healthz")).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                assert process.poll() is None, process.stderr.read() if process.stderr else ""
                await asyncio.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
async def web_process(pg_url: str, fake_slack: FakeSlack) -> AsyncIterator[str]:
    async with _web_process(pg_url, fake_slack, {}) as base:
        yield base


@pytest.fixture
async def web_process_with_admin(pg_url: str, fake_slack: FakeSlack) -> AsyncIterator[str]:
    async with _web_process(pg_url, fake_slack, ADMIN_ENV) as base:
        yield base


async def test_a_hundred_concurrent_dms_each_get_exactly_one_reply(
    web_process: str, fake_slack: FakeSlack, pg_url: str
) -> None:
    async with httpx.AsyncClient(base_url=web_process, timeout=10) as http:
        sender = SlackSender(http, SECRET)
        payloads = []
        for n in range(PEOPLE):
            payload = direct_message("hello coach", event_id=f"Ev{n:04d}")
            payload["event"]["user"] = f"U{n:04d}"
            payload["event"]["channel"] = f"D{n:04d}"
            payloads.append(payload)
        responses = await asyncio.gather(*(sender.post_json(p) for p in payloads))
        assert [r.status_code for r in responses] == [200] * PEOPLE
        # a Slack retry of one of them changes nothing
        retry = await sender.post_json(
            payloads[0], **{"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
        )
        assert retry.status_code == 200

    def finals() -> dict[str, list[str]]:
        per_channel: dict[str, list[str]] = {}
        for call in fake_slack.calls:
            text = str(call.args.get("text", ""))
            if call.method in {"chat.postMessage", "chat.update"} and "thinking" not in text:
                per_channel.setdefault(str(call.args.get("channel")), []).append(text)
        return per_channel

    for _ in range(600):
        if len(finals()) == PEOPLE:
            break
        await asyncio.sleep(0.1)
    await asyncio.sleep(0.5)  # anything doubled would show up now
    replies = finals()
    assert sorted(replies) == sorted(f"D{n:04d}" for n in range(PEOPLE))
    assert all(len(texts) == 1 for texts in replies.values()), "exactly one reply each"
    assert all("program" in texts[0].lower() for texts in replies.values())
    with psycopg.connect(pg_url) as conn:
        users = conn.execute("SELECT count(*) FROM users").fetchone()
    assert users is not None and users[0] == PEOPLE


async def test_without_a_password_hash_there_is_no_dashboard_at_all(web_process: str) -> None:
    async with httpx.AsyncClient(base_url=web_process) as http:
        assert (await http.get("/healthz")).json() == {"status": "ok", "llm": "offline"}
        for path in ("/admin/", "/admin/login", "/admin/prompts"):
            assert (await http.get(path)).status_code == 404
        assert (await http.post("/admin/login", data={"password": "x"})).status_code == 404


def test_a_password_hash_without_a_strong_secret_key_stops_the_process(
    pg_url: str, fake_slack: FakeSlack, tmp_path: Path
) -> None:
    for key in (None, "", "short-key", "k" * 64):
        extra = {"ADMIN_PASSWORD_HASH": ADMIN_ENV["ADMIN_PASSWORD_HASH"]}
        if key is not None:
            extra["ADMIN_SECRET_KEY"] = key
        done = subprocess.run(
            [sys.executable, "-m", "bot.cli", "slack", "serve", "--host", "127.0.0.1"],
            env=_env(pg_url, fake_slack, _free_port(), extra),
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 2, (key, done.stderr)
        (line,) = done.stderr.strip().splitlines()
        assert "ADMIN_SECRET_KEY" in line


async def test_the_web_process_also_serves_health_metrics_and_the_admin_login(
    web_process_with_admin: str,
) -> None:
    async with httpx.AsyncClient(base_url=web_process_with_admin) as http:
        assert (await http.get("/healthz")).json() == {"status": "ok", "llm": "offline"}
        assert "coachbot_slack" in (await http.get("/metrics")).text
        login = await http.get("/admin/login")
        assert login.status_code == 200 and "password" in login.text.lower()
        assert (await http.post("/admin/login", data={"password": "x"})).status_code == 403
