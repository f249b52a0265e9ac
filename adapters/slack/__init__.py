"""Slack adapter: slack-bolt app (HTTP and Socket Mode), Block Kit rendering, OAuth stores."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from adapters.slack._metrics import SlackMetrics
    from adapters.slack.app import (
        BOT_SCOPES,
        SlackBot,
        build_asgi_app,
        build_slack_app,
        build_slack_gateway,
        run_socket_mode,
        web_client,
    )
    from adapters.slack.channel import SlackChannel
    from adapters.slack.gateway import InstalledTokens, SingleToken, SlackGateway
    from adapters.slack.inbound import parse_action
    from adapters.slack.installation_store import PostgresInstallationStore, PostgresOAuthStateStore
    from adapters.slack.render import home_view, render_messages
    from adapters.slack.token_cipher import TokenCipher

# Imported on first use, so `adapters.X.channel` (the registration) loads no SDK.
_EXPORTS = {
    "SlackMetrics": "adapters.slack._metrics",
    "BOT_SCOPES": "adapters.slack.app",
    "SlackBot": "adapters.slack.app",
    "build_asgi_app": "adapters.slack.app",
    "build_slack_app": "adapters.slack.app",
    "build_slack_gateway": "adapters.slack.app",
    "run_socket_mode": "adapters.slack.app",
    "web_client": "adapters.slack.app",
    "SlackChannel": "adapters.slack.channel",
    "InstalledTokens": "adapters.slack.gateway",
    "SingleToken": "adapters.slack.gateway",
    "SlackGateway": "adapters.slack.gateway",
    "parse_action": "adapters.slack.inbound",
    "PostgresInstallationStore": "adapters.slack.installation_store",
    "PostgresOAuthStateStore": "adapters.slack.installation_store",
    "home_view": "adapters.slack.render",
    "render_messages": "adapters.slack.render",
    "TokenCipher": "adapters.slack.token_cipher",
}


def __getattr__(name: str) -> object:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


__all__ = [
    "BOT_SCOPES",
    "InstalledTokens",
    "PostgresInstallationStore",
    "PostgresOAuthStateStore",
    "SingleToken",
    "SlackBot",
    "SlackChannel",
    "SlackGateway",
    "SlackMetrics",
    "TokenCipher",
    "build_asgi_app",
    "build_slack_app",
    "build_slack_gateway",
    "home_view",
    "parse_action",
    "render_messages",
    "run_socket_mode",
    "web_client",
]
