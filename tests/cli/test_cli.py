"""The `coachbot` command line as a new user runs it (real processes, real database)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import psycopg

from engine.programs.loader import BUILTIN_DIR

BROKEN = Path(__file__).resolve().parents[1] / "fixtures" / "programs" / "broken"


def coachbot(
    *args: str, env: dict[str, str] | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """`coachbot ARGS…` in a child process (fed `stdin` when given), its output captured."""
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def test_a_malformed_setting_exits_2_with_one_line() -> None:
    result = coachbot("db", "current", env={"DATABASE_URL": "mysql://nope"})
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert lines == ["coachbot: setting DATABASE_URL is invalid: must be a postgresql:// URL"]


def test_a_missing_setting_names_it_and_exits_2() -> None:
    env = {k: "" for k in ("DISCORD_TOKEN",)}
    result = coachbot("discord", "run", env=env)
    assert result.returncode == 2
    assert result.stderr.strip() == "coachbot: setting DISCORD_TOKEN is required for this command"


def test_validate_passes_on_the_builtins_and_names_file_path_and_reason() -> None:
    ok = coachbot("programs", "validate")
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.count("ok ") == len(list(BUILTIN_DIR.glob("*.yaml")))
    broken = coachbot("programs", "validate", str(BROKEN / "max_attempts_zero.yaml"))
    assert broken.returncode == 1
    assert (
        f"{BROKEN / 'max_attempts_zero.yaml'}: weeks[0].steps[1].max_attempts: must be ≥ 1"
        in broken.stderr
    )


def test_sync_twice_creates_versions_once_and_a_change_makes_a_new_one(
    pg_url: str, tmp_path: Path
) -> None:
    env = {"DATABASE_URL": pg_url}
    first = coachbot("programs", "sync", env=env)
    assert first.returncode == 0, first.stderr
    assert first.stdout.count("new ") == len(list(BUILTIN_DIR.glob("*.yaml")))
    second = coachbot("programs", "sync", env=env)
    assert "new " not in second.stdout and "unchanged" in second.stdout

    team = tmp_path / "programs"
    team.mkdir()
    shutil.copy(BUILTIN_DIR / "demo.yaml", team / "demo.yaml")
    with psycopg.connect(pg_url) as conn:  # someone is running version 1
        conn.execute(
            "INSERT INTO users (display_name) VALUES ('ada');"
            "INSERT INTO enrolments (user_id, program_id, program_version_id)"
            " SELECT u.id, v.program_id, v.id FROM users u, program_versions v"
            " JOIN programs p ON p.id = v.program_id WHERE p.slug = 'demo'"
        )
    text = (team / "demo.yaml").read_text()
    (team / "demo.yaml").write_text(text + "\n# a comment changes nothing\n")
    assert "new " not in coachbot("programs", "sync", str(team), env=env).stdout
    (team / "demo.yaml").write_text(text.replace("A taste of coaching", "A taste of coaching!", 1))
    changed = coachbot("programs", "sync", str(team), env=env)
    assert "new demo v2" in changed.stdout
    with psycopg.connect(pg_url) as conn:
        row = conn.execute(
            "SELECT v.version FROM enrolments e JOIN program_versions v"
            " ON v.id = e.program_version_id"
        ).fetchone()
    assert row == (1,), "the running enrolment keeps its version"
    listed = coachbot("programs", "list", env=env)
    assert "demo" in listed.stdout


def test_db_upgrade_downgrade_base_and_current(tmp_path: Path) -> None:
    from tests.db import create_fresh_database, drop_database

    name = f"coachbot_test_cli_{os.getpid()}"
    url = create_fresh_database(name)
    try:
        env = {"DATABASE_URL": url}
        assert coachbot("db", "upgrade", env=env).returncode == 0
        assert "(head)" in coachbot("db", "current", env=env).stdout
        assert coachbot("db", "downgrade", "base", env=env).returncode == 0
        with psycopg.connect(url) as conn:
            tables = conn.execute(
                "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                " AND tablename <> 'alembic_version'"
            ).fetchone()
        assert tables == (0,)
    finally:
        drop_database(name)
