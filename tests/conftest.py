"""Shared fixtures: one migrated PostgreSQL database per test session, emptied after each test."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator

import pytest

from bot.database import sqlalchemy_url
from tests.db import (
    drop_database,
    migrated_database,
    test_connections_without_prepared_statements,
    through_pooler,
    truncate_all,
)
from tests.fakes.anthropic_server import FakeAnthropic
from tests.fakes.discord_server import FakeDiscord
from tests.fakes.openai_server import FakeOpenAI
from tests.fakes.slack_server import FakeSlack
from tests.harness import Harness, make_harness


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
async def harness(pg_url: str) -> AsyncIterator[Harness]:
    """The engine on the test database: built-in programs synced, the offline coach, a
    virtual clock."""
    h = await make_harness(pg_url)
    yield h
    await h.db.close()


@pytest.fixture
def database_url(pg_url: str) -> str:
    """The same database as a SQLAlchemy URL (postgresql+psycopg://)."""
    return sqlalchemy_url(pg_url)


# --- fake platform servers on loopback, one per test (declared here once) ------------------
# A module that needs one configured otherwise (keys, shards, a responder) declares its own.


@pytest.fixture
async def fake_discord() -> AsyncIterator[FakeDiscord]:
    """The fake Discord REST API and gateway."""
    server = FakeDiscord()
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
async def fake_anthropic() -> AsyncIterator[FakeAnthropic]:
    """The fake Anthropic Messages API."""
    async with FakeAnthropic() as server:
        yield server


@pytest.fixture
async def fake_openai() -> AsyncIterator[FakeOpenAI]:
    """The fake OpenAI-compatible Chat Completions API."""
    async with FakeOpenAI() as server:
        yield server


@pytest.fixture
async def fresh_slack() -> AsyncIterator[FakeSlack]:
    """A fake Slack Web API (and Socket Mode) of this test's own (tests/adapters also has a
    module-wide `slack`, reset between tests)."""
    server = FakeSlack()
    await server.start()
    yield server
    await server.stop()
