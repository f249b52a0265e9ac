"""The migrations build the schema the models describe, and the constraints do real work."""

from __future__ import annotations

import os
from collections.abc import Iterator

import psycopg
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from bot.database import sqlalchemy_url
from bot.migrate import downgrade, upgrade
from engine.store.schema import Base
from tests.db import create_fresh_database, drop_database, insert_program_version


@pytest.fixture(scope="module")
def scratch_url() -> Iterator[str]:
    name = f"coachbot_test_migrations_{os.getpid()}"
    yield create_fresh_database(name)
    drop_database(name)


def _tables(url: str) -> set[str]:
    with psycopg.connect(url) as conn:
        rows = conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
        ).fetchall()
    return {r[0] for r in rows} - {"alembic_version"}


def test_upgrade_downgrade_upgrade_on_an_empty_database(scratch_url: str) -> None:
    upgrade(scratch_url)
    assert _tables(scratch_url) == set(Base.metadata.tables)
    downgrade(scratch_url, "base")
    assert _tables(scratch_url) == set()
    upgrade(scratch_url)
    assert _tables(scratch_url) == set(Base.metadata.tables)


def test_models_and_migrations_agree(scratch_url: str) -> None:
    upgrade(scratch_url)
    engine = create_engine(sqlalchemy_url(scratch_url))
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_every_timestamp_is_timestamptz(pg_url: str) -> None:
    with psycopg.connect(pg_url) as conn:
        naive = conn.execute(
            "SELECT table_name, column_name FROM information_schema.columns"
            " WHERE table_schema = 'public' AND data_type = 'timestamp without time zone'"
        ).fetchall()
    assert naive == []


def _user(conn: psycopg.Connection) -> int:
    row = conn.execute("INSERT INTO users (display_name) VALUES ('t') RETURNING id").fetchone()
    assert row is not None
    return int(row[0])


def _enrol(conn: psycopg.Connection, user: int, program: int, version: int) -> int:
    row = conn.execute(
        "INSERT INTO enrolments (user_id, program_id, program_version_id) VALUES (%s, %s, %s)"
        " RETURNING id",
        (user, program, version),
    ).fetchone()
    assert row is not None
    return int(row[0])


@pytest.mark.parametrize(
    ("statement", "constraint"),
    [
        (
            "INSERT INTO check_ins (enrolment_id, user_id, week_number, mood)"
            " VALUES (%(e)s, %(u)s, 1, 11)",
            "ck_check_ins_mood_range",
        ),
        (
            "INSERT INTO check_ins (enrolment_id, user_id, week_number, progress)"
            " VALUES (%(e)s, %(u)s, 1, 101)",
            "ck_check_ins_progress_range",
        ),
        (
            "INSERT INTO check_ins (enrolment_id, user_id, week_number) VALUES (%(e)s, %(u)s, 1)",
            "ck_check_ins_has_value",
        ),
        ("UPDATE enrolments SET status = 'finished' WHERE id = %(e)s", "ck_enrolments_status"),
        (
            "INSERT INTO week_progress (enrolment_id, week_number, status)"
            " VALUES (%(e)s, 1, 'open')",
            "ck_week_progress_status",
        ),
        (
            "INSERT INTO goals (enrolment_id, user_id, description, status)"
            " VALUES (%(e)s, %(u)s, 'g', 'done')",
            "ck_goals_status",
        ),
        (
            "INSERT INTO enrolments (user_id, program_id, program_version_id)"
            " VALUES (%(u)s, %(p)s, %(v)s)",
            "uq_enrolments_one_running_per_program",
        ),
        (
            "INSERT INTO platform_identities (user_id, platform, workspace_id, platform_user_id)"
            " VALUES (%(u)s, 'slack', 'T1', 'U1'), (%(u)s, 'slack', 'T1', 'U1')",
            "uq_platform_identities_platform_workspace_id_platform_user_id",
        ),
        (
            "INSERT INTO platform_identities (user_id, platform, workspace_id, platform_user_id)"
            " VALUES (%(u)s, 'telegram', 'x', 'y')",
            "ck_platform_identities_platform",
        ),
        (
            "INSERT INTO nudges (enrolment_id, user_id, kind, idempotency_key, due_at)"
            " VALUES (%(e)s, %(u)s, 'spam', 'k', now())",
            "ck_nudges_kind",
        ),
        (
            "INSERT INTO profile_fields (user_id, field, value, confidence)"
            " VALUES (%(u)s, 'name', 'A', 1.5)",
            "ck_profile_fields_confidence_range",
        ),
        (
            "INSERT INTO step_attempts (enrolment_id, week_number, step_key, attempt_no, answer,"
            " valid) VALUES (%(e)s, 1, 's', 0, 'a', true)",
            "ck_step_attempts_attempt_no",
        ),
    ],
)
def test_constraints_reject_bad_rows(pg_url: str, statement: str, constraint: str) -> None:
    with psycopg.connect(pg_url) as conn:
        user = _user(conn)
        program, version = insert_program_version(conn)
        enrolment = _enrol(conn, user, program, version)
        conn.commit()
        with pytest.raises(psycopg.errors.IntegrityError) as err:
            conn.execute(statement, {"u": user, "e": enrolment, "p": program, "v": version})
        assert err.value.diag.constraint_name == constraint


def test_deleting_a_user_cascades_to_everything_about_them(pg_url: str) -> None:
    with psycopg.connect(pg_url) as conn:
        user = _user(conn)
        program, version = insert_program_version(conn)
        enrolment = _enrol(conn, user, program, version)
        conn.execute(
            "INSERT INTO check_ins (enrolment_id, user_id, week_number, mood)"
            " VALUES (%s, %s, 1, 5)",
            (enrolment, user),
        )
        conn.execute("DELETE FROM users WHERE id = %s", (user,))
        left = conn.execute("SELECT count(*) FROM check_ins").fetchone()
        assert left is not None and left[0] == 0
