"""Optional extras: without a channel's or provider's library the rest still imports and runs,
and a configured feature whose extra is missing says which one to install, in one line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.extras import EXTRAS

ROOT = Path(__file__).resolve().parents[2]
EVERY_EXTRA = sorted({m for modules in EXTRAS.values() for m in modules} - {"aiohttp"})

# Run Python with these top-level modules unimportable, as if their extra were not installed.
BLOCKER = """
import sys

class Blocker:
    def __init__(self, names):
        self.names = set(names)

    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in self.names:
            raise ImportError(f"No module named {name!r} (blocked by the test)")
        return None

sys.meta_path.insert(0, Blocker(sys.argv[1].split(",")))
del sys.argv[1]
"""


def python(
    blocked: list[str], code: str, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DISCORD_"))}
    clean = {k: v for k, v in clean.items() if not k.endswith("_API_KEY")}
    clean.pop("COACHBOT_LLM_PROVIDER", None)
    clean.pop("OPENAI_BASE_URL", None)
    return subprocess.run(
        [sys.executable, "-c", BLOCKER + code, ",".join(blocked), *args],
        cwd=ROOT,
        env={**clean, "COACHBOT_DATA_DIR": str(ROOT / ".no-such-data-dir"), **(env or {})},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_blocker_blocks() -> None:
    result = python(["slack_bolt"], "import slack_bolt")
    assert result.returncode == 1 and "blocked by the test" in result.stderr


def test_engine_bot_and_web_import_without_any_channel_or_provider_library() -> None:
    modules = [
        "engine.turn",
        "engine.llm",
        "bot.cli",
        "bot.worker",
        "bot.gateways",
        "bot.bootstrap",
        "bot.database",
        "adapters.console",
        "adapters.web",
    ]
    code = "import importlib\nfor m in sys.argv[1:]:\n    importlib.import_module(m)\nprint('ok')"
    result = python(EVERY_EXTRA, code, *modules)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


CLI = "from bot.cli import main\nsys.argv[0] = 'coachbot'\nmain()"


def message(because: str, extra: str) -> str:
    install = f"pip install 'coachbot[{extra}]'"
    return f"coachbot: {because} but the {extra} extra is not installed: {install}"


@pytest.mark.parametrize(
    ("blocked", "env", "because", "extra"),
    [
        (["slack_bolt"], {"SLACK_BOT_TOKEN": "xoxb-1"}, "SLACK_BOT_TOKEN is set", "slack"),
        (["slack_sdk"], {"SLACK_APP_TOKEN": "xapp-1"}, "SLACK_APP_TOKEN is set", "slack"),
        (["discord"], {"DISCORD_TOKEN": "abc"}, "DISCORD_TOKEN is set", "discord"),
        (["anthropic"], {"ANTHROPIC_API_KEY": "sk-1"}, "ANTHROPIC_API_KEY is set", "anthropic"),
        (["openai"], {"OPENAI_API_KEY": "sk-1"}, "OPENAI_API_KEY is set", "openai"),
        (
            ["openai"],
            {"COACHBOT_LLM_PROVIDER": "gemini", "GEMINI_API_KEY": "k"},
            "COACHBOT_LLM_PROVIDER is gemini",
            "openai",
        ),
    ],
)
def test_a_worker_configured_for_a_missing_extra_says_which_to_install(
    pg_url: str, blocked: list[str], env: dict[str, str], because: str, extra: str
) -> None:
    result = python(blocked, CLI, "worker", env={"DATABASE_URL": pg_url, **env})
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip().splitlines() == [message(because, extra)]


def test_slack_serve_without_the_slack_extra_says_so() -> None:
    env = {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s"}
    result = python(["slack_bolt", "slack_sdk"], CLI, "slack", "serve", env=env)
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip().splitlines() == [message("SLACK_BOT_TOKEN is set", "slack")]


def test_discord_run_without_the_discord_extra_says_so() -> None:
    result = python(["discord"], CLI, "discord", "run", env={"DISCORD_TOKEN": "abc"})
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip().splitlines() == [message("DISCORD_TOKEN is set", "discord")]


def test_without_database_url_or_the_embedded_extra_the_cli_says_so() -> None:
    env = {"DATABASE_URL": ""}
    result = python(["pgserver"], CLI, "db", "current", env=env)
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip().splitlines() == [message("DATABASE_URL is not set", "embedded")]


def test_a_worker_with_no_channel_configured_needs_no_channel_library(pg_url: str) -> None:
    # Only the channels a worker is configured for are built: none here, so it starts
    # (and is stopped by the test after its start line).
    code = (
        "import asyncio, signal, os\n"
        "from bot.settings import load_settings\n"
        "from bot.worker import run_worker\n"
        "async def main():\n"
        "    asyncio.get_running_loop().call_later(3, os.kill, os.getpid(), signal.SIGTERM)\n"
        "    await run_worker(load_settings())\n"
        "asyncio.run(main())\nprint('stopped')"
    )
    result = python(EVERY_EXTRA, code, env={"DATABASE_URL": pg_url})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("stopped")
