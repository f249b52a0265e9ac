"""The one question waiting for a yes or a no outside a step ("… Sure? (yes / no)").

`ask` keeps it on the person (`PendingQuestion`, saved with the turn) and appends an audit
row; the next message answers it, with no read of its own (it comes with the person). A
yes (`engine.yesno.is_yes`, in many languages, or the button) does what its kind says, a
no or a hesitation does its "no", and anything else is taken as a no, saying so
(`TAKEN_AS_NO`). A question past its window is never answered: the turn drops it. What
each kind does on a yes and a no is registered in `engine.commands` (`QUESTIONS`), next
to the commands that ask.
"""

from __future__ import annotations

from datetime import timedelta
from enum import Enum

from engine.messages import Choice, Reply
from engine.pending_question import Detail, PendingQuestion
from engine.store import confirmations
from engine.turn_state import Turn
from engine.yesno import is_no, is_yes

__all__ = [
    "CONFIRM_FOR",
    "CONFIRM_REF",
    "MOVED_ON",
    "NOTHING_CHANGED",
    "TAKEN_AS_NO",
    "Answer",
    "about_running",
    "ask",
    "button_fits",
    "classify",
    "is_yes",
    "pending",
    "take",
]

CONFIRM_FOR = timedelta(minutes=10)
CONFIRM_REF = "confirm"  # the buttons' ref: confirm.<kind>
NOTHING_CHANGED = "Okay, nothing changed."
TAKEN_AS_NO = "I'll take that as a no — nothing changed."
MOVED_ON = "That question has moved on — nothing changed."
YES_NO = (Choice("Yes", "yes"), Choice("No", "no"))
_LEGACY_BUTTONS = frozenset({"restart", "abandon_goal"})  # confirm.<enrolment id>


class Answer(Enum):
    YES = "yes"
    NO = "no"  # a no, a refusal or a hesitation ("not now", "maybe", "cancel")
    OTHER = "other"  # not an answer to the question at all


def classify(text: str) -> Answer:
    if is_yes(text):
        return Answer.YES
    return Answer.NO if is_no(text) else Answer.OTHER


def pending(turn: Turn) -> PendingQuestion | None:
    """The question still waiting for this person's yes or no, if any."""
    return turn.person.question


async def ask(
    turn: Turn,
    kind: str,
    question: str,
    *,
    detail: Detail | None = None,
    lasts: timedelta = CONFIRM_FOR,
    sure: bool = True,
) -> None:
    """Ask `question` (… Sure? (yes / no) when `sure`); the next message answers it.

    It replaces any question asked before; the asking is an audit row of its own.
    """
    asked = PendingQuestion(kind, turn.now, turn.now + lasts, dict(detail or {}))
    turn.set_question(asked)
    await confirmations.note(
        turn.conn, turn.person.user_id, f"{kind}_requested", asked.detail, turn.now
    )
    turn.say(
        Reply(
            f"{question} Sure? (yes / no)" if sure else question,
            choices=YES_NO,
            choice_ref=f"{CONFIRM_REF}.{kind}",
        )
    )


async def take(turn: Turn, answer: Answer) -> PendingQuestion | None:
    """The pending question, now answered: cleared, and the answer appended to the audit."""
    asked = pending(turn)
    if asked is not None:
        turn.set_question(None)
        detail = {**asked.detail, "answer": answer.value}
        await confirmations.note(
            turn.conn, turn.person.user_id, f"{asked.kind}_answered", detail, turn.now
        )
    return asked


def button_fits(ref: str, asked: PendingQuestion) -> bool:
    """Whether a clicked `confirm.…` button belongs to `asked` (not to an older question)."""
    suffix = ref[len(CONFIRM_REF) + 1 :]
    return suffix == asked.kind or (suffix.isdigit() and asked.kind in _LEGACY_BUTTONS)


def about_running(turn: Turn, asked: PendingQuestion) -> bool:
    """Whether the enrolment the question was about is the turn's (else it moved on)."""
    return turn.enrolment is not None and asked.detail.get("enrolment") == turn.enrolment.id
