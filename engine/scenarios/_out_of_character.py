"""Words said to the coach, not to the persona, in the middle of a scene.

A person rehearsing a conversation steps out of it in ordinary words: "sorry, what
should I say?", "I'm stuck, can I get a hint", "can we do this practice another time?".
The persona must not answer those in character; the coach does — with a hint, or by
stopping here and saying how to come back. Only messages that are wholly such a request
count ("I don't know what to say about the budget, but I want a raise" is a line of the
scene), so each pattern must match the whole message.

The scene is often about boundaries or feedback, where "Not now.", "Maybe later.", "I
need a break.", "I have to go.", "What should I do then?" or "Any suggestions?" are the
very lines being practised. So a request to stop must name the practice ("the scene",
"this roleplay", "the practice") or be the bare word `stop`, `quit`, `exit` or `pause`
(how people leave a chat: it is taken as leaving, and `resume` brings the scene back where
it was, so a line meant that way costs one word), and a request for help must ask what to
*say* (or how to answer), ask for a hint or tip, name the practice, or speak to the coach.
"""

from __future__ import annotations

import re

__all__ = ["asks_for_help", "asks_to_stop"]

_LEAD = r"(?:(?:sorry|um+|uh+|hmm+|ok(?:ay)?|so|wait|err?|honestly|help)\b[\s,.!-]*)*"
_END = r"[\s,.!?…]*(?:(?:sorry|please|lol|haha)[\s.!?]*)?$"
_NOW = r"(?: (?:now|here|next|then|for now|for today|for a bit|there|to (?:that|this)))*"
# The practice named: "the scene", "this roleplay", "the practice", "this exercise".
_SCENE = r"(?:the |this |our )?(?:scene|role-?play|practice|scenario|exercise|rehearsal)"
_IN_SCENE = rf"(?: (?:in|for|with|during|at this point (?:in|of)) {_SCENE})"
_HINT_ASK = (
    r"(?:can|could) (?:you|i) (?:give me|get|have) (?:a |some )?(?:hints?|tips?|clues?)"
    r"(?: please)?|(?:any )?(?:hints?|tips?|clues?)|give me (?:a |some )?(?:hints?|tips?)"
)
_HELP = re.compile(
    rf"^{_LEAD}(?:"
    r"(?:so |and |but )?what (?:should|do|can|could|would|shall) i "
    rf"(?:say|answer|reply|respond|tell (?:her|him|them)){_NOW}{_IN_SCENE}?|"
    rf"what (?:should|do|can|could|shall) i do{_NOW}{_IN_SCENE}|"
    r"what(?:'s| is) (?:a good|the right|the best) "
    rf"(?:thing to say|answer|reply|response){_NOW}{_IN_SCENE}?|"
    rf"i (?:don'?t|do not) know what to (?:say|answer){_NOW}{_IN_SCENE}?|"
    r"no idea what to say|"
    r"coach[\s,.:!-]+(?:what (?:should|do|can|could|shall) i (?:do|say)"
    rf"{_NOW}|(?:any )?(?:ideas?|suggestions?|help)|i'?m (?:stuck|lost|blanking))|"
    rf"(?:i'?m|i am) (?:stuck|lost|blanking)(?:{_IN_SCENE}|[\s,.!-]+(?:{_HINT_ASK}))|"
    rf"{_HINT_ASK}|"
    r"(?:any )?(?:ideas?|suggestions?) (?:on|for|about) what to say|"
    rf"(?:ideas?|suggestions?|help){_IN_SCENE}|"
    r"help(?: me)?(?:,? i'?m stuck)?|"
    rf"how (?:should|do) i (?:answer|respond|reply|say it|start){_NOW}{_IN_SCENE}?"
    rf"){_END}",
    re.IGNORECASE,
)
_LATER = r"(?:(?:another|some other|a different) time|later|tomorrow|next time)"
# Said before a request that names the practice: "sorry, I have to go, can we …".
_ASIDE = (
    r"(?:(?:i (?:have|need|gotta) (?:to )?go|gotta go|not now|i'?m (?:tired|not ready)|"
    r"i need a break)(?: now)?[\s,.;!-]+)?"
)
_STOP = re.compile(
    rf"^{_LEAD}{_ASIDE}(?:"
    r"(?:can|could|shall) we (?:do|finish|continue|pick up|try|redo) "
    rf"{_SCENE}(?: {_LATER})?{_NOW}|"
    rf"(?:can|could|shall) we (?:stop|pause|end|leave|skip|take a break from) {_SCENE}{_NOW}|"
    r"let'?s (?:stop|pause|end|leave|finish|continue|do|take a break from) "
    rf"{_SCENE}(?: {_LATER})?{_NOW}|"
    rf"i (?:need|want) (?:a break from|to stop|to pause|to leave|to end) {_SCENE}{_NOW}|"
    rf"i'?(?:ll| will) (?:come back to|continue|finish|do) {_SCENE} {_LATER}|"
    rf"(?:i'?m|i am) (?:not ready|too tired) for {_SCENE}(?: today)?{_NOW}|"
    rf"(?:stop|pause|end|quit|exit|leave) {_SCENE}{_NOW}|(?:stop|quit|exit){_NOW}|pause"
    rf"){_END}",
    re.IGNORECASE,
)


def asks_for_help(text: str) -> bool:
    """The whole message asks the coach what to say ("sorry what should I say?")."""
    return bool(_HELP.match(" ".join(text.split())))


def asks_to_stop(text: str) -> bool:
    """The whole message asks to stop or leave the practice for now ("can we do this
    practice another time?", "pause the scene")."""
    return bool(_STOP.match(" ".join(text.split())))
