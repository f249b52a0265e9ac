"""`coachbot people export`: the same JSON as `export my data`, for a console person."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli import coachbot


def test_people_export_prints_the_console_persons_export_json(pg_url: str, tmp_path: Path) -> None:
    env = {"DATABASE_URL": pg_url, "COACHBOT_DATA_DIR": str(tmp_path)}
    assert coachbot("programs", "sync", env=env).returncode == 0
    chat = coachbot(
        "chat", "--user", "noor", "--program", "demo", env=env, stdin="Noor\n7\n/quit\n"
    )
    assert chat.returncode == 0, chat.stderr
    done = coachbot("people", "export", "--platform", "console", "--user", "noor", env=env)
    assert done.returncode == 0, done.stderr
    exported = json.loads(done.stdout)
    texts = [m["text"] for m in exported["messages"] if m["direction"] == "in"]
    assert "Noor" in texts
    assert exported["user"]["display_name"] == "noor"
    missing = coachbot("people", "export", "--user", "nobody-here", env=env)
    assert missing.returncode == 1 and "nobody" in missing.stderr
