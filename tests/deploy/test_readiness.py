"""`/readyz` on the real web app: ready only when the database answers at the migrations' head."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import psycopg
import pytest

from adapters.slack import build_asgi_app, build_slack_app
from bot.readiness import DatabaseReadiness, migration_heads
from engine.store.database import Database
from tests.fakes.slack_server import ScriptedEngine, echo


async def _get(readiness: DatabaseReadiness, path: str) -> httpx.Response:
    bot = build_slack_app(handler=ScriptedEngine(echo), signing_secret="s", token="xoxb-t")
    app = build_asgi_app(bot, readiness=readiness)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://web") as http:
        return await http.get(path)


@pytest.fixture
async def db(pg_url: str) -> AsyncIterator[Database]:
    async with Database(pg_url, max_size=2) as database:
        yield database


async def test_ready_when_the_database_is_at_the_migrations_head(db: Database) -> None:
    response = await _get(DatabaseReadiness(db), "/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ready"}


async def test_not_ready_while_the_schema_is_behind_the_code(db: Database, pg_url: str) -> None:
    (head,) = migration_heads(pg_url)
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'older'")
    try:
        response = await _get(DatabaseReadiness(db), "/readyz")
        alive = await _get(DatabaseReadiness(db), "/healthz")
    finally:
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute("UPDATE alembic_version SET version_num = %s", (head,))
    assert response.status_code == 503
    assert "migrations" in response.json()["reason"]
    assert alive.status_code == 200  # liveness does not restart a replica for it


async def test_not_ready_when_the_database_is_unreachable(pg_url: str) -> None:
    # Nothing listens on port 1: the pool keeps failing to connect.
    async with Database("postgresql://postgres@127.0.0.1:1/none", min_size=0, max_size=1) as db:
        response = await _get(DatabaseReadiness(db, timeout=1.0), "/readyz")
    assert response.status_code == 503
    assert response.json()["reason"] in {"database unreachable", "database did not answer in time"}
