"""SMART goals: keep the parts found so far, add new ones, hint at the most useful missing one.

The goal sentence itself is drafted by `_goal_sentence` (the step shows it to confirm).
"""

from __future__ import annotations

import re

from engine.llm.offline import _text as t
from engine.llm.offline._goal_remarks import says_doable
from engine.llm.offline._goal_sentence import PART_LABELS, fragment_action
from engine.llm.offline._phrases import USAGE, last_try, say
from engine.llm.types import SMART_PARTS, CoachRequest, CoachResult
from engine.yesno import is_no, read_yes_no

_SMART_HINTS: dict[str, tuple[str, ...]] = {
    "specific": (
        "What exactly will you do? Name the action, e.g. “I will go for a run” or "
        "“I will write the first draft of my CV”.",
        "Let's make it concrete: which action will you take? For example “I will call two "
        "clients” rather than “I want to network more”.",
    ),
    "measurable": (
        "How will you know you've done it? Add a number, e.g. “3 times a week” or “20 pages”.",
        "Let's make it countable — how much or how often? Something like “for 20 minutes” "
        "or “5 km”.",
    ),
    "achievable": (
        "Is it realistic with the time and energy you have? You could say “I can start with "
        "15 minutes, which is manageable”.",
        "Does it fit the week you really have? For example “I already walk to work, so this"
        " fits my week”.",
    ),
    "relevant": (
        "Why does it matter to you? Add “because …” or “so that …”, e.g. “so that I have "
        "more energy for my kids”.",
        "What will it give you? Something like “because I want to feel confident in meetings”.",
    ),
    "time_bound": (
        "When will you do it, and until when? e.g. “every weekday morning for the next "
        "4 weeks” or “by 31 March”.",
        "Let's give it a timeframe — “by Friday”, “every Monday” or “for the next month”.",
    ),
}
_SMART_DONE = (
    "That's a SMART goal — well done!",
    "Brilliant — that goal ticks every SMART box.",
    "That's clear, measurable and yours. Great goal!",
)
_SMART_START = (
    "Good start — I can see {done}.",
    "Nice — you've already got {done}.",
    "That's taking shape: I can see {done}.",
)
_SMART_EMPTY = (
    "We'll build it together, one piece at a time.",
    "No problem — we'll shape it step by step.",
    "We can turn this into a goal you can act on.",
)
_SMART_MOVE_ON = (
    "Let's go with this goal for now — you can sharpen {todo} any time.",
    "That's a good enough start; we can add {todo} later.",
)


# Which missing part to ask about first: without an action nothing else can attach;
# then how much, then when (a goal can be checked only with both), then why and doable.
_HINT_ORDER = ("specific", "measurable", "time_bound", "relevant", "achievable")
assert set(_HINT_ORDER) == set(SMART_PARTS)

_CORRECTION = re.compile(r"\b(?:instead|rather|actually|make it|change (?:it|that))\b", re.I)


_NOT_DOABLE = (
    "Then let's make it fit the week you really have: what would be realistic — less time,"
    " fewer days, or another moment? For example “10 minutes instead”.",
    "Good to know — a goal only helps if it fits. What would be doable: a smaller amount,"
    " fewer days, or another time? Something like “twice a week instead”.",
)


def _asked_if_doable(smart: dict[str, str]) -> bool:
    """Only "why it's doable" is missing: the last hint asked "Is it realistic …?" (it is
    asked last, see `_HINT_ORDER`)."""
    return "achievable" not in smart and all(p in smart for p in SMART_PARTS if p != "achievable")


def _answers_doable(answer: str, fresh: dict[str, str]) -> bool:
    """The answer to "Is it realistic …?" says it is: a yes, a remark like "I think so, my
    schedule allows it" (see `_goal_remarks`), or, with no no in it, a smaller amount or
    another time ("10 minutes then"): what the person finds doable."""
    if read_yes_no(answer) is True or says_doable(answer):
        return True
    return bool({"measurable", "time_bound"} & set(fresh)) and not is_no(answer)


def smart_goal(req: CoachRequest) -> CoachResult:
    """Merge the SMART parts in the answer with those found before; hint at missing ones."""
    smart = {p: v for p, v in req.smart_so_far.items() if p in SMART_PARTS and v.strip()}
    fresh = {} if t.is_non_answer(req.answer) else t.detect_smart(req.answer)
    asked_if_doable = _asked_if_doable(smart)
    correcting = _CORRECTION.search(req.answer) is not None  # "twice a week instead"
    for part, text in fresh.items():
        # at "Is it realistic?", "10 minutes then" replaces the amount (not the reason)
        if correcting or (asked_if_doable and part in ("measurable", "time_bound")):
            smart[part] = text
        else:
            smart.setdefault(part, text)
    action = (
        None if "specific" in smart or t.is_non_answer(req.answer) else fragment_action(req.answer)
    )
    if action:  # "practise. 15 min. weekdays": the verb that leads is the action
        smart["specific"] = action
    if asked_if_doable and _answers_doable(req.answer, fresh):  # "Is it realistic …?" — "yes"
        smart["achievable"] = req.answer.strip()
    missing = [p for p in SMART_PARTS if p not in smart]
    if not missing:
        reply = say(req, "smart-done", _SMART_DONE)  # the step shows the sentence to confirm
    elif last_try(req):
        todo = t.join_labels([PART_LABELS[p] for p in missing])
        reply = say(req, "smart-move-on", _SMART_MOVE_ON).format(todo=todo)
    else:
        present = [PART_LABELS[p] for p in SMART_PARTS if p in smart]
        lead = (
            say(req, "smart-start", _SMART_START).format(done=t.join_labels(present))
            if present
            else say(req, "smart-empty", _SMART_EMPTY)
        )
        first = min(missing, key=_HINT_ORDER.index)  # one hint per reply, never two
        reply = " ".join([lead, say(req, f"hint-{first}", _SMART_HINTS[first])])
        if asked_if_doable and not set(fresh) - {"achievable"} and is_no(req.answer):
            reply = say(req, "not-doable", _NOT_DOABLE)  # "no, not really": make it fit
    return CoachResult(
        reply=reply,
        complete=not missing,
        missing=tuple(missing),
        smart={p: smart[p] for p in SMART_PARTS if p in smart},
        usage=USAGE,
    )
