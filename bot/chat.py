"""`coachbot chat`: the console REPL with a virtual clock."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import re
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from rich.console import Console

from adapters.console import ConsoleSession, display, render
from bot.bootstrap import Application, bootstrap
from bot.console_clock import ConsoleClocks
from bot.console_nudges import console_advance
from bot.settings import Settings
from engine.clock import VirtualClock
from engine.messages import Reply

_DURATION = re.compile(r"^(\d+)\s*([wdhm])$")
UNITS = {"w": "weeks", "d": "days", "h": "hours", "m": "minutes"}

CONSOLE_HELP = """Console commands: /advance 3d (or 2w, 6h, 30m) moves your virtual clock forward
and delivers the reminders that fall due on the way, /time shows it, /quit leaves. Your
clock is kept for next time. Anything else goes to the coach; `help` lists its commands."""


def log_to_file(data_dir: Path) -> Path:
    """Send the log records to `data_dir`/chat.log instead of the terminal, so they are
    not interleaved with the conversation; returns the file's path."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / "chat.log"
    root = logging.getLogger()
    handler = logging.FileHandler(path, encoding="utf-8")
    for old in list(root.handlers):
        if isinstance(old, logging.StreamHandler) and not isinstance(old, logging.FileHandler):
            handler.setFormatter(old.formatter)
            root.removeHandler(old)
    root.addHandler(handler)
    return path


def parse_duration(text: str) -> timedelta | None:
    match = _DURATION.match(text.strip().lower())
    if not match:
        return None
    return timedelta(**{UNITS[match.group(2)]: int(match.group(1))})


async def _clock_command(
    line: str,
    console: Console,
    app: Application,
    session: ConsoleSession,
    clock: VirtualClock,
    save: Callable[[], None],
) -> None:
    """`/time`, or `/advance 3d`: move this person's virtual clock, delivering what fell due."""
    if line == "/time":
        console.print(f"virtual time: {clock.now():%Y-%m-%d %H:%M} UTC", style="dim")
        return
    delta = parse_duration(line.removeprefix("/advance"))
    if delta is None:
        console.print("usage: /advance 2w | 3d | 6h | 30m", style="red")
        return
    for text in await console_advance(app, session, clock, delta):
        console.print(display(text), markup=False, highlight=False)
    save()
    console.print(f"⏩ virtual time: {clock.now():%Y-%m-%d %H:%M} UTC", style="dim")


async def open_chat(session: ConsoleSession, program: str | None) -> list[Reply]:
    """What the console shows on opening: where the person is, or `program` started.

    Opening the chat is not the person's activity (it ends no silence, resets no
    re-engagement); only what they then type is. A program they finished is not started
    again without asking.
    """
    return await session.send(f"start {program}" if program else "next", opened=True)


async def run_chat(settings: Settings, *, program: str | None, user: str) -> None:
    with contextlib.suppress(ImportError):
        import readline  # noqa: F401  (line editing and history for input())
    console = Console()
    data_dir = settings.coachbot_data_dir
    log_path = log_to_file(data_dir)
    clocks = ConsoleClocks(data_dir, settings.database_url or f"embedded:{data_dir}")
    clock = clocks.clock_for(user)
    app = await bootstrap(settings, clock=clock)
    session = ConsoleSession(app.coachbot, clock, user=user, display_name=user)
    coach = app.coachbot.judge.coach.name
    console.print(f"[bold]Coachbot[/] — console chat as [cyan]{user}[/] with the {coach} coach.")
    console.print(CONSOLE_HELP, style="dim")
    console.print(f"(logs go to {log_path})", style="dim", markup=False, highlight=False)
    if clock.offset:
        console.print(f"virtual time: {clock.now():%Y-%m-%d %H:%M} UTC (kept from last time)")

    async def show(text: str) -> None:
        replies = await session.send(text)
        if replies:
            console.print(display(render(replies)), markup=False, highlight=False)

    try:
        if replies := await open_chat(session, program):
            console.print(display(render(replies)), markup=False, highlight=False)
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
            if line == "/time" or line.startswith("/advance"):
                save = functools.partial(clocks.save, user, clock)
                await _clock_command(line, console, app, session, clock, save)
                continue
            await show(line)
    finally:
        clocks.save(user, clock)
        await app.close()
