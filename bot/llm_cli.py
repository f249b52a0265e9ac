"""`coachbot llm check`: is the configured LLM reachable, the key good, the model known?

The same check runs at process start (`bootstrap`), so a bad key or a misspelt model
stops the bot with one line and exit code 2 instead of silently coaching offline.
"""

from __future__ import annotations

import asyncio

import typer

from bot.bootstrap import check_coach, make_coach
from bot.settings import load_settings

llm_app = typer.Typer(help="The LLM provider: check the configuration.", no_args_is_help=True)


@llm_app.command("check")
def llm_check() -> None:
    """Ask the configured provider's API about the model: exit 2 on a bad key or model."""
    settings = load_settings()
    coach = make_coach(settings)

    async def run() -> None:
        try:
            await check_coach(coach)
        finally:
            close = getattr(coach, "aclose", None)
            if close is not None:
                await close()

    asyncio.run(run())
    model = getattr(coach, "model", "") or "rules"
    typer.echo(f"llm: {settings.llm_provider} {model} ok")
