"""Destructive commands ask first: "… Sure? (yes / no)", kept in the conversation state.

The question waits `CONFIRM_FOR`; a yes (in any of several languages, or the button) runs
the action, anything else cancels it and says so. The actions themselves are registered in
`engine.commands` (`CONFIRMED`), next to the commands that ask.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import timedelta

from engine.messages import Choice, Reply
from engine.steps.state import Confirmation
from engine.turn_state import Turn

CONFIRM_FOR = timedelta(minutes=10)
CONFIRM_REF = "confirm"  # the buttons' ref: confirm.<enrolment id>
NOTHING_CHANGED = "Okay, nothing changed."
YES_NO = (Choice("Yes", "yes"), Choice("No", "no"))


# One-word (or two-word) agreements in the languages people write to the coach in.
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_YES = _words(
    """
    yes y ye yeah yea yep yup yess yesss sure ok okay k kk confirm confirmed correct right
    affirmative absolutely definitely certainly indeed
    ja jawohl jep jo klar genau gerne bestätigen oui ouais certes si sí sì sim claro vale
    dale certo esatto da да так ano áno tak jah igen kyllä joo jes evet hai はい ええ
    是 是的 好 好的 对 네 예 ya iya ndiyo naam نعم כן हाँ हां haan
    """
)
_YES_PHRASES = frozenset(
    [
        "do it",
        "go ahead",
        "go for it",
        "of course",
        "please do",
        "i'm sure",
        "im sure",
        "i am sure",
        "bien sûr",
        "por supuesto",
        "na klar",
        "ja bitte",
        "sure thing",
        "yes please",
    ]
)
_NOT = _words(
    "no not don't dont never nein non nicht nee nope nah cancel stop wait "
    "hold não nao niet нет 不 いいえ"
)
_EMOJI = frozenset("👍✅✔")
_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)?|[👍✅✔]")


def _tokens(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).casefold().replace("\u2019", "'")
    return _TOKEN.findall(text)


def is_yes(text: str) -> bool:
    """A clear agreement: "yes", "yes, restart it", "ja", "oui", "sí", "go ahead", 👍.

    Anything with a no in it ("yes… no wait", "not sure") is not one.
    """
    words = _tokens(text)
    if not words or len(words) > 8 or any(word in _NOT for word in words):
        return False
    if words[0] in _YES or words[0] in _EMOJI:
        return True
    return " ".join(words[:2]) in _YES_PHRASES or " ".join(words[:3]) in _YES_PHRASES


def pending(turn: Turn) -> Confirmation | None:
    """The question "Sure? (yes / no)" still waiting for this person, if any."""
    if turn.enrolment is None:
        return None
    asked = turn.enrolment.step_state.confirm
    return asked if asked is not None and turn.now < asked.expires else None


def ask(turn: Turn, action: str, question: str) -> None:
    """Ask `question` … Sure? (yes / no); the next message answers it."""
    enrolment = turn.running[0]
    enrolment.step_state.confirm = Confirmation(action, turn.now + CONFIRM_FOR)
    turn.say(
        Reply(
            f"{question} Sure? (yes / no)",
            choices=YES_NO,
            choice_ref=f"{CONFIRM_REF}.{enrolment.id}",
        )
    )


def take(turn: Turn) -> Confirmation | None:
    """The pending question, now answered: it is cleared either way."""
    asked = pending(turn)
    if turn.enrolment is not None:
        turn.enrolment.step_state.confirm = None
    return asked
