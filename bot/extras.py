"""Optional extras: what each channel, LLM provider or the embedded server needs installed.

`pip install coachbot` gives the engine, the web process and the CLI; each platform's
client library comes with its extra (`coachbot[slack]`, `[discord]`, `[anthropic]`,
`[openai]`, `[embedded]`; `[all]` is every one of them). Where a configured feature is
built, `require_extra` turns a missing library into one clear line instead of a traceback.
"""

from __future__ import annotations

import importlib

from bot.settings import Settings, SettingsError

# The top-level modules each extra installs (pyproject.toml's optional-dependencies).
EXTRAS: dict[str, tuple[str, ...]] = {
    "slack": ("slack_bolt", "slack_sdk", "aiohttp"),
    "discord": ("discord", "aiohttp"),
    "anthropic": ("anthropic",),
    "openai": ("openai",),
    "embedded": ("pgserver",),
}


class MissingExtra(SettingsError):
    """A configured feature whose optional dependencies are not installed."""


def missing_modules(extra: str) -> list[str]:
    """The modules of EXTRA that cannot be imported here."""
    missing = []
    for module in EXTRAS[extra]:
        try:
            importlib.import_module(module)
        except ImportError:
            missing.append(module)
    return missing


def require_extra(extra: str, because: str) -> None:
    """Raise MissingExtra ("BECAUSE but the EXTRA extra is not installed: pip install …")
    when a module of EXTRA is missing; BECAUSE names the setting that asks for it."""
    if missing_modules(extra):
        raise MissingExtra(
            f"{because} but the {extra} extra is not installed: pip install 'coachbot[{extra}]'"
        )


def slack_reason(settings: Settings) -> str:
    """Which Slack setting asks for the Slack client (for `require_extra`)."""
    for name in ("slack_bot_token", "slack_client_id", "slack_app_token", "slack_signing_secret"):
        if getattr(settings, name) is not None:
            return f"{name.upper()} is set"
    return "a Slack command was run"


def llm_reason(settings: Settings) -> str:
    """Which setting chose the LLM provider (for `require_extra`)."""
    if settings.coachbot_llm_provider is not None:
        return f"COACHBOT_LLM_PROVIDER is {settings.coachbot_llm_provider}"
    if settings.anthropic_api_key is not None:
        return "ANTHROPIC_API_KEY is set"
    return (
        "OPENAI_API_KEY is set" if settings.openai_api_key is not None else "OPENAI_BASE_URL is set"
    )
