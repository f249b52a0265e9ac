"""The channel registry: every chat platform this product speaks, in one list.

Adding a platform is one adapter package with a `channel` module (the
`adapters.channel.Channel` contract) and one line here; the worker, the nudge
gateways and `coachbot nudges tick` all derive from this list.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence

from adapters.channel import Channel, ChannelDeps
from adapters.discord.channel import DiscordChannel
from adapters.slack.channel import SlackChannel
from bot.bootstrap import Application
from bot.database import sqlalchemy_url
from bot.extras import require_extra, slack_reason
from bot.settings import Settings, SettingsError
from engine.messages import Platform
from engine.ports import ChatGateway
from engine.store.reachability import PgReachability
from engine.store.reply_outbox import PgReplyOutbox

CHANNELS: tuple[type[Channel[Settings]], ...] = (SlackChannel, DiscordChannel)


def channel_deps(app: Application) -> ChannelDeps:
    """What every channel gets from the application: the engine and its stores."""
    return ChannelDeps(
        handler=app.coachbot,
        reachability=PgReachability(app.db),
        outbox=PgReplyOutbox(app.db),
        database_url=sqlalchemy_url(app.db.url),
    )


def build_channels(
    app: Application, stack: contextlib.AsyncExitStack, *, serving: bool
) -> list[Channel[Settings]]:
    """Each configured channel, built; `stack` closes each one (`aclose`) on the way out.

    Raises:
        SettingsError: a channel's settings are incomplete (one line naming the setting).
    """
    deps = channel_deps(app)
    built: list[Channel[Settings]] = []
    for kind in CHANNELS:
        if not kind.configured(app.settings, serving=serving):
            continue
        require_extra(kind.platform.value, _reason(app.settings, kind.platform))
        try:
            channel = kind.build(app.settings, deps, serving=serving)
        except ValueError as exc:
            raise SettingsError(str(exc)) from None
        stack.push_async_callback(channel.aclose)
        built.append(channel)
    return built


def _reason(settings: Settings, platform: Platform) -> str:
    if platform is Platform.SLACK:
        return slack_reason(settings)
    return "DISCORD_TOKEN is set"


def gateways_of(channels: Sequence[Channel[Settings]]) -> dict[Platform, ChatGateway]:
    """The nudge dispatcher's view: one `ChatGateway` per platform."""
    return {channel.platform: channel.gateway for channel in channels}
