"""Questions to the coach's own materials: `ask …`, free text with no step waiting, and
"what did you base that on?".

The router plans a question (`engine.routing`): the passages are found while planning
and travel in the turn's coach call; `answered` and `unanswered` are what the turn does
once the verdict is in.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence

from engine.commands.env import CommandEnv
from engine.judgement import Verdict
from engine.knowledge.answer import NO_MATERIAL
from engine.knowledge.grounded import (
    ASK_HOW,
    explain_sources,
    grounded_reply,
    looks_like_question,
)
from engine.llm.types import KnowledgePassage
from engine.messages import Reply
from engine.store import conversations
from engine.turn_state import Turn

Run = Callable[[Turn, Verdict | None], Awaitable[None]]


async def ask(env: CommandEnv, turn: Turn, arg: str) -> None:
    """`ask` with nothing after it (a question is routed as one, with its passages)."""
    turn.say(Reply(ASK_HOW))


async def sources(env: CommandEnv, turn: Turn, arg: str) -> None:
    turn.say(Reply(await explain_sources(turn.conn, turn.person.user_id)))


def unanswered(question: str, *, explicit: bool, message: str = NO_MATERIAL) -> Run:
    """No good source: say so (never invent) and count the question, by its text only."""

    async def run(turn: Turn, verdict: Verdict | None) -> None:
        turn.say(Reply(message))
        if explicit or looks_like_question(question):
            await conversations.count_unanswered(turn.conn, question, now=turn.now)

    return run


def answered(
    question: str,
    passages: Sequence[KnowledgePassage],
    *,
    explicit: bool,
    message: str = NO_MATERIAL,
) -> Run:
    """The coach's answer with its sources, recording the passages it used (`message`
    when none of them answers it)."""

    async def run(turn: Turn, verdict: Verdict | None) -> None:
        assert verdict is not None
        text, used = grounded_reply(verdict.result, passages)
        if used is None:
            await unanswered(question, explicit=explicit, message=message)(turn, verdict)
            return
        turn.say(Reply(text), prompt=verdict.prompt, usage=verdict.result.usage)
        turn.log.outgoing[-1].context_used = used  # recorded with the message

    return run
