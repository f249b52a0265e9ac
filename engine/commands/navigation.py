"""`go back`: the steps run forwards, so going back is answered honestly, not as an answer."""

from __future__ import annotations

from engine.commands.env import CommandEnv
from engine.messages import Reply
from engine.turn_state import Turn

NO_GOING_BACK = (
    "I can't go back to an earlier question, but nothing is lost: add what you'd change to"
    " your answer here and I'll keep it with this week's answers, or type `restart` to begin"
    " the program again."
)


async def go_back(env: CommandEnv, turn: Turn, arg: str) -> None:
    """Say why not, then ask the current step again (no attempt is spent)."""
    turn.say(Reply(NO_GOING_BACK))
    await env.flow.present_current(turn)
