"""The offline rules coach: a deterministic `Coach` that needs no network.

It is the default without an API key and the fallback when the LLM is down, so
its replies aim to be warm, short and concrete. Wording varies by a hash of the
step key, the attempt number and the situation, never by chance, so the same
request always gets the same reply.

Decisions worth knowing (keyword matching itself is described in `engine.llm.offline._words`):

* Questions: an item without keywords counts as covered by any real answer. An
  answer of fewer than three words or an evasive one ("idk", "not sure") covers
  nothing. The scenario with the most keyword hits wins (ties: the earlier one),
  else one keyed "default" or "other"; its response is used once the answer is
  complete or we move on, with `{answer}` and known profile fields filled in.
* SMART goals: parts found earlier (`smart_so_far`) are kept; new parts are added.
* Extraction: patterns first, then enum choices by their words, synonyms and the
  glosses the field description gives them ("junior (0-2 years)"); a bare 1-4
  word answer fills the only missing free-text field (confidence 0.6). Greetings,
  questions about the bot and declines ("skip") fill nothing; the `extract` step
  takes a bare answer to the field it asked and passes declined fields itself.
* Brevity: when the person's preferences ask for short or direct replies, the
  reply loses its pleasantries and keeps one statement and its question.
* Conversations and `ask`: grounded in the request's passages (see `_grounded`).
* Reflections, check-ins and the rest only need a kind, short acknowledgement.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from engine.llm.offline._ack import acknowledge
from engine.llm.offline._extract import extract
from engine.llm.offline._grounded import ask_answer, conversation_turn
from engine.llm.offline._question import question
from engine.llm.offline._reflect import reflection
from engine.llm.offline._smart import smart_goal
from engine.llm.offline._style import shorten, wants_short
from engine.llm.types import CoachRequest, CoachResult, StepKind

__all__ = ["OfflineCoach", "OfflineJudge", "register_offline_judge"]

_MAX_ANSWER = 5000


class OfflineCoach:
    """A rules-based coach: keyword checks, SMART heuristics and regex extraction."""

    name: str = "offline"

    async def evaluate(self, request: CoachRequest) -> CoachResult:
        """Judge `request.answer` for its step kind and write a short reply."""
        handler = _HANDLERS.get(request.kind, acknowledge)
        if len(request.answer) > _MAX_ANSWER:
            # Rules run in linear-ish time, but a pasted novel needn't be read in full.
            request = replace(request, answer=request.answer[:_MAX_ANSWER])
        result = handler(request)
        if request.kind != StepKind.EXTRACT and wants_short(request.preferences):
            result = replace(result, reply=shorten(result.reply))
        return result


OfflineJudge = Callable[[CoachRequest], CoachResult]

_HANDLERS: dict[str, OfflineJudge] = {
    StepKind.QUESTION: question,
    StepKind.SMART_GOAL: smart_goal,
    StepKind.EXTRACT: extract,
    StepKind.REFLECTION: reflection,
    StepKind.CONVERSATION: conversation_turn,
    StepKind.ASK: ask_answer,
}


def register_offline_judge(kind: str, judge: OfflineJudge) -> None:
    """`judge` answers requests of `kind` offline (without one: a short acknowledgement)."""
    known = _HANDLERS.get(kind)
    if known is not None and known is not judge:
        raise ValueError(f"step kind {kind!r} already has an offline judge")
    _HANDLERS[kind] = judge


def unregister_offline_judge(kind: str) -> None:
    if kind not in {k.value for k in StepKind}:  # the built-in judges stay
        _HANDLERS.pop(kind, None)
