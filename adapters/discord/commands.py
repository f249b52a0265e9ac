"""The `/coach` slash command group; each subcommand is plain text for the engine."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import discord
from discord import app_commands

CommandSink = Callable[[discord.Interaction, str], Awaitable[None]]

# subcommand name → (description, engine text)
_SIMPLE: dict[str, tuple[str, str]] = {
    "status": ("Show your progress card", "status"),
    "checkin": ("Check in: mood and progress on your goal", "check in"),
    "pause": ("Pause your program (no reminders)", "pause"),
    "resume": ("Resume a paused program", "resume"),
    "stop-reminders": ("Stop all reminders", "stop reminders"),
    "export": ("Get a copy of everything stored about you", "export my data"),
    "delete-data": ("Delete everything stored about you", "delete my data"),
    "help": ("What I can do, and the programs you can start", "help"),
}


def coach_group(sink: CommandSink) -> app_commands.Group:
    """Build `/coach …`; usable in servers and in DMs with the bot."""
    group = app_commands.Group(
        name="coach",
        description="Your coaching program",
        allowed_contexts=app_commands.AppCommandContext(guild=True, dm_channel=True),
        allowed_installs=app_commands.AppInstallationType(guild=True, user=False),
    )

    @group.command(name="start", description="Start a coaching program")
    @app_commands.describe(program="Program id, e.g. career-6-weeks (leave empty to see the list)")
    async def start(interaction: discord.Interaction, program: str | None = None) -> None:
        await sink(interaction, f"start {program.strip()}" if program else "start")

    @group.command(name="timezone", description="Set your time zone for reminders")
    @app_commands.describe(tz="IANA time zone, e.g. Europe/Berlin")
    async def timezone(interaction: discord.Interaction, tz: str) -> None:
        await sink(interaction, f"timezone {tz.strip()}")

    for name, (description, text) in _SIMPLE.items():
        group.add_command(_simple_command(name, description, text, sink))
    return group


def _simple_command(
    name: str, description: str, text: str, sink: CommandSink
) -> app_commands.Command[app_commands.Group, ..., None]:
    async def callback(interaction: discord.Interaction) -> None:
        await sink(interaction, text)

    return app_commands.Command(name=name, description=description, callback=callback)
