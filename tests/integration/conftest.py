"""Database fixtures of the integration tests: the plain handles the nudge tests seed and
read through, and scratch databases to migrate by hand (`harness` is in tests/conftest.py)."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from typing import Any

import psycopg
import pytest

from engine.store.database import Database
from tests.db import create_fresh_database, drop_database


@pytest.fixture
async def db(pg_url: str) -> AsyncIterator[Database]:
    """The engine's pool on the test database (a module may declare its own)."""
    async with Database(pg_url, max_size=6) as database:
        yield database


@pytest.fixture
def sync(pg_url: str) -> Iterator[psycopg.Connection[Any]]:
    """A plain autocommit connection to seed rows and look at them."""
    with psycopg.connect(pg_url, autocommit=True) as conn:
        yield conn


@pytest.fixture
def scratch_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """An empty database of this test's own (named for its module), for migrating by hand."""
    module = request.module.__name__.rpartition(".")[2].removeprefix("test_")
    name = f"coachbot_test_{module}_{os.getpid()}"
    yield create_fresh_database(name)
    drop_database(name)
