"""What command handlers share: the program catalog and the program flow."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from engine.flow import Flow
from engine.knowledge import Answerer, shared_answerer
from engine.messages import Choice, Reply
from engine.programs.catalog import ProgramCatalog
from engine.turn_state import Turn

START_REF = "start"
NO_PROGRAM = "You're not in a program yet. Type `programs` to see what you can start."


@dataclass(frozen=True, slots=True)
class CommandEnv:
    catalog: ProgramCatalog
    flow: Flow
    answerer: Answerer = field(default_factory=shared_answerer)  # `ask`: the knowledge base

    async def offer_programs(self, turn: Turn, intro: str) -> None:
        programs = await self.catalog.available(turn.conn)
        if not programs:
            turn.say(Reply(f"{intro}\nNo programs are installed yet — ask your admin."))
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
