"""Connections from the command line: several console people, a round, both say yes."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import psycopg

from tests.cli.test_cli import coachbot


def _midday_zone() -> str:
    """A UTC offset where it is now around noon, so default quiet hours never interfere."""
    offset = 12 - datetime.now(UTC).hour
    offset = max(-12, min(14, offset))
    return "UTC" if offset == 0 else f"UTC{offset:+d}"


def chat(user: str, *lines: str, env: dict[str, str]) -> str:
    """One `coachbot chat --user USER` session fed `lines` on stdin; its output, unwrapped."""
    stdin = "\n".join([f"timezone {_midday_zone()}", *lines, "/quit"]) + "\n"
    result = coachbot("chat", "--user", user, env=env, stdin=stdin)
    assert result.returncode == 0, result.stderr
    return " ".join(result.stdout.split())  # rich wraps long lines


def test_console_people_who_opt_in_are_paired_and_connected(pg_url: str, tmp_path: Path) -> None:
    env = {"DATABASE_URL": pg_url, "COACHBOT_DATA_DIR": str(tmp_path)}
    assert coachbot("programs", "sync", "--quiet", env=env).returncode == 0
    people = {
        "ada": ["profile department Platform", "profile expertise event sourcing, Kafka"],
        "grace": [
            "profile department Billing",
            "profile working on moving billing to event sourcing",
        ],
        "linus": ["profile working on hiring iOS engineers", "profile expertise Swift"],
        "margaret": ["profile department People", "profile expertise recruiting, interviewing"],
        "ken": ["profile expertise event sourcing"],  # never opts in
    }
    for user, lines in people.items():
        opt = [] if user == "ken" else ["connections on"]
        chat(user, *lines, *opt, env=env)

    dry = coachbot("connections", "suggest", "--dry-run", env=env)
    assert dry.returncode == 0, dry.stderr
    assert "ada ↔ grace  [expertise_match" in dry.stdout
    assert "linus ↔ margaret  [expertise_match" in dry.stdout
    assert "ken" not in dry.stdout and "would store 2" in dry.stdout
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT count(*) FROM connection_suggestions").fetchone() == (0,)

    real = coachbot("connections", "suggest", env=env)
    assert "stored 2" in real.stdout, real.stdout + real.stderr

    grace = chat("grace", "/advance 1m", "1", env=env)
    assert "Want to meet a colleague in Platform who knows event sourcing" in grace
    assert "ada" not in grace.lower()
    assert "If they say yes too" in grace
    ada = chat("ada", "/advance 1m", "1", env=env)
    assert "Meet grace (@grace)" in ada  # the terminal shows neutral bold as plain words
    later = chat("grace", "/advance 1m", env=env)
    assert "Meet ada (@ada)" in later
    with psycopg.connect(pg_url) as conn:
        assert conn.execute(
            "SELECT count(*) FROM connection_suggestions WHERE status = 'connected'"
        ).fetchone() == (1,)
