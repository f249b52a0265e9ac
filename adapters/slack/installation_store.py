"""Slack OAuth installations and OAuth states in our PostgreSQL (SQLAlchemy Core, async).

One table, `slack_installations`, holds both the installation and its bot: a bot
is the newest row of a workspace that still has a bot token. Token columns are
encrypted with `TokenCipher` (see token_cipher.py); nothing here logs a token. `find_bot` answers
from a short in-memory cache (Bolt calls it before every acknowledgement), but
never for a token close enough to expiry that Bolt would want to rotate it.
"""

from __future__ import annotations

import logging
import secrets
import time
from datetime import UTC, datetime, timedelta
from typing import Any

from slack_sdk.oauth.installation_store.async_installation_store import AsyncInstallationStore
from slack_sdk.oauth.installation_store.models.bot import Bot
from slack_sdk.oauth.installation_store.models.installation import Installation
from slack_sdk.oauth.state_store.async_state_store import AsyncOAuthStateStore
from sqlalchemy import Table, and_, delete, desc, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.sql.elements import ColumnElement

from adapters.slack.token_cipher import TOKEN_COLUMNS, TokenCipher
from engine.store.schema import SlackInstallation, SlackOAuthState

log = logging.getLogger(__name__)

_INSTALLATIONS: Table = SlackInstallation.__table__  # type: ignore[assignment]
_STATES: Table = SlackOAuthState.__table__  # type: ignore[assignment]
_BOT_COLUMNS = ("bot_token", "bot_id", "bot_user_id", "bot_scopes", "bot_refresh_token")
_INSTALLATION_COLUMNS = [c.name for c in _INSTALLATIONS.columns if c.name != "id"]


def _utc(value: Any) -> datetime | None:
    """slack_sdk hands out naive UTC datetimes (or epoch ints); we store timestamptz."""
    if value is None:
        return None
    if isinstance(value, int | float):
        return datetime.fromtimestamp(value, UTC)
    moment: datetime = value
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


# What a `Bot` takes as stored: the workspace's columns and the bot's (times are converted).
_WORKSPACE_COLUMNS = ("app_id", "enterprise_id", "enterprise_name", "team_id", "team_name")
_IS_ENTERPRISE = "is_enterprise_install"


def _epoch(value: datetime | None) -> int | None:
    return int(value.timestamp()) if value is not None else None


