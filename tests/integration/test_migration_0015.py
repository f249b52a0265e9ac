"""Migration 0015 moves open yes/no questions onto the person and leaves the audit rows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import psycopg
from psycopg.types.json import Jsonb

from bot.migrate import downgrade, upgrade
from engine.pending_question import PendingQuestion
from tests.db import insert_program_version

ASKED = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


def _person(conn: psycopg.Connection[tuple[object, ...]], name: str) -> int:
    row = conn.execute(
        "INSERT INTO users (display_name, timezone) VALUES (%s, 'UTC') RETURNING id", (name,)
    ).fetchone()
    assert row is not None
    return int(str(row[0]))


def _audit(
    conn: psycopg.Connection[tuple[object, ...]],
    user: int,
    action: str,
    at: datetime,
    detail: dict[str, str],
) -> None:
    conn.execute(
        "INSERT INTO audit_log (user_id, actor, action, detail, created_at)"
        " VALUES (%s, 'user', %s, %s, %s)",
        (user, action, Jsonb(detail), at),
    )


def test_open_questions_move_to_the_person_and_their_audit_rows_stay(scratch_url: str) -> None:
    upgrade(scratch_url, "0014")
    with psycopg.connect(scratch_url, autocommit=True) as conn:
        restarting, switching, deleting = (_person(conn, n) for n in ("ro", "sy", "di"))
        program, version = insert_program_version(conn, schedule=True)
        confirm = {"action": "restart", "expires": (ASKED + timedelta(minutes=10)).isoformat()}
        conn.execute(
            "INSERT INTO enrolments (user_id, program_id, program_version_id, status,"
            " timezone, step_state) VALUES (%s, %s, %s, 'active', 'UTC', %s)",
            (
                restarting,
                program,
                version,
                Jsonb({"v": 1, "confirm": confirm, "part": "mood"}),
            ),
        )
        _audit(conn, restarting, "delete_requested", ASKED - timedelta(days=3), {})  # older
        _audit(conn, switching, "switch_requested", ASKED, {"program": "p"})
        _audit(conn, deleting, "delete_requested", ASKED, {})
    upgrade(scratch_url)
    with psycopg.connect(scratch_url, autocommit=True) as conn:
        stored = dict(conn.execute("SELECT id, pending_question FROM users").fetchall())
        state = conn.execute("SELECT step_state FROM enrolments").fetchone()
        audit = conn.execute("SELECT count(*) FROM audit_log").fetchone()
    questions = {user: PendingQuestion.from_json(raw) for user, raw in stored.items()}
    restart, switch, delete = questions[restarting], questions[switching], questions[deleting]
    assert restart is not None and restart.kind == "restart"
    assert restart.expires_at == ASKED + timedelta(minutes=10)
    assert switch is not None and switch.kind == "switch" and switch.detail == {"program": "p"}
    assert switch.asked_at == ASKED and switch.expires_at == ASKED + timedelta(minutes=15)
    assert delete is not None and delete.kind == "delete"
    assert state is not None and state[0] == {"v": 1, "part": "mood"}  # the rest of the state stays
    assert audit == (3,)  # nothing is removed from the audit log
    downgrade(scratch_url, "0014")
    upgrade(scratch_url)
