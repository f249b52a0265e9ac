"""Migration 0014: `steps.kind` no longer repeats the list of kinds; stored steps stay."""

from __future__ import annotations

import psycopg
import pytest

from bot.migrate import downgrade, upgrade
from tests.db import insert_program_version


def _week(conn: psycopg.Connection) -> int:
    _, version = insert_program_version(conn)
    week = conn.execute(
        "INSERT INTO weeks (program_version_id, number, title) VALUES (%s, 1, 'W') RETURNING id",
        (version,),
    ).fetchone()
    assert week is not None
    return int(week[0])


def _add_step(conn: psycopg.Connection, week: int, position: int, kind: str) -> None:
    conn.execute(
        "INSERT INTO steps (week_id, position, key, kind, definition) VALUES (%s, %s, %s, %s,"
        " '{}')",
        (week, position, f"s{position}", kind),
    )


def test_stored_steps_survive_and_any_kind_is_taken_until_downgraded(scratch_url: str) -> None:
    upgrade(scratch_url, "0011")
    with psycopg.connect(scratch_url, autocommit=True) as conn:
        week = _week(conn)
        for position, kind in enumerate(("question", "scenario", "conversation")):
            _add_step(conn, week, position, kind)
        with pytest.raises(psycopg.errors.CheckViolation):
            _add_step(conn, week, 3, "good_things")
    upgrade(scratch_url, "0014")
    with psycopg.connect(scratch_url, autocommit=True) as conn:
        kinds = conn.execute("SELECT kind FROM steps ORDER BY position").fetchall()
        assert [k for (k,) in kinds] == ["question", "scenario", "conversation"]
        _add_step(conn, week, 3, "good_things")  # a kind registered after the schema was made
    downgrade(scratch_url, "0011")
    with psycopg.connect(scratch_url, autocommit=True) as conn:
        kinds = conn.execute("SELECT kind FROM steps ORDER BY position").fetchall()
        assert [k for (k,) in kinds] == ["question", "scenario", "conversation"]
        with pytest.raises(psycopg.errors.CheckViolation):
            _add_step(conn, week, 3, "good_things")
    upgrade(scratch_url)
