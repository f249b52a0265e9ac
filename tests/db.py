"""Test databases: the server named by TEST_DATABASE_URL/DATABASE_URL, else an embedded one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql

from bot.database import database_at, libpq_url, start_embedded
from bot.migrate import upgrade
from engine.store.schema import Base


def server_url() -> str:
    configured = os.environ.get("TEST_DATABASE_URL") or os.environ.get("DATABASE_URL")
    if configured:
        return libpq_url(configured)
    return start_embedded(Path(tempfile.gettempdir()) / "coachbot-test-pg")


def through_pooler(url: str) -> str:
    """`url`, or the same database through the pooler at TEST_PGBOUNCER (`host:port`) when set.

    tests/deploy/test_pgbouncer.py sets it to rerun the turn, nudge and Slack tests through
    PgBouncer in transaction mode; creating, migrating and emptying databases stay direct.
    """
    pooler = os.environ.get("TEST_PGBOUNCER")
    if not pooler:
        return url
    info = psycopg.conninfo.conninfo_to_dict(url)
    password = info.get("password")
    auth = (
        f"{info.get('user', 'postgres')}:{password}@"
        if password
        else f"{info.get('user', 'postgres')}@"
    )
    return f"postgresql://{auth}{pooler}/{info['dbname']}"


def test_connections_without_prepared_statements() -> None:
    """Make the tests' own sync psycopg connections safe behind a transaction pooler.

    The runtime is async and goes through `engine.store.database.Database`, which is
    what the PgBouncer run checks; the sync connections tests open to look at rows
    are not the runtime, so they simply get `prepare_threshold=None` by default.
    """
    original = psycopg.Connection.connect.__func__  # type: ignore[attr-defined]

    def connect(cls: Any, conninfo: str = "", **kwargs: Any) -> Any:
        kwargs.setdefault("prepare_threshold", None)
        return original(cls, conninfo, **kwargs)

    psycopg.Connection.connect = classmethod(connect)  # type: ignore[assignment,method-assign,arg-type]
    psycopg.connect = psycopg.Connection.connect  # the module's alias was bound at import


def create_fresh_database(name: str) -> str:
    """Drop and create database `name` on the test server; return its URL."""
    admin = server_url()
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,)
        )
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return database_at(admin, name)


def drop_database(name: str) -> None:
    with psycopg.connect(server_url(), autocommit=True) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )


def migrated_database(name: str) -> str:
    url = create_fresh_database(name)
    upgrade(url)
    return url


TABLES = ", ".join(t.name for t in Base.metadata.sorted_tables)


def truncate_all(url: str) -> None:
    """Empty every table. A connection a failed test leaked (idle in a transaction,
    holding locks) would block TRUNCATE forever; after a short wait it is ended."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("SET lock_timeout = '5s'")
        try:
            conn.execute(f"TRUNCATE {TABLES} RESTART IDENTITY CASCADE")
        except psycopg.errors.LockNotAvailable:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                " AND state LIKE 'idle in transaction%'"
            )
            conn.execute("SET lock_timeout = '30s'")
            conn.execute(f"TRUNCATE {TABLES} RESTART IDENTITY CASCADE")


def insert_program_version(
    conn: psycopg.Connection[Any], slug: str = "p", *, schedule: bool = False
) -> tuple[int, int]:
    """Program `slug` and its version 1 in plain SQL that older schemas accept too (with a
    Monday 09:00 check-in when `schedule`): (program id, version id)."""
    program = conn.execute(
        "INSERT INTO programs (slug, title) VALUES (%s, 'P') RETURNING id", (slug,)
    ).fetchone()
    assert program is not None
    columns, values = (", checkin_days, checkin_time", ", '{1}', '09:00'") if schedule else ("", "")
    version = conn.execute(
        "INSERT INTO program_versions (program_id, version, content_hash, definition,"
        f" weeks_total{columns}) VALUES (%s, 1, 'h', '{{}}', 1{values}) RETURNING id",
        (program[0],),
    ).fetchone()
    assert version is not None
    return int(program[0]), int(version[0])
