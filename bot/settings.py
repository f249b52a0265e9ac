"""Settings from the environment (and `.env`), validated once at start."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Literal

import platformdirs
from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

ADMIN_SECRET_KEY_CHARS = 43


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

    # LLM: the provider defaults from which key is set (see `llm_provider`).
    coachbot_llm_provider: Literal["anthropic", "openai", "gemini", "offline"] | None = None
    coachbot_model: str | None = None  # None: the provider's default model
    anthropic_api_key: SecretStr | None = None
    anthropic_base_url: str | None = None
    openai_api_key: SecretStr | None = None
    openai_base_url: str | None = None
    coachbot_openai_mode: Literal["tool", "json_schema"] = "tool"
    gemini_api_key: SecretStr | None = None
    gemini_base_url: str | None = None  # for tests; None is Google's OpenAI-compatible URL
    llm_timeout_seconds: float = Field(default=20.0, gt=0)
    coachbot_llm_check_at_start: bool = True
    coachbot_llm_daily_budget_usd: Decimal | None = Field(default=None, ge=0)
    # Per person: LLM calls in the last hour / 24 hours, then the offline coach (0: no limit).
    llm_calls_per_person_hour: int = Field(default=30, ge=0)
    llm_calls_per_person_day: int = Field(default=200, ge=0)

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
    web_port: int = Field(default=8000, ge=1, le=65535)

    # The admin dashboard and the web process (see README, "Security").

    # Colleague connections (engine.connections) and retention (engine.store.retention).
    connections_repeat_weeks: int = Field(default=12, ge=1, le=520)
    connections_expire_days: int = Field(default=14, ge=1, le=365)
    retention_messages_days: int = Field(default=730, ge=1)
    retention_summaries_days: int = Field(default=730, ge=1)
    retention_suggestions_days: int = Field(default=365, ge=1)
    retention_nudges_days: int = Field(default=90, ge=1)
    retention_idempotency_days: int = Field(default=7, ge=1)
    admin_password_hash: SecretStr | None = None
    admin_secret_key: SecretStr | None = None
    admin_insecure_cookies: bool = False
    forwarded_allow_ips: str = "127.0.0.1"
    coachbot_encryption_key: SecretStr | None = None

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

    @property
    def llm_provider(self) -> str:
        """COACHBOT_LLM_PROVIDER, else anthropic with ANTHROPIC_API_KEY, openai with
        OPENAI_API_KEY or OPENAI_BASE_URL, else offline."""
        if self.coachbot_llm_provider is not None:
            return self.coachbot_llm_provider
        if self.anthropic_api_key is not None:
            return "anthropic"
        if self.openai_api_key is not None or self.openai_base_url:
            return "openai"
        return "offline"

    @field_validator("admin_password_hash")
    @classmethod
    def _blank_is_unset(cls, value: SecretStr | None) -> SecretStr | None:
        return None if value is None or value.get_secret_value().strip() == "" else value

    @field_validator("admin_secret_key")
    @classmethod
    def _random_enough(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None or value.get_secret_value() == "":
            return None
        key = value.get_secret_value()
        # 32 random bytes: 43 URL-safe base64 characters or 64 hex digits, not a phrase.
        if len(key) < ADMIN_SECRET_KEY_CHARS or len(set(key)) < 12:
            raise ValueError(
                f"must be at least {ADMIN_SECRET_KEY_CHARS} random characters (32 bytes),"
                " e.g. python -c 'import secrets; print(secrets.token_urlsafe(32))'"
            )
        return value

    @field_validator("coachbot_encryption_key")
    @classmethod
    def _fernet_keys(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None or value.get_secret_value().strip() == "":
            return None
        from cryptography.fernet import Fernet

        for key in value.get_secret_value().split(","):
            try:
                Fernet(key.strip())
            except ValueError:
                raise ValueError(
                    "must be comma-separated Fernet keys (Fernet.generate_key())"
                ) from None
        return value

    def check_dashboard(self) -> None:
        """The dashboard exists only with a password hash, and then needs its own key."""
        if self.admin_password_hash is not None and self.admin_secret_key is None:
            raise SettingsError(
                "setting ADMIN_SECRET_KEY is required when ADMIN_PASSWORD_HASH is set"
                " (32 random bytes, e.g. secrets.token_urlsafe(32))"
            )

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
        settings = Settings()
    except ValidationError as exc:
        first = exc.errors()[0]
        name = str(first["loc"][0]).upper() if first["loc"] else "settings"
        reason = str(first["msg"]).removeprefix("Value error, ")
        raise SettingsError(f"setting {name} is invalid: {reason}") from None
    settings.check_dashboard()
    return settings
