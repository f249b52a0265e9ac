"""Finding the database: the configured server, or an embedded PostgreSQL (pgserver)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine

if TYPE_CHECKING:
    from bot.settings import Settings

log = logging.getLogger(__name__)

_embedded: dict[Path, Any] = {}


def sqlalchemy_url(url: str) -> str:
    """The same database as a SQLAlchemy URL with the psycopg 3 driver."""
    for prefix in ("postgresql+psycopg://", "postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    raise ValueError("not a PostgreSQL URL")


def libpq_url(url: str) -> str:
    """The same database as a plain libpq URL (for psycopg and command-line tools)."""
    return "postgresql://" + sqlalchemy_url(url)[len("postgresql+psycopg://") :]


def database_at(url: str, dbname: str) -> str:
    """The URL of another database (`dbname`) on the same server as `url`."""
    import psycopg

    info = psycopg.conninfo.conninfo_to_dict(libpq_url(url) if "://" in url else url)
    user = info.get("user", "postgres")
    password = info.get("password", "")
    host = str(info.get("host", ""))
    port = info.get("port", "")
    auth = f"{user}:{password}@" if password else f"{user}@"
    if host.startswith("/"):
        return f"postgresql://{auth}/{dbname}?host={host}" + (f"&port={port}" if port else "")
    return f"postgresql://{auth}{host}{':' + str(port) if port else ''}/{dbname}"


def start_embedded(data_dir: Path) -> str:
    """Start (or reuse) an embedded PostgreSQL in `data_dir` and return its URL."""
    from bot.extras import require_extra

    require_extra("embedded", "DATABASE_URL is not set")
    from pgserver.postgres_server import get_server

    data_dir = data_dir.expanduser().resolve()
    if data_dir not in _embedded:
        data_dir.mkdir(parents=True, exist_ok=True)
        log.info("starting embedded PostgreSQL in %s", data_dir)
        _embedded[data_dir] = get_server(data_dir, cleanup_mode="stop")
    return str(_embedded[data_dir].get_uri())


def database_url(settings: Settings) -> str:
    """The configured server, or the embedded one under the data directory."""
    return resolve_url(settings.database_url, settings.coachbot_data_dir)


def resolve_url(database_url: str | None, data_dir: Path) -> str:
    """The configured `DATABASE_URL`, or the embedded server's when it is unset."""
    return libpq_url(database_url) if database_url else start_embedded(data_dir / "pg")


def make_engine(url: str, *, pool_size: int = 10) -> AsyncEngine:
    return create_async_engine(
        sqlalchemy_url(url), pool_size=pool_size, max_overflow=pool_size, pool_pre_ping=True
    )


_pooler_mode: list[str] = []


def use_pooler_safe_sqlalchemy(mode: str) -> None:
    """Give SQLAlchemy engines in this process (the Slack OAuth installation store) the same
    prepared-statement rule as `engine.store.database.Database` (see its docstring).

    A listener on every `Engine`'s "connect": the adapters build their own engines, and
    this way they need no PgBouncer option of their own.
    """
    if mode == "off" or _pooler_mode:
        return
    _pooler_mode.append(mode)
    event.listen(Engine, "connect", _on_connect)


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    driver = getattr(dbapi_connection, "driver_connection", None)
    if driver is None or not hasattr(driver, "prepare_threshold"):
        return  # not psycopg 3
    if _pooler_mode[0] == "auto":
        cursor = dbapi_connection.cursor()
        cursor.execute("SELECT pg_backend_pid()")
        (pid,) = cursor.fetchone()
        cursor.close()
        dbapi_connection.rollback()
        if pid == driver.info.backend_pid:
            return
    driver.prepare_threshold = None


def make_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[Any]:
    return async_sessionmaker(engine, expire_on_commit=False)
