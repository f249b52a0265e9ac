"""Slack OAuth tokens at rest: encrypted, still readable from before, rotated by command."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from adapters.slack import PostgresInstallationStore, TokenCipher
from adapters.slack.token_cipher import TokenCipherError
from bot.settings import Settings, SettingsError
from bot.slack import check_slack_settings, rotate_key
from tests.adapters.test_slack_store import CLIENT_ID, installation

OLD = Fernet.generate_key().decode()
NEW = Fernet.generate_key().decode()


@pytest.fixture
async def db(database_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_async_engine(database_url)
    yield engine
    await engine.dispose()


def store(db: AsyncEngine, keys: str) -> PostgresInstallationStore:
    return PostgresInstallationStore(
        engine=db, client_id=CLIENT_ID, cipher=TokenCipher(keys), cache_seconds=0
    )


async def stored_tokens(db: AsyncEngine) -> list[tuple[str | None, str | None]]:
    async with db.connect() as conn:
        rows = await conn.execute(
            text("SELECT bot_token, bot_refresh_token FROM slack_installations ORDER BY id")
        )
        return [(r[0], r[1]) for r in rows]


async def test_tokens_are_never_stored_in_plain_text(db: AsyncEngine) -> None:
    await store(db, OLD).async_save(installation(token="xoxb-secret-1", bot_refresh_token="xoxe-r"))
    ((bot_token, refresh),) = await stored_tokens(db)
    assert bot_token and bot_token.startswith("fernet:") and "xoxb" not in bot_token
    assert refresh and refresh.startswith("fernet:") and "xoxe" not in refresh
    bot = await store(db, OLD).async_find_bot(enterprise_id=None, team_id="T0002")
    assert bot is not None and (bot.bot_token, bot.bot_refresh_token) == ("xoxb-secret-1", "xoxe-r")
    with pytest.raises(TokenCipherError):  # the wrong key reads nothing
        await store(db, NEW).async_find_bot(enterprise_id=None, team_id="T0002")


async def test_rows_from_before_encryption_are_read_and_then_encrypted(
    db: AsyncEngine, pg_url: str
) -> None:
    async with db.begin() as conn:
        await conn.execute(
            text(
                "INSERT INTO slack_installations (client_id, team_id, bot_token, installed_at)"
                " VALUES (:c, 'T0002', 'xoxb-legacy-plain', now())"
            ),
            {"c": CLIENT_ID},
        )
    bot = await store(db, OLD).async_find_bot(enterprise_id=None, team_id="T0002")
    assert bot is not None and bot.bot_token == "xoxb-legacy-plain"
    settings = Settings(database_url=pg_url, slack_client_id=CLIENT_ID, coachbot_encryption_key=OLD)
    assert await rotate_key(settings) == 1
    ((token, _),) = await stored_tokens(db)
    assert token and token.startswith("fernet:")
    bot = await store(db, OLD).async_find_bot(enterprise_id=None, team_id="T0002")
    assert bot is not None and bot.bot_token == "xoxb-legacy-plain"


async def test_key_rotation_new_key_first_then_rotate_then_drop_the_old(
    db: AsyncEngine, pg_url: str
) -> None:
    await store(db, OLD).async_save(installation(token="xoxb-rotate-me"))
    both = f"{NEW}, {OLD}"
    before = await store(db, both).async_find_bot(enterprise_id=None, team_id="T0002")
    assert before is not None and before.bot_token == "xoxb-rotate-me"  # all keys decrypt
    settings = Settings(
        database_url=pg_url, slack_client_id=CLIENT_ID, coachbot_encryption_key=both
    )
    assert await rotate_key(settings) == 1
    after = await store(db, NEW).async_find_bot(enterprise_id=None, team_id="T0002")
    assert after is not None and after.bot_token == "xoxb-rotate-me"
    with pytest.raises(TokenCipherError):
        await store(db, OLD).async_find_bot(enterprise_id=None, team_id="T0002")


def test_oauth_mode_requires_a_valid_encryption_key() -> None:
    oauth = {"slack_client_id": "1", "slack_client_secret": "2", "slack_signing_secret": "s"}
    with pytest.raises(SettingsError, match="COACHBOT_ENCRYPTION_KEY"):
        check_slack_settings(Settings(**oauth), http=True)  # type: ignore[arg-type]
    check_slack_settings(Settings(**oauth, coachbot_encryption_key=NEW), http=True)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="Fernet"):
        Settings(coachbot_encryption_key="not-a-key")  # type: ignore[arg-type]
