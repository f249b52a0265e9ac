"""The one question waiting for a yes or a no outside a step ("… Sure? (yes / no)").

`ask` keeps it on the person (`PendingQuestion`, saved with the turn) and appends an audit
row; the next message answers it, with no read of its own (it comes with the person). A
yes (`engine.yesno.is_yes`, in many languages, or the button; a mistyped one too, "yse",
"yesss", except to `delete`) does what its kind says, a no or a hesitation does its "no".
A message that is neither is never guessed to be a no: the question is asked once more
(`ask_again`); a second unclear answer leaves things as they are and says how to ask
again (`unclear`). `delete` is asked only once: there anything but a clear yes, typed as
such, deletes nothing, and the reply says how to confirm. A command instead of an answer
is taken as a no, saying so (`TAKEN_AS_NO`), and then runs. A question past its window
is never answered: the turn drops it. What each kind does on a yes and a no is
registered in `engine.commands` (`QUESTIONS`), next to the commands that ask.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from enum import Enum

from engine.messages import Choice, Reply
from engine.pending_question import Detail, PendingQuestion
from engine.store import confirmations
from engine.turn_state import Turn
from engine.yesno import is_no, is_yes, respelled

__all__ = [
    "CONFIRM_FOR",
    "CONFIRM_REF",
    "MOVED_ON",
    "NOTHING_CHANGED",
    "TAKEN_AS_NO",
    "Answer",
    "about_running",
    "ask",
    "ask_again",
    "button_fits",
    "classify",
    "is_yes",
    "pending",
    "take",
    "unclear",
]

CONFIRM_FOR = timedelta(minutes=10)
CONFIRM_REF = "confirm"  # the buttons' ref: confirm.<kind>
NOTHING_CHANGED = "Okay, nothing changed."
TAKEN_AS_NO = "I'll take that as a no — nothing changed."
MOVED_ON = "That question has moved on — nothing changed."
YES_NO = (Choice("Yes", "yes"), Choice("No", "no"))
_LEGACY_BUTTONS = frozenset({"restart", "abandon_goal"})  # confirm.<enrolment id>


# Where a yes must be a yes as typed: nothing is forgiven, nothing asked twice.
_STRICT = frozenset({"delete"})
# How to ask again, once an unclear answer has left things as they are.
_HOW_AGAIN = {
    "restart": "type `restart`",
    "abandon_goal": "type `abandon goal`",
    "switch": "type `start {program}`",
    "delete": "type `delete my data`, then `yes delete`",
}
_AGAIN_TAG = "asked_again"


class Answer(Enum):
    YES = "yes"
    NO = "no"  # a no, a refusal or a hesitation ("not now", "maybe", "cancel")
    OTHER = "other"  # not an answer to the question at all


def classify(text: str, kind: str = "") -> Answer:
    """YES, NO or OTHER: what `text` says to a question of `kind`."""
    if is_yes(text) or (kind not in _STRICT and is_yes(respelled(text))):
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


async def ask_again(turn: Turn, asked: PendingQuestion) -> bool:
    """Ask `asked` once more after an unclear answer (False: asked twice, or `delete`)."""
    if asked.kind in _STRICT or asked.detail.get(_AGAIN_TAG):
        return False
    # Asked anew, it is answerable as long again from now (not only what was left of it).
    expires_at = turn.now + (asked.expires_at - asked.asked_at)
    turn.set_question(replace(asked, expires_at=expires_at, detail={**asked.detail, _AGAIN_TAG: 1}))
    await confirmations.note(
        turn.conn, turn.person.user_id, f"{asked.kind}_asked_again", asked.detail, turn.now
    )
    turn.say(
        Reply(
            "Sorry, I couldn't tell whether that was a yes or a no — nothing has changed yet."
            " Shall I go ahead? (yes / no)",
            choices=YES_NO,
            choice_ref=f"{CONFIRM_REF}.{asked.kind}",
        )
    )
    return True


def unclear(asked: PendingQuestion) -> str:
    """What to say when an unclear answer has left things as they are (the question gone)."""
    how = _HOW_AGAIN.get(asked.kind)
    if how is not None and "{program}" in how:
        program = asked.detail.get("program")
        how = how.format(program=program) if program else None
    done = "Nothing was deleted" if asked.kind == "delete" else "Nothing changed"
    tail = f" If you do want it, {how}." if how else ""
    return f"I couldn't tell that was a yes, so I've left things as they are. {done}.{tail}"


def button_fits(ref: str, asked: PendingQuestion) -> bool:
    """Whether a clicked `confirm.…` button belongs to `asked` (not to an older question)."""
    suffix = ref[len(CONFIRM_REF) + 1 :]
    return suffix == asked.kind or (suffix.isdigit() and asked.kind in _LEGACY_BUTTONS)


def about_running(turn: Turn, asked: PendingQuestion) -> bool:
    """Whether the enrolment the question was about is the turn's (else it moved on)."""
    return turn.enrolment is not None and asked.detail.get("enrolment") == turn.enrolment.id
