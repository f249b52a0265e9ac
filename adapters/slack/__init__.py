"""Slack adapter: slack-bolt app (HTTP and Socket Mode), Block Kit rendering, OAuth stores."""

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
from adapters.slack.gateway import InstalledTokens, SingleToken, SlackGateway
from adapters.slack.inbound import parse_action
from adapters.slack.installation_store import PostgresInstallationStore, PostgresOAuthStateStore
from adapters.slack.render import home_view, render_messages
from adapters.slack.token_cipher import TokenCipher

__all__ = [
    "BOT_SCOPES",
    "InstalledTokens",
    "PostgresInstallationStore",
    "PostgresOAuthStateStore",
    "SingleToken",
    "SlackBot",
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