class PostgresInstallationStore(AsyncInstallationStore):
    """`AsyncInstallationStore` on the `slack_installations` table."""

    def __init__(
        self,
        *,
        engine: AsyncEngine,
        client_id: str,
        cipher: TokenCipher,
        cache_seconds: float = 30.0,
    ):
        self.engine = engine
        self.client_id = client_id
        self.cipher = cipher
        self.cache_seconds = cache_seconds
        self._bots: dict[tuple[str | None, str | None], tuple[float, Bot]] = {}

    @property
    def logger(self) -> logging.Logger:
        return log

    def _where(self, enterprise_id: str | None, team_id: str | None) -> ColumnElement[bool]:
        c = _INSTALLATIONS.c
        return and_(
            c.client_id == self.client_id,
            c.enterprise_id.is_(None)
            if enterprise_id is None
            else c.enterprise_id == enterprise_id,
            c.team_id.is_(None) if team_id is None else c.team_id == team_id,
        )

    async def async_save(self, installation: Installation) -> None:
        row = {k: v for k, v in installation.to_dict().items() if k in _INSTALLATION_COLUMNS}
        row["client_id"] = self.client_id
        for key in ("installed_at", "bot_token_expires_at", "user_token_expires_at"):
            row[key] = _utc(row.get(key))
        row["installed_at"] = row["installed_at"] or datetime.now(UTC)
        self._encrypt(row)
        async with self.engine.begin() as conn:
            await conn.execute(insert(_INSTALLATIONS).values(**row))
        self._forget(installation.enterprise_id, installation.team_id)

    async def async_save_bot(self, bot: Bot) -> None:
        """A rotated bot token updates the workspace's newest installation row."""
        values = {k: getattr(bot, k) for k in _BOT_COLUMNS}
        values["bot_token_expires_at"] = _utc(bot.bot_token_expires_at)
        self._encrypt(values)
        team = None if bot.is_enterprise_install else bot.team_id
        newest = (
            select(_INSTALLATIONS.c.id)
            .where(self._where(bot.enterprise_id, team), _INSTALLATIONS.c.bot_token.is_not(None))
            .order_by(desc(_INSTALLATIONS.c.installed_at))
            .limit(1)
            .scalar_subquery()
        )
        async with self.engine.begin() as conn:
            await conn.execute(
                update(_INSTALLATIONS).where(_INSTALLATIONS.c.id == newest).values(**values)
            )
        self._forget(bot.enterprise_id, bot.team_id)

    async def async_find_bot(
        self,
        *,
        enterprise_id: str | None,
        team_id: str | None,
        is_enterprise_install: bool | None = False,
    ) -> Bot | None:
        if is_enterprise_install or team_id is None:
            team_id = None
        cached = self._bots.get((enterprise_id, team_id))
        if cached is not None and cached[0] > time.monotonic():
            return cached[1]
        where = and_(self._where(enterprise_id, team_id), _INSTALLATIONS.c.bot_token.is_not(None))
        row = await self._newest(where)
        if row is None:
            return None
        bot = Bot(
            **{name: row[name] for name in (*_WORKSPACE_COLUMNS, *_BOT_COLUMNS, _IS_ENTERPRISE)},
            bot_token_expires_at=_epoch(row["bot_token_expires_at"]),
            installed_at=row["installed_at"].timestamp(),
        )
        expires = row["bot_token_expires_at"]
        # Bolt rotates tokens expiring within 120 minutes: give it fresh rows for those.
        if expires is None or expires > datetime.now(UTC) + timedelta(minutes=130):
            self._bots[(enterprise_id, team_id)] = (time.monotonic() + self.cache_seconds, bot)
        return bot

    async def async_find_installation(
        self,
        *,
        enterprise_id: str | None,
        team_id: str | None,
        user_id: str | None = None,
        is_enterprise_install: bool | None = False,
    ) -> Installation | None:
        if is_enterprise_install or team_id is None:
            team_id = None
        c = _INSTALLATIONS.c
        where = self._where(enterprise_id, team_id)
        if user_id is not None:
            where = and_(where, c.user_id == user_id)
        row = await self._newest(where)
        if row is None:
            return None
        data = {k: row[k] for k in _INSTALLATION_COLUMNS if k not in ("client_id", "installed_at")}
        data["bot_token_expires_at"] = _epoch(row["bot_token_expires_at"])
        data["user_token_expires_at"] = _epoch(row["user_token_expires_at"])
        installation = Installation(**data, installed_at=row["installed_at"].timestamp())
        if installation.bot_token is None or user_id is not None:
            # The newest bot token may live on a later row (bolt-python#664).
            bot = await self.async_find_bot(enterprise_id=enterprise_id, team_id=team_id)
            if bot is not None:
                for key in (*_BOT_COLUMNS, "bot_token_expires_at"):
                    setattr(installation, key, getattr(bot, key))
        return installation

    async def async_delete_bot(self, *, enterprise_id: str | None, team_id: str | None) -> None:
        cleared = {k: None for k in (*_BOT_COLUMNS, "bot_token_expires_at")}
        where = self._where(enterprise_id, team_id)
        async with self.engine.begin() as conn:
            await conn.execute(update(_INSTALLATIONS).where(where).values(**cleared))
            await conn.execute(
                delete(_INSTALLATIONS).where(where, _INSTALLATIONS.c.user_token.is_(None))
            )
        self._forget(enterprise_id, team_id)

    async def async_delete_installation(
        self, *, enterprise_id: str | None, team_id: str | None, user_id: str | None = None
    ) -> None:
        where = self._where(enterprise_id, team_id)
        if user_id is not None:
            where = and_(where, _INSTALLATIONS.c.user_id == user_id)
        async with self.engine.begin() as conn:
            await conn.execute(delete(_INSTALLATIONS).where(where))
        self._forget(enterprise_id, team_id)

    async def async_delete_all(self, *, enterprise_id: str | None, team_id: str | None) -> None:
        await self.async_delete_installation(enterprise_id=enterprise_id, team_id=team_id)

    async def async_reencrypt_all(self) -> int:
        """Re-encrypt every stored token with the first key (plain rows too); the count."""
        c = _INSTALLATIONS.c
        columns = [getattr(c, name) for name in TOKEN_COLUMNS]
        changed = 0
        async with self.engine.begin() as conn:
            rows = (await conn.execute(select(c.id, *columns).with_for_update())).mappings()
            for row in rows.all():
                values = {name: self.cipher.rotate(row[name]) for name in TOKEN_COLUMNS}
                await conn.execute(update(_INSTALLATIONS).where(c.id == row["id"]).values(**values))
                changed += 1
        self._bots.clear()
        return changed

    def _encrypt(self, values: dict[str, Any]) -> None:
        for name in TOKEN_COLUMNS:
            if name in values:
                values[name] = self.cipher.encrypt(values[name])

    async def _newest(self, where: ColumnElement[bool]) -> dict[str, Any] | None:
        """The newest installation row matching `where`, its tokens decrypted."""
        query = select(_INSTALLATIONS).where(where).order_by(desc(_INSTALLATIONS.c.installed_at))
        async with self.engine.connect() as conn:
            found = (await conn.execute(query.limit(1))).mappings().first()
        return None if found is None else self._decrypted(found)

    def _decrypted(self, row: Any) -> dict[str, Any]:
        data = dict(row)
        for name in TOKEN_COLUMNS:
            data[name] = self.cipher.decrypt(data.get(name))
        return data

    def _forget(self, enterprise_id: str | None, team_id: str | None) -> None:
        self._bots.pop((enterprise_id, team_id), None)
        self._bots.pop((enterprise_id, None), None)


class PostgresOAuthStateStore(AsyncOAuthStateStore):
    """One-time OAuth `state` values in `slack_oauth_states`, consumed atomically."""

    def __init__(self, *, engine: AsyncEngine, expiration_seconds: int = 600):
        self.engine = engine
        self.expiration_seconds = expiration_seconds

    @property
    def logger(self) -> logging.Logger:
        return log

    async def async_issue(self, *args: Any, **kwargs: Any) -> str:
        state = secrets.token_urlsafe(24)
        expires_at = datetime.now(UTC) + timedelta(seconds=self.expiration_seconds)
        async with self.engine.begin() as conn:
            await conn.execute(insert(_STATES).values(state=state, expires_at=expires_at))
        return state

    async def async_consume(self, state: str) -> bool:
        async with self.engine.begin() as conn:
            await conn.execute(delete(_STATES).where(_STATES.c.expires_at < func.now()))
            deleted = await conn.execute(
                delete(_STATES).where(_STATES.c.state == state).returning(_STATES.c.id)
            )
            return deleted.first() is not None
