"""Shared fixtures: one migrated PostgreSQL database per test session, emptied after each test."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from bot.database import sqlalchemy_url
from tests.db import (
    drop_database,
    migrated_database,
    test_connections_without_prepared_statements,
    through_pooler,
    truncate_all,
)


def pytest_configure(config: pytest.Config) -> None:
    if os.environ.get("TEST_PGBOUNCER"):
        test_connections_without_prepared_statements()


@pytest.fixture(scope="session")
def _session_database() -> Iterator[str]:
    # Unique per process, so parallel runs on one server never share a database.
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    name = f"coachbot_test_{worker}_{os.getpid()}"
    yield migrated_database(name)
    drop_database(name)


@pytest.fixture
def pg_url(_session_database: str) -> Iterator[str]:
    """libpq URL of the migrated test database (through PgBouncer when TEST_PGBOUNCER is
    set); every table is emptied afterwards."""
    yield through_pooler(_session_database)
    truncate_all(_session_database)


@pytest.fixture
def database_url(pg_url: str) -> str:
    """The same database as a SQLAlchemy URL (postgresql+psycopg://)."""
    return sqlalchemy_url(pg_url)
