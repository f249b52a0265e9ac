"""Real `coachbot` processes for the deployment tests: environment, start, SIGTERM, RSS."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
import time
from pathlib import Path
from typing import Any

from tests.fakes.slack_server import FakeSlack

SECRET = "deploy-signing-secret"


def coachbot_env(
    pg_url: str, slack: FakeSlack, tmp_path: Path, shutdown_seconds: float
) -> dict[str, str]:
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


async def start_coachbot(env: dict[str, str], *args: str) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        "from bot.cli import main; main()",
        *args,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )


def peak_rss(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmHWM")


async def until(predicate: Any, within: float) -> None:
    deadline = time.monotonic() + within
    while not await predicate():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.1)


async def sigterm(process: asyncio.subprocess.Process, within: float) -> tuple[float, str]:
    started = time.monotonic()
    process.send_signal(signal.SIGTERM)
    try:
        output, _ = await asyncio.wait_for(process.communicate(), timeout=within)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    return time.monotonic() - started, output.decode(errors="replace")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
