"""The connection pool and the unit of work: one transaction, rolled back unless committed."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from psycopg import AsyncClientCursor, AsyncConnection, Rollback
from psycopg.pq import TransactionStatus
from psycopg.rows import DictRow, dict_row
from psycopg_pool import AsyncConnectionPool

Connection = AsyncConnection[DictRow]


class Database:
    """A psycopg 3 async pool: `read()` for a turn's plan, `transaction()` for its apply."""

    def __init__(self, url: str, *, min_size: int = 1, max_size: int = 10) -> None:
        self.url = url
        self._pool: AsyncConnectionPool[Connection] = AsyncConnectionPool(
            url,
            min_size=min_size,
            max_size=max_size,
            open=False,
            kwargs={"row_factory": dict_row, "autocommit": False},
            connection_class=AsyncConnection[DictRow],
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
