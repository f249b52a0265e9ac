"""The daily LLM budget survives a restart: today's spend is read back from the replies."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from bot.bootstrap import bootstrap
from bot.settings import Settings
from engine.llm.guard import GuardedCoach
from engine.llm.offline import OfflineCoach
from engine.llm.types import CoachRequest, CoachResult, Usage
from tests.harness import make_harness


class PricedCoach:
    """Answers like the offline coach and bills 40 cents a call, as a remote coach would."""

    name = "priced"

    async def evaluate(self, request: CoachRequest) -> CoachResult:
        result = await OfflineCoach().evaluate(request)
        usage = Usage("claude-sonnet-5-5", 10, 10, cost_usd=Decimal("0.4"), provider="anthropic")
        return replace(result, usage=usage)


async def test_a_restarted_process_starts_the_day_with_what_was_already_spent(
    pg_url: str,
) -> None:
    h = await make_harness(pg_url, coach=PricedCoach())
    session = h.person()
    await session.send("start career-6-weeks")
    await session.send("continue")
    await session.send("I'm a nurse; the night shifts wear me down but my team is great.")
    await h.db.close()

    coach = GuardedCoach(PricedCoach(), daily_budget_usd=Decimal(1))
    settings = Settings(_env_file=None, database_url=pg_url)  # type: ignore[call-arg]
    app = await bootstrap(settings, clock=h.clock, coach=coach)
    try:
        assert coach.spent_today_usd == Decimal("0.4")
        assert app.llm_health() == "ok"
    finally:
        await app.close()
