"""`/readyz` for the web process: the database answers and its schema is at the migrations' head.

A replica that cannot reach PostgreSQL, or that runs newer code than the schema (the
release Job has not finished), reports not ready so the load balancer sends it nothing;
`/healthz` stays 200 so it is not restarted for it.
"""

from __future__ import annotations

import asyncio
import logging

import psycopg
from alembic.script import ScriptDirectory

from bot.migrate import alembic_config
from engine.store.database import Database

log = logging.getLogger(__name__)


def migration_heads(url: str) -> frozenset[str]:
    """The head revision(s) of the migrations shipped with this code."""
    return frozenset(ScriptDirectory.from_config(alembic_config(url)).get_heads())


class DatabaseReadiness:
    """Callable readiness check: None when ready, else a reason such as "migrations behind"."""

    def __init__(self, db: Database, *, timeout: float = 2.0) -> None:
        self._db = db
        self._heads = migration_heads(db.url)
        self._timeout = timeout

    async def __call__(self) -> str | None:
        try:
            async with asyncio.timeout(self._timeout):
                return await self._check()
        except TimeoutError:
            return "database did not answer in time"
        except Exception as exc:  # any failure to reach the database means "not ready"
            log.warning("readiness: database unreachable (%s)", type(exc).__name__)
            return "database unreachable"

    async def _check(self) -> str | None:
        try:
            async with self._db.transaction() as conn:
                cur = await conn.execute("SELECT version_num FROM alembic_version")
                current = {str(row["version_num"]) for row in await cur.fetchall()}
        except psycopg.errors.UndefinedTable:
            return "database has no schema yet (run coachbot db upgrade)"
        if current != self._heads:
            return "migrations are not at head (run coachbot db upgrade)"
        return None
