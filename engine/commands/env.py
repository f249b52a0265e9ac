"""What command handlers share: the program catalog and the program flow."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from engine.flow import Flow
from engine.knowledge import Answerer, shared_answerer
from engine.messages import Choice, Reply
from engine.programs.catalog import ProgramCatalog
from engine.turn_state import Turn

log = logging.getLogger(__name__)

START_REF = "start"
NO_PROGRAM = "You're not in a program yet. Type `programs` to see what you can start."
# Nothing synced yet: say so, and name the real command that loads programs (bot/cli.py).
NO_PROGRAMS_INSTALLED = (
    "No coaching program is available yet, so there is nothing I can take you through."
    " An admin can load the built-in programs with `coachbot programs sync` (or their"
    " own with `coachbot programs sync PATH`). Meanwhile `help`, `export my data` and"
    " `delete my data` work as usual."
)

NO_MATERIAL_NOR_PROGRAMS = (
    "I don't have material on that: nothing in the knowledge base I was given covers this"
    f" question. {NO_PROGRAMS_INSTALLED}"
)


class MissingProgramsLog:
    """Logs once (per process, until programs appear) that no program is installed: every
    message would otherwise repeat it. Never logs what the person said."""

    def __init__(self) -> None:
        self._logged = False

    def seen(self, *, installed: bool) -> None:
        if installed:
            self._logged = False
        elif not self._logged:
            self._logged = True
            log.error("no coaching program is installed; run `coachbot programs sync`")


@dataclass(frozen=True, slots=True)
class CommandEnv:
    catalog: ProgramCatalog
    flow: Flow
    answerer: Answerer = field(default_factory=shared_answerer)  # `ask`: the knowledge base
    missing: MissingProgramsLog = field(default_factory=MissingProgramsLog, compare=False)

    async def programs_installed(self, turn: Turn) -> bool:
        """Whether any program can be started (logged once when none can)."""
        installed = bool(await self.catalog.available(turn.conn))
        self.missing.seen(installed=installed)
        return installed

    async def offer_programs(self, turn: Turn, intro: str) -> None:
        programs = await self.catalog.available(turn.conn)
        self.missing.seen(installed=bool(programs))
        if not programs:  # "type `programs`" would lead nowhere
            head = "You're not in a program yet." if intro == NO_PROGRAM else intro
            turn.say(Reply(f"{head}\n{NO_PROGRAMS_INSTALLED}"))
            return
        lines = "\n".join(f"• *{title}* (`{slug}`): {desc}" for slug, title, desc in programs)
        turn.say(
            Reply(
                f"{intro}\n{lines}\nWhich one would you like to start?",
                choices=tuple(Choice(title, slug) for slug, title, _ in programs),
                choice_ref=START_REF,
            )
        )


Handler = Callable[[CommandEnv, Turn, str], Awaitable[None]]
