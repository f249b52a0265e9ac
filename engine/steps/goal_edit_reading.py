"""Whether a reply to a drafted goal edits it, or is something else said beside it.

At "Here's your goal: … Keep it? (yes / change it)", and after "change it", people also
say things that are not edits: what they noticed, what a colleague said, the next step
of another plan ("Noticed I sit too much. Next: walk after lunch tomorrow"). Merging such
a message into the sentence changes the goal in a way nobody asked for, so only a clear
edit edits it:

* a request the edit rules read ("every morning instead", "make it 3 times a week",
  "shorter"), or any message with an edit word ("instead", "rather", "make it", "change
  the time to");
* one sentence that states a part of a goal ("tomorrow", "20 minutes", "by Friday") or
  the whole of one ("I'll walk for 15 minutes at 13:00 tomorrow") — that it's doable
  ("I have time at lunch") is said about the goal, not in it (see `_goal_remarks`).

Anything else — several sentences with no edit word, what was noticed or learned ("I
noticed …", "next: …"), or a sentence that states no part of a goal — is asked about,
and the goal stays as shown. That is at "Keep it?"; after "change it" the person was
asked for the new version, so only what was noticed or learned is kept out of it
(`tells_beside_the_goal`).
"""

from __future__ import annotations

import re

from engine.llm.offline._goal_edits import asks_to_edit, edit_goal
from engine.llm.offline._smart_detect import detect_smart
from engine.llm.offline._words import sentences

__all__ = ["edits_the_goal", "tells_beside_the_goal"]

# What someone noticed or learned, or the next step of a reflection: told, not edits.
_TOLD = re.compile(
    r"^(?:so |and |well |also )?(?:i )?(?:noticed|learned|learnt|realised|realized|found out|"
    r"figured out)\b|\b(?:next(?: step)?|takeaway|lesson)\s*:",
    re.IGNORECASE,
)

_EDIT_WORDS = re.compile(
    r"\b(?:instead|rather|make (?:it|that|this)|change (?:it|that|this|the \w+)|"
    r"(?:move|switch|swap|set|put) (?:it|that|this|the \w+) (?:to|for|at)|"
    r"not \w+(?: \w+)? but|replace|let'?s say|how about|what about)\b",
    re.IGNORECASE,
)


def edits_the_goal(goal: str, text: str) -> bool:
    """Whether `text`, said about the drafted `goal`, is a clear edit of it."""
    plain = " ".join(text.split())
    if edit_goal(goal, plain) is not None or asks_to_edit(plain) or _EDIT_WORDS.search(plain):
        return True
    if len(sentences(plain)) > 1 or _TOLD.search(plain):
        return False  # a story or a reflection, not a change to one sentence
    return bool(set(detect_smart(plain)) - {"achievable"})  # "I have time at lunch": a remark


def tells_beside_the_goal(goal: str, text: str) -> bool:
    """After "change it", where the message is the new version or an edit, only what was
    noticed or learned ("I learned that …", "next: …") is kept out of the goal: a rewrite
    in other words ("Cycle to work", "Twice a week. On Mondays.") is the edit."""
    plain = " ".join(text.split())
    return bool(_TOLD.search(plain)) and not edits_the_goal(goal, plain)
