"""Settings from the environment (and `.env`), validated once at start."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import platformdirs
from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class SettingsError(Exception):
    """A missing or malformed setting; the message is one line naming it."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    database_url: str | None = None
    coachbot_data_dir: Path = Field(
        default_factory=lambda: Path(platformdirs.user_data_dir("coachbot"))
    )
    db_pool_size: int = Field(default=10, ge=1, le=200)
    # PgBouncer-style transaction pooling: "transaction" turns psycopg's automatic
    # prepared statements off; "auto" does so on connections a pooler answered.
    db_pgbouncer: Literal["auto", "transaction", "off"] = "auto"
    log_level: str = "INFO"
    log_format: Literal["text", "json"] = "text"  # json: one object per line (bot/logs.py)
    # SIGTERM: how long in-flight turns and sends get before the process stops anyway.
    coachbot_shutdown_seconds: float = Field(default=25.0, ge=0, le=600)

    anthropic_api_key: SecretStr | None = None
    anthropic_base_url: str | None = None
    coachbot_model: str = "claude-sonnet-4-6"
    llm_timeout_seconds: float = Field(default=20.0, gt=0)

    slack_bot_token: SecretStr | None = None
    slack_signing_secret: SecretStr | None = None
    slack_app_token: SecretStr | None = None
    slack_client_id: str | None = None
    slack_client_secret: SecretStr | None = None
    slack_api_url: str | None = None

    discord_token: SecretStr | None = None
    discord_api_url: str | None = None
    discord_guild_id: int | None = None
    # unset: one gateway connection; "auto" or N: AutoShardedClient in this process
    discord_shards: str | None = None

    crisis_resources: str | None = None
    admin_password_hash: SecretStr | None = None
    admin_secret_key: SecretStr | None = None
    web_port: int = Field(default=8000, ge=1, le=65535)

    @field_validator("database_url")
    @classmethod
    def _postgres_only(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        if not value.startswith(("postgres://", "postgresql://", "postgresql+psycopg://")):
            raise ValueError("must be a postgresql:// URL")
        return value

    @field_validator("discord_shards")
    @classmethod
    def _shards(cls, value: str | None) -> str | None:
        if value is None or value.strip() == "":
            return None
        value = value.strip().lower()
        if value != "auto" and not (value.isdigit() and int(value) >= 1):
            raise ValueError("must be auto or a number of shards (1 or more)")
        return value

    def discord_shard_count(self) -> int | Literal["auto"] | None:
        """`DISCORD_SHARDS` as the Discord adapter takes it."""
        if self.discord_shards is None or self.discord_shards == "auto":
            return self.discord_shards  # type: ignore[return-value]
        return int(self.discord_shards)

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        level = value.upper()
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ValueError("must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL")
        return level

    def require(self, *names: str) -> None:
        """Raise SettingsError naming the first of `names` that is unset."""
        for name in names:
            value = getattr(self, name)
            if isinstance(value, SecretStr):
                value = value.get_secret_value()
            if value is None or value == "":
                raise SettingsError(f"setting {name.upper()} is required for this command")


def load_settings() -> Settings:
    """Read settings, turning validation errors into one clear line."""
    try:
        return Settings()
    except ValidationError as exc:
        first = exc.errors()[0]
        name = str(first["loc"][0]).upper() if first["loc"] else "settings"
        reason = str(first["msg"]).removeprefix("Value error, ")
        raise SettingsError(f"setting {name} is invalid: {reason}") from None
