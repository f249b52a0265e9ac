"""`coachbot chat`: the console REPL with a virtual clock."""

from __future__ import annotations

import asyncio
import contextlib
import re
from datetime import timedelta

from rich.console import Console

from adapters.console import ConsoleSession, render
from bot.bootstrap import bootstrap
from bot.settings import Settings
from engine.clock import VirtualClock

_DURATION = re.compile(r"^(\d+)\s*([dhm])$")
UNITS = {"d": "days", "h": "hours", "m": "minutes"}

CONSOLE_HELP = """Console commands: /advance 3d (or 6h, 30m) moves the clock forward,
/time shows it, /quit leaves. Anything else goes to the coach; `help` lists its commands."""


def parse_duration(text: str) -> timedelta | None:
    match = _DURATION.match(text.strip().lower())
    if not match:
        return None
    return timedelta(**{UNITS[match.group(2)]: int(match.group(1))})


async def run_chat(settings: Settings, *, program: str | None, user: str) -> None:
    with contextlib.suppress(ImportError):
        import readline  # noqa: F401  (line editing and history for input())
    console = Console()
    clock = VirtualClock()
    app = await bootstrap(settings, clock=clock)
    session = ConsoleSession(app.coachbot, clock, user=user, display_name=user)
    coach = app.coachbot.answers.consultant.coach.name
    console.print(f"[bold]Coachbot[/] — console chat as [cyan]{user}[/] with the {coach} coach.")
    console.print(CONSOLE_HELP, style="dim")

    async def show(text: str) -> None:
        replies = await session.send(text)
        if replies:
            console.print(render(replies), markup=False, highlight=False)

    try:
        if program:
            replies = await session.send(f"start {program}")  # or continue it
            console.print(render(replies), markup=False, highlight=False)
        else:
            await show("next")
        while True:
            try:
                line = await asyncio.to_thread(input, "you> ")
            except (EOFError, KeyboardInterrupt):
                console.print()
                break
            line = line.strip()
            if not line:
                continue
            if line in {"/quit", "/exit"}:
                break
            if line == "/time":
                console.print(f"virtual time: {clock.now():%Y-%m-%d %H:%M} UTC", style="dim")
                continue
            if line.startswith("/advance"):
                delta = parse_duration(line.removeprefix("/advance"))
                if delta is None:
                    console.print("usage: /advance 3d | 6h | 30m", style="red")
                    continue
                clock.advance(delta)
                console.print(f"⏩ virtual time: {clock.now():%Y-%m-%d %H:%M} UTC", style="dim")
                await deliver_due_nudges(app, session, console)
                continue
            await show(line)
    finally:
        await app.close()


async def deliver_due_nudges(app: object, session: ConsoleSession, console: Console) -> None:
    """Run the nudge planner and deliver what is due into this console (when available)."""
    try:
        from bot.nudges import console_tick
    except ImportError:
        return
    for text in await console_tick(app, session):
        console.print(text, markup=False, highlight=False)
