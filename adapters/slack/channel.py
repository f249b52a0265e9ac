"""Slack as a channel (`adapters.channel.Channel`): Socket Mode events in, Web API sends out.

Configured by a bot token (one workspace) or an OAuth client (many workspaces). A
serving process with `SLACK_APP_TOKEN` takes events over Socket Mode; without it
the web process takes them over HTTP (`bot/slack.py`) and `run` only waits, while
the gateway still delivers nudges and parked replies.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import TYPE_CHECKING, ClassVar, Protocol, Self

from adapters.channel import ChannelDeps, Secret
from engine.messages import Platform
from engine.ports import ChatGateway

if TYPE_CHECKING:
    from adapters.slack.app import SlackBot, TokenSettings
    from adapters.slack.gateway import SlackGateway


class SlackSettings(Protocol):
    """The settings Slack reads (`bot.settings.Settings` has them)."""

    @property
    def slack_bot_token(self) -> Secret | None: ...
    @property
    def slack_signing_secret(self) -> Secret | None: ...
    @property
    def slack_app_token(self) -> Secret | None: ...
    @property
    def slack_client_id(self) -> str | None: ...
    @property
    def slack_client_secret(self) -> Secret | None: ...
    @property
    def slack_api_url(self) -> str | None: ...
    @property
    def coachbot_encryption_key(self) -> Secret | None: ...


def _secret(value: Secret | None) -> str | None:
    return None if value is None else value.get_secret_value()


def oauth_mode(settings: SlackSettings) -> bool:
    """Many workspaces: tokens come from OAuth installations, not `SLACK_BOT_TOKEN`."""
    return bool(settings.slack_client_id and settings.slack_client_secret)


def sends(settings: SlackSettings) -> bool:
    """A bot token (single workspace) or an OAuth client (multi-workspace) is set."""
    return bool(settings.slack_bot_token or oauth_mode(settings))


def token_settings(settings: SlackSettings, deps: ChannelDeps) -> TokenSettings:
    """How the Slack app and the gateway find tokens: one token, or OAuth installations."""
    oauth = oauth_mode(settings)
    return {
        "token": None if oauth else _secret(settings.slack_bot_token),
        "client_id": settings.slack_client_id if oauth else None,
        "client_secret": _secret(settings.slack_client_secret) if oauth else None,
        "database_url": deps.database_url,
        "encryption_key": _secret(settings.coachbot_encryption_key),
        "api_url": settings.slack_api_url,
        "reachability": deps.reachability,
    }


def build_bot(settings: SlackSettings, deps: ChannelDeps) -> SlackBot:
    """The Bolt app (listeners wired to the engine), for HTTP or Socket Mode.

    Raises:
        ValueError: naming the missing setting.
    """
    from adapters.slack.app import build_slack_app

    return build_slack_app(
        handler=deps.handler,
        signing_secret=_secret(settings.slack_signing_secret),
        outbox=deps.outbox,
        **token_settings(settings, deps),
    )


def build_gateway(settings: SlackSettings, deps: ChannelDeps) -> SlackGateway:
    """The nudge sender, in the same token mode as the app.

    Raises:
        ValueError: naming the missing setting.
    """
    from adapters.slack.app import build_slack_gateway

    return build_slack_gateway(**token_settings(settings, deps))


class SlackChannel:
    """Slack's events (Socket Mode, when this process serves them) and its sender."""

    platform: ClassVar[Platform] = Platform.SLACK

    def __init__(
        self, gateway: SlackGateway, *, bot: SlackBot | None = None, app_token: str = ""
    ) -> None:
        self.bot = bot
        self._gateway = gateway
        self._app_token = app_token

    @classmethod
    def configured(cls, settings: SlackSettings, *, serving: bool = True) -> bool:
        return sends(settings) or (serving and settings.slack_app_token is not None)

    @classmethod
    def build(cls, settings: SlackSettings, deps: ChannelDeps, *, serving: bool = True) -> Self:
        app_token = _secret(settings.slack_app_token) if serving else None
        bot = build_bot(settings, deps) if app_token is not None else None
        return cls(build_gateway(settings, deps), bot=bot, app_token=app_token or "")

    async def run(self) -> None:
        """Socket Mode until cancelled; without an app token, only wait (HTTP serves)."""
        if self.bot is None:
            await asyncio.Event().wait()
            return
        from adapters.slack.app import run_socket_mode

        await run_socket_mode(self.bot, app_token=self._app_token)

    @property
    def gateway(self) -> ChatGateway:
        return self._gateway

    async def aclose(self) -> None:
        with contextlib.suppress(Exception):
            await self._gateway.aclose()
        if self.bot is not None:
            await self.bot.aclose()
