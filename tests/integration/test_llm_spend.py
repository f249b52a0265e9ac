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


class ExactCoach:
    """Bills a price with all the digits the column keeps, and every token figure."""

    name = "exact"

    async def evaluate(self, request: CoachRequest) -> CoachResult:
        result = await OfflineCoach().evaluate(request)
        usage = Usage(
            "model-x",
            input_tokens=11,
            output_tokens=22,
            cache_read_tokens=33,
            cache_write_tokens=44,
            latency_ms=55,
            cost_usd=Decimal("1234.567891"),
            provider="anthropic",
        )
        return replace(result, usage=usage)


async def test_a_replys_llm_figures_are_stored_exactly_in_reply_order(pg_url: str) -> None:
    h = await make_harness(pg_url, coach=ExactCoach())
    try:
        session = h.person()
        await session.send("start career-6-weeks")
        await session.send("continue")
        replies = await session.send("I'm a nurse; the night shifts wear me down.")
        rows = await h.rows(
            "SELECT text, llm_model, llm_provider, input_tokens, output_tokens,"
            " cache_read_tokens, cache_write_tokens, latency_ms, cost_usd"
            " FROM messages WHERE direction = 'out' ORDER BY id"
        )
        priced = [r for r in rows if r["llm_model"] == "model-x"]
        assert priced, rows
        for row in priced:
            assert row["cost_usd"] == Decimal("1234.567891")
            assert row["llm_provider"] == "anthropic"
            figures = [row[k] for k in ("input_tokens", "output_tokens", "cache_read_tokens")]
            assert figures == [11, 22, 33] and row["cache_write_tokens"] == 44
            assert row["latency_ms"] == 55
        assert [r["text"] for r in rows[-len(replies) :]] == [r.text for r in replies]
    finally:
        await h.db.close()
