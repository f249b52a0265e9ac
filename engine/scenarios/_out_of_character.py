"""Words said to the coach, not to the persona, in the middle of a scene.

A person rehearsing a conversation steps out of it in ordinary words: "sorry, what
should I say?", "I'm stuck", "can we do this another time?". The persona must not
answer those in character; the coach does — with a hint, or by stopping here and saying
how to come back. Only messages that are wholly such a request count ("I don't know
what to say about the budget, but I want a raise" is a line of the scene), so each
pattern must match the whole message.
"""

from __future__ import annotations

import re

__all__ = ["asks_for_help", "asks_to_stop"]

_LEAD = r"(?:(?:sorry|um+|uh+|hmm+|ok(?:ay)?|so|wait|err?|honestly|help)\b[\s,.!-]*)*"
_END = r"[\s,.!?…]*(?:(?:sorry|please|lol|haha)[\s.!?]*)?$"
_NOW = r"(?: (?:now|here|next|then|for now|for today|for a bit|there|to (?:that|this)))*"
_HELP = re.compile(
    rf"^{_LEAD}(?:"
    r"(?:so |and |but )?what (?:should|do|can|could|would|shall) i "
    rf"(?:say|do|answer|reply|tell (?:her|him|them)){_NOW}|"
    r"what(?:'s| is) (?:a good|the right|the best) "
    rf"(?:thing to say|answer|reply|response){_NOW}|"
    rf"i (?:don'?t|do not) know what to (?:say|do|answer){_NOW}|"
    r"i'?m (?:stuck|lost|blanking)|i am (?:stuck|lost)|no idea what to say|"
    r"(?:can|could) (?:you|i) (?:give me|get|have) (?:a )?(?:hint|tip|clue|help)(?: please)?|"
    r"(?:any )?(?:hints?|tips?|ideas?|suggestions?)|give me a (?:hint|tip)|"
    r"help(?: me)?(?:,? i'?m stuck)?|"
    rf"how (?:should|do) i (?:answer|respond|reply|say it|start){_NOW}"
    rf"){_END}",
    re.IGNORECASE,
)
_LATER = r"(?:another|some other|a different) time"
_STOP = re.compile(
    rf"^{_LEAD}(?:"
    r"(?:can|could|shall) we (?:do|finish|continue|pick (?:this|it) up|try) "
    rf"(?:this|it)?\s*{_LATER}|"
    r"(?:can|could|shall) we (?:continue|finish|do (?:this|it)|pick (?:this|it) up)"
    rf"(?: {_LATER})? later|"
    rf"(?:can|could|shall) we (?:stop|pause|take a break){_NOW}|"
    r"let'?s (?:stop|pause|take a break|leave it|call it a day|continue later|do this later|"
    rf"do (?:this|it) {_LATER}){_NOW}|"
    rf"i (?:need|want) (?:a break|to stop|to pause){_NOW}|"
    r"i (?:have|need|gotta) (?:to )?go(?: now)?|i gotta go|gotta go|"
    rf"(?:not now|{_LATER}|maybe later|later maybe)|"
    r"i'?(?:ll| will) (?:come back|continue|finish|do (?:this|it)) later|"
    rf"(?:i'?m|i am) (?:not ready|too tired)(?: (?:for this|today))?{_NOW}|"
    r"(?:stop|pause)(?: (?:the |this )?(?:scene|role-?play|practice|scenario))?"
    rf"){_END}",
    re.IGNORECASE,
)


def asks_for_help(text: str) -> bool:
    """The whole message asks the coach what to say ("sorry what should I say?")."""
    return bool(_HELP.match(" ".join(text.split())))


def asks_to_stop(text: str) -> bool:
    """The whole message asks to stop or leave the practice for now ("can we do this
    another time?", "I need a break")."""
    return bool(_STOP.match(" ".join(text.split())))
