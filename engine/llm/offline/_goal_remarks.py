"""What a person says about whether a goal is doable, kept out of the goal's sentence.

The answer to "Is it realistic …?" ("yes totally doable", "it's realistic since I work
from home", "I think so, my schedule allows it", "sim, é realista") is evidence that the
goal is achievable, not part of what the person will do: the sentence is built without
it ("I will walk … because I sit all day", never "…, and it's easy, I have time for
it"). The same goes for a remark tacked onto a goal's last clause ("…, totally doable",
"…, I promise"). A clause that says more than that — an amount, a time, a reason — is
no mere remark.
"""

from __future__ import annotations

import re

from engine.llm.offline._smart_detect import detect_smart
from engine.yesno import AGREE, is_no, normalise

__all__ = ["is_remark", "says_doable", "without_remarks"]

# Realism and commitment words the SMART detector does not count (it reads English),
# in the languages the yes words of `engine.yesno` cover.
_REMARK = re.compile(
    r"\b(?:(?:no|not an?y?|sem|sin|pas de|kein) (?:problems?|problemas?|probleme|big deal|worries)|"
    r"(?:schedule|calendar|time|week|day|job|routine|work) (?:allows|permits|lets me)|"
    r"allows? (?:it|me|for it)|piece of cake|works for me|totally fine|"
    r"(?:i'?ve |i have )?got (?:the |enough )?time|plenty of time|i'?m confident|i'?m sure|"
    r"(?:definitely|surely|totally) (?:can|will)|can manage|i'?ll manage|i promise|for sure|"
    r"(?:i'?m|i am) (?:committed|motivated|determined)|(?:i'?ll|i will) do my best|i think so|"
    r"realista|factible|facil|sem problemas?|sin problemas?|da (?:para|pra)|consigo|puedo|"
    r"posso|faisable|realiste|facile|pas de probleme|je peux|c'est possible|machbar|"
    r"realistisch|schaffe? ich|kein problem|einfach|fattibile|haalbaar|realistisch)\b"
)
# A clause's start, after the goal's first: a comma, a dash, or "and"/"but" before a remark.
_CLAUSE = re.compile(
    r"\s*(?:[,;]|\s[—–-]\s|[—–])\s*(?:(?:and|but|which is|which)\s+)?|"
    r"\s+(?:and|but)\s+(?=(?:it'?s|it is|that'?s|i can|i have|i've|i'm|totally|very|quite|"
    r"pretty|definitely|easy|doable)\b)",
    re.IGNORECASE,
)


def is_remark(clause: str) -> bool:
    """The clause only says the goal is doable or promised: no action, amount, time or
    reason of its own."""
    plain = normalise(clause).strip(" ,.;!?")
    if not plain:
        return False
    found = detect_smart(plain)
    if set(found) - {"achievable"}:
        return False
    words = re.findall(r"[\w']+", plain)
    if words and all(word in AGREE for word in words):
        return True  # "yes", "sim", "ok sure"
    return "achievable" in found or _REMARK.search(plain) is not None


_NO_PROBLEM = re.compile(
    r"\b(?:no|not an?y?|sem|sin|pas de|kein|nessun) (?:problem|problems|problema|problemas|"
    r"probleme|big deal|worries)\b",
    re.IGNORECASE,
)


def says_doable(answer: str) -> bool:
    """The answer to "Is it realistic …?" says it is: a remark about being doable with no
    no or doubt in it ("yes, no problem" and "kein Problem" have none; "not realistic" and
    "maybe" do)."""
    if not is_remark(answer):
        return False
    rest = _NO_PROBLEM.sub("", normalise(answer)).strip(" ,.!")
    return not rest or not is_no(rest)


def without_remarks(sentence: str) -> str:
    """`sentence` without the remarks that end it ("…, totally doable", "…, and it's easy,
    I have time for it"); its first clause always stays."""
    text = sentence.rstrip(" .!?")
    while True:
        cuts = [m for m in _CLAUSE.finditer(text) if m.start() > 0]
        if not cuts or not is_remark(text[cuts[-1].end() :]):
            return text
        text = text[: cuts[-1].start()].rstrip(" ,;—–-")
