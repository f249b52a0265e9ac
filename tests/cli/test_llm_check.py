"""`coachbot llm check` and the start-up check: a bad key or model stops with one line."""

from __future__ import annotations

import asyncio
import os
import sys

import pytest

from tests.fakes.anthropic_server import FakeAnthropic
from tests.fakes.openai_server import FakeOpenAI
from tests.harness import LLM_SETTING_NAMES

KEY = "sk-ant-good-key-0123456789"
CLEAN = dict.fromkeys(LLM_SETTING_NAMES, "")


async def coachbot(*args: str, env: dict[str, str]) -> tuple[int, str, str]:
    merged = {**os.environ, **CLEAN, **env}
    merged = {k: v for k, v in merged.items() if v != ""}
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.cli",
        *args,
        env=merged,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), 120)
    return process.returncode or 0, out.decode(), err.decode()


@pytest.fixture
async def anthropic_fake() -> FakeAnthropic:
    async with FakeAnthropic(valid_keys={KEY}) as server:
        yield server  # type: ignore[misc]


@pytest.mark.parametrize(
    ("env", "line"),
    [
        (
            {"ANTHROPIC_API_KEY": "sk-ant-wrong"},
            "coachbot: LLM check failed: anthropic: the API key was rejected (HTTP 401)",
        ),
        (
            {"ANTHROPIC_API_KEY": KEY, "COACHBOT_MODEL": "claude-sonet-5-5"},
            "coachbot: LLM check failed: anthropic: unknown model 'claude-sonet-5-5' (HTTP 404)",
        ),
    ],
    ids=["bad-key", "unknown-model"],
)
async def test_llm_check_exits_2_with_one_line(
    anthropic_fake: FakeAnthropic, env: dict[str, str], line: str
) -> None:
    env = {**env, "ANTHROPIC_BASE_URL": anthropic_fake.base_url}
    code, _, err = await coachbot("llm", "check", env=env)
    assert code == 2
    assert err.strip().splitlines() == [line]
    assert "sk-ant-wrong" not in err


async def test_llm_check_passes_on_a_good_setup(anthropic_fake: FakeAnthropic) -> None:
    env = {"ANTHROPIC_API_KEY": KEY, "ANTHROPIC_BASE_URL": anthropic_fake.base_url}
    code, out, err = await coachbot("llm", "check", env=env)
    assert code == 0, err
    assert out.strip() == "llm: anthropic claude-sonnet-5-5 ok"


async def test_an_unreachable_openai_compatible_server_exits_2() -> None:
    async with FakeOpenAI() as server:
        url = server.base_url
    env = {"OPENAI_BASE_URL": url, "COACHBOT_MODEL": "llama3.2", "LLM_TIMEOUT_SECONDS": "3"}
    code, _, err = await coachbot("llm", "check", env=env)
    assert code == 2
    assert err.strip().splitlines() == [f"coachbot: LLM check failed: openai: cannot reach {url}/"]


async def test_the_bot_checks_the_llm_at_start_and_stops_with_one_line(
    anthropic_fake: FakeAnthropic, pg_url: str
) -> None:
    env = {
        "ANTHROPIC_API_KEY": "sk-ant-wrong",
        "ANTHROPIC_BASE_URL": anthropic_fake.base_url,
        "DATABASE_URL": pg_url,
    }
    code, _, err = await coachbot("chat", "--program", "demo", env=env)
    assert code == 2
    assert err.strip().splitlines() == [
        "coachbot: LLM check failed: anthropic: the API key was rejected (HTTP 401)"
    ]
