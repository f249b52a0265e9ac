"""Slack adapter: slack-bolt app (HTTP and Socket Mode), Block Kit rendering, OAuth stores."""

from __future__ import annotations

from typing import TYPE_CHECKING

from adapters._lazy import lazy_exports

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
    from adapters.slack.gateway import (
        InstalledTokens,
        SingleToken,
        SlackGateway,
    )
    from adapters.slack.inbound import parse_action
    from adapters.slack.installation_store import (
        PostgresInstallationStore,
        PostgresOAuthStateStore,
    )
    from adapters.slack.render import home_view, render_messages
    from adapters.slack.token_cipher import TokenCipher

__getattr__ = lazy_exports(
    __name__,
    {
        "adapters.slack._metrics": ("SlackMetrics",),
        "adapters.slack.app": (
            "BOT_SCOPES",
            "SlackBot",
            "build_asgi_app",
            "build_slack_app",
            "build_slack_gateway",
            "run_socket_mode",
            "web_client",
        ),
        "adapters.slack.channel": ("SlackChannel",),
        "adapters.slack.gateway": (
            "InstalledTokens",
            "SingleToken",
            "SlackGateway",
        ),
        "adapters.slack.inbound": ("parse_action",),
        "adapters.slack.installation_store": (
            "PostgresInstallationStore",
            "PostgresOAuthStateStore",
        ),
        "adapters.slack.render": (
            "home_view",
            "render_messages",
        ),
        "adapters.slack.token_cipher": ("TokenCipher",),
    },
)

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
