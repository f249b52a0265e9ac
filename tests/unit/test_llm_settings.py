"""Which LLM provider the settings choose, and the coach the composition root builds."""

from __future__ import annotations

from typing import Any

import pytest

from bot.bootstrap import make_coach, make_remote_coach
from bot.settings import Settings, SettingsError
from engine.llm.anthropic import AnthropicCoach
from engine.llm.guard import GuardedCoach
from engine.llm.offline import OfflineCoach
from engine.llm.openai import GEMINI_URL, OpenAICoach
from tests.harness import LLM_SETTING_NAMES


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in LLM_SETTING_NAMES:
        monkeypatch.delenv(name, raising=False)


def settings(**kw: Any) -> Settings:
    return Settings(_env_file=None, **kw)  # type: ignore[call-arg]


@pytest.mark.parametrize(
    ("given", "provider"),
    [
        ({}, "offline"),
        ({"anthropic_api_key": "a", "openai_api_key": "o"}, "anthropic"),
        ({"openai_api_key": "o"}, "openai"),
        ({"openai_base_url": "http://localhost:11434/v1"}, "openai"),
        ({"anthropic_api_key": "a", "coachbot_llm_provider": "gemini"}, "gemini"),
    ],
)
def test_the_provider_defaults_from_the_keys_that_are_set(
    given: dict[str, str], provider: str
) -> None:
    assert settings(**given).llm_provider == provider


async def test_each_provider_builds_its_coach_behind_the_breaker() -> None:
    assert isinstance(make_coach(settings()), OfflineCoach)
    claude = make_coach(settings(anthropic_api_key="a"))
    assert isinstance(claude, GuardedCoach) and isinstance(claude.inner, AnthropicCoach)
    assert claude.model == "claude-sonnet-5-5"
    gemini = make_remote_coach(settings(coachbot_llm_provider="gemini", gemini_api_key="g"))
    assert isinstance(gemini, OpenAICoach) and gemini.name == "gemini"
    assert gemini.model == "gemini-3.8-flash"
    assert str(gemini._client.base_url) == GEMINI_URL
    local = make_remote_coach(
        settings(openai_base_url="http://localhost:11434/v1", coachbot_model="llama3.2")
    )
    assert isinstance(local, OpenAICoach) and local.model == "llama3.2"
    for coach in (claude, gemini, local):
        await coach.aclose()  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ({"coachbot_llm_provider": "gemini"}, "GEMINI_API_KEY"),
        ({"coachbot_llm_provider": "openai"}, "OPENAI_API_KEY"),
        ({"openai_base_url": "http://localhost:8080/v1"}, "COACHBOT_MODEL"),
    ],
)
def test_a_provider_without_its_key_or_model_is_a_settings_error(
    given: dict[str, str], message: str
) -> None:
    with pytest.raises(SettingsError, match=message):
        make_coach(settings(**given))
