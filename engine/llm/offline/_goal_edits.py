"""Edits asked for in words, applied to a drafted goal sentence (the offline coach's rules).

After "Here's your goal: … Keep it?", people rarely rewrite the sentence; they say what
to change: "make it less ambitious", "more of a stretch", "shorter", "change the time to
mornings", "twice a week instead". Each request is read by its kind:

* amount — "less ambitious", "easier", "smaller" halve the goal's numbers (minutes rounded
  to five, counts at least one); "more ambitious", "harder" add half again. Without a
  number, "every day" becomes "three times a week" (and back);
* length — "shorter", "more concise" keep the action, amount and time and drop the reasons;
* when — a part of the day or week, how often, which days, or several of them ("twice a
  week. On Mondays and Thursdays") replace the goal's own (see `_goal_when`).

`edit_goal` returns None when no rule applies; the step then tries the parts the edit
states, and asks for the sentence as wanted when nothing can be placed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from engine.llm.offline._goal_when import edit_when, reads_when

_LEAD = re.compile(
    r"^\s*(?:(?:no|nah|hmm|um|ok|okay|actually|well|please|yes|yeah|only|just)\b[\s,.!]*)*"
    r"(?:(?:can|could|would) you (?:please )?|please |let'?s |i'?d (?:rather|prefer)(?: to)? |"
    r"i want (?:it )?|how about |what about |maybe )?"
    r"(?:(?:make|change|switch|move|set|put|turn|edit|adjust|do|have) (?:it|that|this|the goal"
    r"|the (?:time|day|days|frequency|schedule|amount|number)(?: of day)?)"
    r"(?: (?:to|into|for|a (?:bit|little|lot)|slightly|much))*\s*|try |go for )?",
    re.IGNORECASE,
)
_TAIL = re.compile(
    r"[\s,]*(?:\binstead\b|\brather\b|\bplease\b|\bthen\b|\bmaybe\b|\bthough\b|[.!?])*\s*$",
    re.IGNORECASE,
)
_LESS = re.compile(
    r"\b(?:less (?:ambitious|intense|demanding|hard|much|often)|easier|smaller|simpler goal|"
    r"more (?:realistic|doable|achievable|manageable)|too (?:ambitious|much|hard|big|often|many)|"
    r"scale (?:it |that )?(?:down|back)|tone (?:it |that )?down|start small(?:er)?|"
    r"less|fewer|lower|reduce(?: it)?|cut (?:it )?(?:down|back))\b",
    re.IGNORECASE,
)
_MORE = re.compile(
    r"\b(?:more (?:ambitious|challenging|of a (?:stretch|challenge)|intense|often)|harder|"
    r"bigger|a stretch|too easy|step (?:it|that) up|push (?:me|it|harder)|raise (?:it|the bar)|"
    r"increase(?: it)?)\b",
    re.IGNORECASE,
)
_SHORTER = re.compile(
    r"^(?:shorter|more concise|concise|briefer|less wordy|simpler wording|simpler|simplify(?: it)?|"
    r"too long|too wordy|(?:a )?shorter (?:sentence|version)|trim(?: it)?|cut (?:it )?short)$",
    re.IGNORECASE,
)
_AMOUNT = re.compile(
    r"\b(?P<n>\d+(?:[.,]\d+)?)\s*(?P<unit>minutes?|mins?|hours?|hrs?|h|km|kilometres?|kilometers?|"
    r"miles?|pages?|times|days|nights|steps|words|reps|push-?ups|glasses|litres?|liters?|kg|"
    r"kilos?|pounds?|lbs|chapters?|books?|calls?|emails?|people|posts?|applications?|sessions?|"
    r"%|percent|(?!(?:weeks|months|years|fortnights)\b)[a-z]{3,}s)\b",
    re.IGNORECASE,
)
_WORD_COUNTS = {"once": 1, "twice": 2, "three times": 3, "four times": 4, "five times": 5}
_REASON = re.compile(
    r"(?:,\s*|\s+)(?:because|since|so that|so i can|in order to|as it|which (?:is|will)|"
    r"and it'?s|and i (?:can|already)|, and (?:it|that)|—|–)\b.*$",
    re.IGNORECASE,
)


def _request(edit: str) -> str:
    text = " ".join(edit.split())
    text = _LEAD.sub("", text, count=1)
    return _TAIL.sub("", text).strip(" ,.")


def _scaled(n: float, unit: str, factor: float) -> str:
    value = n * factor
    if unit.casefold().startswith(("min", "%", "percent")):
        rounded = max(5, round(value / 5) * 5)
    elif value >= 1.5 or factor > 1:
        rounded = max(1, round(value))
    else:
        rounded = 1
    if factor > 1 and rounded <= n:
        rounded = int(n) + 1
    if factor < 1 and rounded >= n and n > 1:
        rounded = int(n) - 1
    return str(rounded)


def _rescale(goal: str, factor: float) -> str | None:
    """The goal's amounts scaled by `factor`; None when it has none to scale."""

    def swap(match: re.Match[str]) -> str:
        n = float(match.group("n").replace(",", "."))
        return _scaled(n, match.group("unit"), factor) + match.group(0)[len(match.group("n")) :]

    changed = _AMOUNT.sub(swap, goal)
    if changed != goal:
        return changed
    for word, count in _WORD_COUNTS.items():
        found = re.search(rf"\b{word}\b", goal, re.IGNORECASE)
        if found:
            new = max(1, round(count * factor)) if factor < 1 else count + max(1, count // 2)
            if new == count:
                return None
            words = {v: k for k, v in _WORD_COUNTS.items()}
            return goal[: found.start()] + words.get(new, f"{new} times") + goal[found.end() :]
    if factor < 1 and (daily := re.search(r"\b(?:every day|daily)\b", goal, re.IGNORECASE)):
        return goal[: daily.start()] + "three times a week" + goal[daily.end() :]
    if factor > 1 and (weekly := re.search(r"\b(?:once|one day) a week\b", goal, re.I)):
        return goal[: weekly.start()] + "three times a week" + goal[weekly.end() :]
    return None


def _shorter(goal: str) -> str | None:
    cut = _REASON.sub("", goal).rstrip(" ,;")
    return cut if cut and cut != goal and len(cut.split()) >= 3 else None


_RULES: tuple[tuple[Callable[[str], bool], Callable[[str, str], str | None]], ...] = (
    (lambda r: bool(_SHORTER.match(r)), lambda g, r: _shorter(g)),
    (reads_when, edit_when),
    (lambda r: bool(_MORE.search(r)) and len(r.split()) <= 6, lambda g, r: _rescale(g, 1.5)),
    (lambda r: bool(_LESS.search(r)) and len(r.split()) <= 6, lambda g, r: _rescale(g, 0.5)),
)


def edit_goal(goal: str, edit: str) -> str | None:
    """`goal` changed as the request `edit` asks; None when no rule reads the request."""
    request = _request(edit)
    if not request:
        return None
    for applies, apply in _RULES:
        if applies(request):
            edited = apply(goal, request)
            return " ".join(edited.split()) if edited else None
    return None


_EDIT_VERB = re.compile(
    r"\b(?:make|change|edit|adjust|tweak|rewrite|reword|shorten|tone|scale|dial) "
    r"(?:it|that|this|the goal|my goal)\b",
    re.IGNORECASE,
)
_EDIT_ONLY = re.compile(
    r"^(?:(?:a )?(?:bit|little|lot|slightly|much) )?(?:less (?:ambitious|intense|demanding)|"
    r"more (?:ambitious|challenging|realistic|doable|achievable|manageable|of a stretch)|"
    r"easier|harder|smaller|bigger|too (?:ambitious|much|hard|big|easy|long))$",
    re.IGNORECASE,
)


def asks_to_edit(text: str) -> bool:
    """The message asks to change a drafted goal's size or length ("make it less ambitious",
    "shorter", "too easy") and says nothing a goal is made of ("less screen time" is a goal)."""
    request = _request(text)
    if _EDIT_ONLY.match(request) or _SHORTER.match(request):
        return True
    sizing = bool(_MORE.search(request) or _LESS.search(request)) and len(request.split()) <= 4
    return bool(_EDIT_VERB.search(text)) and (not request or sizing)
