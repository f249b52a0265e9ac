"""The connection pool and the unit of work: one transaction, rolled back unless committed.

Everything the engine keeps on a connection lives inside one transaction (advisory
locks are `pg_advisory_xact_lock`, settings are `SET LOCAL`/`set_config(..., true)`,
there is no `LISTEN`), so the pool works through PgBouncer in transaction mode. The
one thing psycopg itself keeps across transactions is its automatic server-side
prepared statements: a transaction pooler hands the next transaction another server
connection, where `_pg3_0` does not exist. `pgbouncer="transaction"` turns them off;
`"auto"` turns them off on a connection whose cancel key is not its backend's pid
(a pooler answered the startup, not PostgreSQL); `"off"` keeps them always.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any, Literal

from psycopg import AsyncClientCursor, AsyncConnection, Rollback
from psycopg.pq import TransactionStatus
from psycopg.rows import DictRow, dict_row, tuple_row
from psycopg_pool import AsyncConnectionPool

Connection = AsyncConnection[DictRow]
PoolerMode = Literal["auto", "transaction", "off"]


# A space after "(" or ",", or before "," or ")": never part of an operator, so it can go.
_PUNCTUATION = re.compile(r"(?<=[(,]) | (?=[,)])")


def compact(sql: str) -> str:
    """`sql` with each run of whitespace outside its string literals made one space, or
    none next to a parenthesis or a comma.

    psycopg caches how it parses a query only up to 4,096 characters (its
    `MAX_CACHED_STATEMENT_LENGTH`): a longer statement sent on every turn is parsed on
    every turn. `sql` must hold no `--` comment (made one line, it would swallow the rest).
    """
    parts = sql.split("'")
    if any("--" in part for part in parts[::2]):
        raise ValueError("compact(): a -- comment in the SQL")
    parts[::2] = [_PUNCTUATION.sub("", re.sub(r"\s+", " ", part)) for part in parts[::2]]
    return "'".join(parts).strip()


async def behind_pooler(conn: AsyncConnection[Any]) -> bool:
    """True when `conn` talks to a pooler: the cancel key it was given is not its backend's pid.

    PgBouncer (and Supavisor, pgcat, Odyssey) answer the startup themselves with a
    made-up cancel key, because the client is not bound to one server backend;
    plain TCP proxies (a Docker port map, a Kubernetes Service) pass PostgreSQL's through.
    """
    cur = conn.cursor(row_factory=tuple_row)
    await cur.execute("SELECT pg_backend_pid()")
    row = await cur.fetchone()
    if not conn.autocommit:
        await conn.commit()
    return row is None or row[0] != conn.info.backend_pid


async def _turn_off_prepare_behind_pooler(conn: Connection) -> None:
    if await behind_pooler(conn):
        conn.prepare_threshold = None


class Database:
    """A psycopg 3 async pool: `read()` for a turn's plan, `transaction()` for its apply."""

    def __init__(
        self,
        url: str,
        *,
        min_size: int = 1,
        max_size: int = 10,
        pgbouncer: PoolerMode = "auto",
    ) -> None:
        self.url = url
        self.pgbouncer: PoolerMode = pgbouncer
        kwargs: dict[str, Any] = {"row_factory": dict_row, "autocommit": False}
        if pgbouncer == "transaction":
            kwargs["prepare_threshold"] = None
        self._pool: AsyncConnectionPool[Connection] = AsyncConnectionPool(
            url,
            min_size=min_size,
            max_size=max_size,
            open=False,
            kwargs=kwargs,
            connection_class=AsyncConnection[DictRow],
            configure=_turn_off_prepare_behind_pooler if pgbouncer == "auto" else None,
            # No health check on every checkout: it costs a round trip per turn. A
            # connection that died is found by the turn that uses it, which then has
            # the pool `check()` them all and retries (see `engine.turn`).
            max_idle=300,
        )

    async def open(self) -> None:
        await self._pool.open(wait=True, timeout=30)

    async def check(self) -> None:
        """Replace pooled connections that died (e.g. the server restarted)."""
        await self._pool.check()

    async def close(self) -> None:
        await self._pool.close()

    async def __aenter__(self) -> Database:
        await self.open()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Connection]:
        """One transaction: committed when the block ends normally, rolled back on error."""
        async with self._pool.connection() as conn, conn.transaction():
            yield conn

    @asynccontextmanager
    async def read(self) -> AsyncIterator[Connection]:
        """A connection in autocommit mode for reads: no BEGIN/COMMIT round trips."""
        async with self._pool.connection() as conn:
            await conn.set_autocommit(True)
            try:
                yield conn
            finally:
                if not conn.closed:
                    await conn.set_autocommit(False)

    @asynccontextmanager
    async def write(
        self, opening: str, params: dict[str, Any]
    ) -> AsyncIterator[tuple[Connection, DictRow | None]]:
        """One write transaction whose BEGIN travels with its opening statements.

        `opening` (one or more statements, bound client-side) is sent with BEGIN in a
        single round trip; the row of its last statement is yielded with the connection.
        Committed when the block ends normally; rolled back on error, or quietly on
        `psycopg.Rollback`.
        """
        async with self._pool.connection() as conn:
            await conn.set_autocommit(True)
            try:
                cur = AsyncClientCursor(conn, row_factory=dict_row)
                await cur.execute(f"BEGIN; {opening}", params)
                while cur.nextset():
                    pass
                row = await cur.fetchone()
                try:
                    yield conn, row
                except Rollback:
                    await conn.rollback()
                else:
                    await conn.commit()
            finally:
                if not conn.closed:
                    if conn.info.transaction_status != TransactionStatus.IDLE:
                        await conn.rollback()
                    await conn.set_autocommit(False)
