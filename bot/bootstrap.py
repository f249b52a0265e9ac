"""The composition root: builds the object graph from settings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC

from bot.database import resolve_url, use_pooler_safe_sqlalchemy
from bot.extras import llm_reason, require_extra
from bot.settings import Settings, SettingsError
from engine.llm.budget import CallBudget
from engine.llm.errors import LLMCheckFailed
from engine.llm.guard import GuardedCoach
from engine.llm.offline import OfflineCoach
from engine.ports import Clock, Coach, SystemClock
from engine.store.database import Database
from engine.store.llm_spend import llm_spend_since
from engine.turn import Coachbot


def _secret(settings: Settings, name: str) -> str:
    settings.require(name)
    value = getattr(settings, name)
    return str(value.get_secret_value())


def make_remote_coach(settings: Settings) -> Coach | None:
    """The configured LLM coach (unguarded), or None for the offline provider.

    Raises:
        SettingsError: the provider's key is missing.
    """
    provider = settings.llm_provider
    if provider == "offline":
        return None
    if provider == "anthropic":
        require_extra("anthropic", llm_reason(settings))
        from engine.llm.anthropic import DEFAULT_MODEL, AnthropicCoach

        return AnthropicCoach(
            api_key=_secret(settings, "anthropic_api_key"),
            model=settings.coachbot_model or DEFAULT_MODEL,
            base_url=settings.anthropic_base_url,
            timeout=settings.llm_timeout_seconds,
        )
    require_extra("openai", llm_reason(settings))
    from engine.llm.openai import DEFAULT_MODELS, GEMINI_URL, OpenAICoach

    if provider == "gemini":
        return OpenAICoach(
            api_key=_secret(settings, "gemini_api_key"),
            model=settings.coachbot_model or DEFAULT_MODELS["gemini"],
            base_url=settings.gemini_base_url or GEMINI_URL,
            provider="gemini",
            mode=settings.coachbot_openai_mode,
            timeout=settings.llm_timeout_seconds,
        )
    if settings.openai_api_key is None and not settings.openai_base_url:
        raise SettingsError("setting OPENAI_API_KEY is required for COACHBOT_LLM_PROVIDER=openai")
    if settings.openai_base_url and not settings.coachbot_model:
        raise SettingsError("setting COACHBOT_MODEL is required with OPENAI_BASE_URL")
    key = settings.openai_api_key
    return OpenAICoach(
        # Local servers (Ollama, llama.cpp, vLLM) take any key; the SDK insists on one.
        api_key=key.get_secret_value() if key is not None else "local",
        model=settings.coachbot_model or DEFAULT_MODELS["openai"],
        base_url=settings.openai_base_url,
        mode=settings.coachbot_openai_mode,
        timeout=settings.llm_timeout_seconds,
    )


async def check_coach(coach: Coach) -> None:
    """Run the coach's start-up check, if it has one.

    Raises:
        SettingsError: the check failed; the message is one line (exit code 2).
    """
    check = getattr(coach, "check", None)
    if check is None:
        return
    try:
        await check()
    except LLMCheckFailed as exc:
        raise SettingsError(f"LLM check failed: {exc}") from None


def make_coach(settings: Settings) -> Coach:
    """The configured coach behind the breaker and budget; the offline coach without one."""
    remote = make_remote_coach(settings)
    if remote is None:
        return OfflineCoach()
    return GuardedCoach(remote, daily_budget_usd=settings.coachbot_llm_daily_budget_usd)


def llm_health_of(coach: Coach) -> Callable[[], str]:
    """`health()` of a guarded coach; "offline" for the offline coach."""
    if isinstance(coach, GuardedCoach):
        return coach.health
    return lambda: "ok" if coach.name != "offline" else "offline"


@dataclass
class Application:
    settings: Settings
    db: Database
    coachbot: Coachbot
    clock: Clock
    coach: Coach = field(default_factory=OfflineCoach)

    @property
    def llm_health(self) -> Callable[[], str]:
        """ "ok", "degraded" (breaker open or budget spent) or "offline"."""
        return llm_health_of(self.coach)

    async def close(self) -> None:
        close = getattr(self.coach, "aclose", None)
        if close is not None:
            await close()
        await self.db.close()


async def bootstrap(
    settings: Settings, *, clock: Clock | None = None, coach: Coach | None = None
) -> Application:
    """Build the application; with a configured LLM, check it first (fail loudly).

    Raises:
        SettingsError: a missing key, or the LLM start-up check failed (one line).
    """
    if coach is None:
        coach = make_coach(settings)
        if settings.coachbot_llm_check_at_start:
            await check_coach(coach)
    url = resolve_url(settings.database_url, settings.coachbot_data_dir)
    use_pooler_safe_sqlalchemy(settings.db_pgbouncer)
    db = Database(url, max_size=settings.db_pool_size, pgbouncer=settings.db_pgbouncer)
    await db.open()
    clock = clock or SystemClock()
    if isinstance(coach, GuardedCoach) and coach.daily_budget_usd is not None:
        midnight = clock.now().astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
        async with db.transaction() as conn:
            coach.seed_spent(await llm_spend_since(conn, since=midnight))
    coachbot = Coachbot(
        db=db,
        coach=coach,
        offline=OfflineCoach(),
        clock=clock,
        crisis_resources=settings.crisis_resources,
        llm_budget=CallBudget(
            settings.llm_calls_per_person_hour or None, settings.llm_calls_per_person_day or None
        ),
    )
    return Application(settings=settings, db=db, coachbot=coachbot, clock=clock, coach=coach)
