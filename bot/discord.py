"""The Discord process: the gateway client wired to the engine."""

from __future__ import annotations

from adapters.discord.client import CoachbotClient, make_client
from adapters.discord.gateway import DiscordChatGateway
from adapters.discord.run import run_discord
from bot.bootstrap import Application, bootstrap
from bot.settings import Settings
from engine.store.reachability import PgReachability


def discord_token(settings: Settings) -> str:
    settings.require("discord_token")
    assert settings.discord_token is not None
    return settings.discord_token.get_secret_value()


def build_client(app: Application) -> tuple[CoachbotClient, DiscordChatGateway]:
    """The client and the nudge gateway that sends through it."""
    reachability = PgReachability(app.db)
    client = make_client(
        handler=app.coachbot,
        reachability=reachability,
        guild_id=app.settings.discord_guild_id,
        api_url=app.settings.discord_api_url,
        shards=app.settings.discord_shard_count(),
    )
    return client, DiscordChatGateway(client=client, reachability=reachability)


async def run(settings: Settings) -> None:
    token = discord_token(settings)
    app = await bootstrap(settings)
    try:
        await run_discord(
            token=token,
            handler=app.coachbot,
            reachability=PgReachability(app.db),
            guild_id=settings.discord_guild_id,
            api_url=settings.discord_api_url,
            shards=settings.discord_shard_count(),
        )
    finally:
        await app.close()
