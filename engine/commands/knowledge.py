"""Questions to the coach's own materials: `ask …` and "what did you base that on?"."""

from __future__ import annotations

from engine.commands.env import CommandEnv
from engine.knowledge.grounded import answer_question, explain_sources
from engine.messages import Reply
from engine.turn_state import Turn


async def ask(env: CommandEnv, turn: Turn, arg: str) -> None:
    text, used = await answer_question(turn.conn, env.answerer, arg)
    turn.say(Reply(text))
    turn.log.outgoing[-1].context_used = used  # recorded with the message


async def sources(env: CommandEnv, turn: Turn, arg: str) -> None:
    turn.say(Reply(await explain_sources(turn.conn, turn.person.user_id)))
