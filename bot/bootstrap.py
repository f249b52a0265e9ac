"""The composition root: builds the object graph from settings."""

from __future__ import annotations

from dataclasses import dataclass

from bot.database import resolve_url, use_pooler_safe_sqlalchemy
from bot.settings import Settings
from engine.llm.offline_coach import OfflineCoach
from engine.ports import Clock, Coach, SystemClock
from engine.service import Coachbot
from engine.store.database import Database


def make_coach(settings: Settings) -> Coach:
    """Anthropic when `ANTHROPIC_API_KEY` is set, the offline rules coach otherwise."""
    if settings.anthropic_api_key is None:
        return OfflineCoach()
    from engine.llm.anthropic_coach import AnthropicCoach

    return AnthropicCoach(
        api_key=settings.anthropic_api_key.get_secret_value(),
        model=settings.coachbot_model,
        base_url=settings.anthropic_base_url,
        timeout=settings.llm_timeout_seconds,
    )


@dataclass
class Application:
    settings: Settings
    db: Database
    coachbot: Coachbot
    clock: Clock

    async def close(self) -> None:
        await self.db.close()


async def bootstrap(
    settings: Settings, *, clock: Clock | None = None, coach: Coach | None = None
) -> Application:
    url = resolve_url(settings.database_url, settings.coachbot_data_dir)
    use_pooler_safe_sqlalchemy(settings.db_pgbouncer)
    db = Database(url, max_size=settings.db_pool_size, pgbouncer=settings.db_pgbouncer)
    await db.open()
    clock = clock or SystemClock()
    coachbot = Coachbot(
        db=db,
        coach=coach or make_coach(settings),
        offline=OfflineCoach(),
        clock=clock,
        crisis_resources=settings.crisis_resources,
    )
    return Application(settings=settings, db=db, coachbot=coachbot, clock=clock)
