"""`coachbot people export`: one person's export JSON, as `export my data` gives it.

For operators answering a data request, and for checking what the bot keeps about a
console test person. The person is named by platform identity; nothing is created.
"""

from __future__ import annotations

import asyncio
import sys
from typing import Annotated

import typer

from bot.database import resolve_url
from bot.settings import load_settings
from engine.messages import Platform, PlatformIdentity
from engine.store import privacy
from engine.store.database import Database
from engine.store.identities import user_id_of, user_id_on_platform

people_app = typer.Typer(help="People: export what is stored about one person.")

CONSOLE_WORKSPACE = "local"  # adapters.console.ConsoleSession's workspace


async def _export(identity: PlatformIdentity) -> str | None:
    s = load_settings()
    url = resolve_url(s.database_url, s.coachbot_data_dir)
    async with Database(url, max_size=1) as db, db.transaction() as conn:
        if identity.workspace_id:
            user_id = await user_id_of(conn, identity)
        else:
            user_id = await user_id_on_platform(conn, identity.platform.value, identity.user_id)
        if user_id is None:
            return None
        return privacy.export_json(await privacy.export_data(conn, user_id))


@people_app.command("export")
def export(
    user: Annotated[str, typer.Option("--user", help="the platform user id (console: the name)")],
    platform: Annotated[str, typer.Option("--platform", help="console, slack or discord")] = (
        "console"
    ),
    workspace: Annotated[
        str | None, typer.Option("--workspace", help="Slack team / Discord guild id")
    ] = None,
) -> None:
    """Print the person's export JSON on stdout (exit 1 when nobody has that identity)."""
    try:
        kind = Platform(platform)
    except ValueError:
        typer.echo(f"unknown platform {platform!r}: use console, slack or discord", err=True)
        raise typer.Exit(2) from None
    space = workspace or (CONSOLE_WORKSPACE if kind is Platform.CONSOLE else "")
    exported = asyncio.run(_export(PlatformIdentity(kind, space, user)))
    if exported is None:
        typer.echo(f"nobody is known as {user!r} on {platform}", err=True)
        raise typer.Exit(1)
    sys.stdout.write(exported + "\n")
