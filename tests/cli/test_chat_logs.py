"""`coachbot chat`: log records go to a file in the data directory, never between the
lines of the conversation in the terminal."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_cli import coachbot


def test_chat_keeps_log_records_out_of_the_conversation(pg_url: str, tmp_path: Path) -> None:
    env = {"DATABASE_URL": pg_url, "COACHBOT_DATA_DIR": str(tmp_path), "LOG_LEVEL": "INFO"}
    assert coachbot("programs", "sync", env=env).returncode == 0
    chat = coachbot(
        "chat",
        "--user",
        "lin",
        "--program",
        "health-4-weeks",
        env=env,
        stdin="7\nschedule tue,thu 07:15\n/quit\n",
    )
    assert chat.returncode == 0, chat.stderr
    assert "inside your quiet hours" in chat.stdout, chat.stdout
    for out in (chat.stdout, chat.stderr):
        assert "refused" not in out and " INFO " not in out and "WARNING" not in out, out
    logged = (tmp_path / "chat.log").read_text(encoding="utf-8")
    assert "INFO engine.commands.settings: check-in time inside quiet hours refused" in logged
