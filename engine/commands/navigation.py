"""`go back`: the steps run forwards, so going back is answered honestly, not as an answer."""

from __future__ import annotations

from engine.commands.env import CommandEnv
from engine.messages import Reply
from engine.turn_state import Turn

NO_GOING_BACK = (
    "I can't go back to an earlier question: the steps run forwards, and your earlier answers"
    " stay as you gave them. `restart` begins the program again (I'll ask first)."
)


async def go_back(env: CommandEnv, turn: Turn, arg: str) -> None:
    """Say why not, then ask the current step again (no attempt is spent)."""
    turn.say(Reply(NO_GOING_BACK))
    await env.flow.present_current(turn)
