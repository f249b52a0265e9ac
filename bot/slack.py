"""Slack processes: the HTTP web process and the Socket Mode worker."""

from __future__ import annotations

import logging
import signal
from typing import Any

from adapters.slack import app as slack
from adapters.slack import channel
from adapters.slack.channel import oauth_mode
from bot.admin import mount_admin, uvicorn_config
from bot.bootstrap import Application, bootstrap
from bot.channels import channel_deps
from bot.database import sqlalchemy_url
from bot.readiness import DatabaseReadiness
from bot.settings import Settings, SettingsError
from bot.shutdown import InFlight

log = logging.getLogger(__name__)


def _secret(value: Any) -> str | None:
    return None if value is None else str(value.get_secret_value())


def check_slack_settings(settings: Settings, *, http: bool) -> None:
    """Stop with one line naming the missing Slack setting."""
    if http:
        settings.require("slack_signing_secret")
    else:
        settings.require("slack_app_token")
    if not oauth_mode(settings):
        settings.require("slack_bot_token")
    else:
        settings.require("coachbot_encryption_key")


def build_bot(app: Application) -> slack.SlackBot:
    """The Bolt app wired to this application's engine and stores."""
    try:
        return channel.build_bot(app.settings, channel_deps(app))
    except ValueError as exc:
        raise SettingsError(str(exc)) from None


async def serve_http(settings: Settings, *, host: str, port: int) -> None:
    """The web process: /slack/events, OAuth, /healthz, /metrics (and /admin when present)."""
    import uvicorn

    check_slack_settings(settings, http=True)
    app = await bootstrap(settings)
    try:
        bot = build_bot(app)
        asgi = slack.build_asgi_app(
            bot, llm_health=app.llm_health, readiness=DatabaseReadiness(app.db)
        )
        mount_admin(asgi, app)
        server = uvicorn.Server(uvicorn_config(asgi, settings, host=host, port=port))
        in_flight = InFlight()
        in_flight.mark()
        # uvicorn handles SIGTERM: it stops accepting, answers the requests it has, and
        # returns; the turns Bolt runs after each acknowledgement are then still going.
        # On the way out it re-raises the signal to the handler it found: that must not
        # be the default one, which would end the process before those turns finish.
        signal.signal(signal.SIGTERM, lambda *_: None)
        await server.serve()
        await in_flight.drain(settings.coachbot_shutdown_seconds)
    except ValueError as exc:
        raise SettingsError(str(exc)) from None
    finally:
        await app.close()


async def serve_socket_mode(settings: Settings) -> None:
    check_slack_settings(settings, http=False)
    app = await bootstrap(settings)
    try:
        bot = build_bot(app)
        await slack.run_socket_mode(bot, app_token=_secret(settings.slack_app_token) or "")
    except ValueError as exc:
        raise SettingsError(str(exc)) from None
    finally:
        await app.close()


async def rotate_key(settings: Settings) -> int:
    """`coachbot slack rotate-key`: re-encrypt every stored Slack token with the first key.

    Rotation: put the new key first in COACHBOT_ENCRYPTION_KEY (keep the old one after
    it), restart, run this, then remove the old key. Plain-text rows from before
    encryption are encrypted too.
    """
    from sqlalchemy.ext.asyncio import create_async_engine

    from adapters.slack import PostgresInstallationStore, TokenCipher
    from bot.database import resolve_url

    settings.require("slack_client_id", "coachbot_encryption_key")
    url = sqlalchemy_url(resolve_url(settings.database_url, settings.coachbot_data_dir))
    engine = create_async_engine(url)
    try:
        store = PostgresInstallationStore(
            engine=engine,
            client_id=settings.slack_client_id or "",
            cipher=TokenCipher(_secret(settings.coachbot_encryption_key) or ""),
        )
        return await store.async_reencrypt_all()
    finally:
        await engine.dispose()
