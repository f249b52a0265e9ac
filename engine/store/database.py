"""The connection pool and the unit of work: one transaction, rolled back unless committed."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from psycopg import AsyncConnection
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
