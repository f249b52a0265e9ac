"""When and how often, in an edit of a drafted goal: the time rules of `_goal_edits`.

* time — a part of the day or week ("mornings", "weekends", "after work", "at 7am")
  replaces the goal's time phrase of that kind;
* frequency — "twice a week", "every other day", "4 times a week" replace how often;
* days — "on Mondays and Thursdays" replace the goal's weekdays, beside how often;
* several of them, however they are punctuated ("Twice a week. On Mondays and
  Thursdays.", "3 times a week, mornings"): each in its place, in one clean sentence —
  "I will walk for 20 minutes twice a week, on Mondays and Thursdays, because …", never
  a capitalised fragment glued after a preposition ("walk for Twice a week").
"""

from __future__ import annotations

import re

__all__ = ["before_clause", "edit_when", "reads_when"]

_DAY_PART_BODY = (
    r"(?:(?:every|each|in the|on|at|during(?: the)?|before|after) )?"
    r"(?P<part>mornings?|evenings?|afternoons?|nights?|lunch(?: ?time)?|lunch breaks?|weekdays?|"
    r"weekends?|work(?:days?)?|breakfast|dinner|bed ?time|(?:mon|tues|wednes|thurs|fri|satur|sun)"
    r"days?|\d{1,2}(?::\d{2})?\s*(?:am|pm|h)?)"
)
_DAY_PART = re.compile(rf"^{_DAY_PART_BODY}$", re.IGNORECASE)
_FREQUENCY = (
    r"(?:once|twice|two times|three times|four times|five times|six times|\d+ (?:times|days|x)|"
    r"every (?:other )?(?:day|morning|evening|night|weekday)|daily|"
    r"on (?:weekdays|weekends|workdays)|every (?:week|weekend))"
    r"(?: (?:a|per|each|every) (?:week|day|month|fortnight))?"
)
_FREQUENCY_ONLY = re.compile(rf"^{_FREQUENCY}$", re.IGNORECASE)
_FREQUENCY_IN = re.compile(rf"\b{_FREQUENCY}\b", re.IGNORECASE)
_TIME_OF_DAY = re.compile(
    r"\b(?:(?:every|each|in the|on|at|during the|before|after) )?(?:mornings?|evenings?|"
    r"afternoons?|nights?|lunch(?: ?time)?|weekdays?|weekends?|work|breakfast|dinner|bed ?time|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b|\b(?:at|by|before|after) "
    r"\d{1,2}(?::\d{2})?\s*(?:am|pm|h)?\b",
    re.IGNORECASE,
)


_MEALS = frozenset(
    {"breakfast", "dinner", "lunch", "lunchtime", "lunch time", "bedtime", "bed time"}
)


def _time_phrase(request: str) -> str:
    match = _DAY_PART.match(request)
    assert match is not None
    part = match.group("part")
    if request.casefold() != part.casefold():
        return request  # "every morning", "after work": as they said it
    lowered = part.casefold()
    if re.match(r"\d", lowered):
        return f"at {part}"
    if lowered.startswith(("week", "work")) or lowered.endswith("days"):
        return f"on {part}"
    if lowered.endswith("day"):
        return f"on {part}s"
    if lowered in _MEALS:
        return f"at {part}"
    return f"in the {part}" if lowered.endswith("s") else f"every {part}"


def _replace(goal: str, pattern: re.Pattern[str], new: str) -> str:
    found = pattern.search(goal)
    if found is None:
        return _before_clause(goal, new, _CLAUSE_START.search(goal))
    return goal[: found.start()] + new + goal[found.end() :]


def before_clause(goal: str, new: str) -> str:
    """A time phrase added to `goal`: before its reason or deadline, not after it; a
    routine ("every morning") in place of a one-off day ("tomorrow")."""
    if _RECURS.match(new) and _ONE_DAY.search(goal):
        return _ONE_DAY.sub(f" {new}", goal, count=1)
    return _before_clause(goal, new, _CLAUSE_START.search(goal))


_RECURS = re.compile(r"(?:every|each|on \w+days|on weekends|on weekdays|daily)\b", re.I)


def _before_clause(goal: str, new: str, at: re.Match[str] | None) -> str:
    """`new` before the clause found at `at` ("…, because …"), or at the end."""
    if at is None:
        return f"{goal} {new}"
    head, tail = goal[: at.start()].rstrip(), goal[at.start() :]
    return f"{head} {new}{tail}" if tail.startswith(",") else f"{head} {new} {tail.lstrip()}"


_EVERY_PART = re.compile(r"\bevery (morning|evening|afternoon|night)\b", re.IGNORECASE)
_PART_OF_DAY = re.compile(r"\b(?:in the|at) (?:mornings?|evenings?|afternoons?|night)\b", re.I)
_CLAUSE_START = re.compile(r",|\s(?:because|so that|since|until|by|for the next)\b", re.I)
# A part of the day asked for, and the phrases of the goal that name another one.
_DAY_PARTS = re.compile(r"\b(?:mornings?|evenings?|afternoons?|nights?)\b", re.IGNORECASE)
_BED_OR_MEAL = re.compile(
    r"\b(?:before|after|at|during) (?P<anchor>bed ?(?:time)?|lunch(?: ?time)?|breakfast|dinner"
    r"|supper)\b|\bbefore (?:i )?(?P<sleep>sleep)(?:ing)?\b",
    re.IGNORECASE,
)
# The moments of the day that sit inside each part of it ("every evening after dinner").
_FITS = {
    "morning": ("breakfast",),
    "afternoon": ("lunch",),
    "evening": ("dinner", "supper", "bed", "sleep"),
    "night": ("dinner", "supper", "bed", "sleep"),
}


def _drop_other_parts(goal: str, request: str) -> str:
    """The goal without the times of day the requested part of the day replaces: "every
    morning" asked for leaves no "in the evenings", "after lunch" or "before bed" beside it
    (an "after breakfast" stays)."""
    asked = _DAY_PARTS.search(request)
    part = asked.group().casefold().rstrip("s") if asked else ""
    fits = _FITS.get(part, ())

    def unless_it_fits(found: re.Match[str]) -> str:
        anchor = (found.group("anchor") or found.group("sleep") or "").casefold()
        return found.group() if anchor.startswith(fits) and fits else ""

    goal = _BED_OR_MEAL.sub(unless_it_fits, _PART_OF_DAY.sub("", goal))
    return re.sub(r"\s+,", ",", goal)


def _retime(goal: str, request: str) -> str:
    edited = _replace(goal, _TIME_OF_DAY, _time_phrase(request))
    if not _DAY_PARTS.search(request):
        return edited
    new = _time_phrase(request)
    head, _, tail = edited.partition(new)
    # (and no "every evening" beside it: the new part says when)
    head, tail = (_EVERY_PART.sub("", _drop_other_parts(x, request)) for x in (head, tail))
    return f"{head}{new}{tail}"


# "3 times a week this week": the goal's own time frame already says which week (or day).
_PER_FRAME_TWICE = re.compile(
    r"\b(?:a|per|each|every) (?P<unit>week|day|month)(?P<frame>,? (?:this|next|that|the coming|"
    r"the rest of the|for the rest of the|over the(?: next)?) (?P=unit)\b)",
    re.IGNORECASE,
)


def _refrequency(goal: str, request: str) -> str:
    """How often, said once per time frame ("3 times this week", not "3 times a week this
    week"); see `_place_frequency` for where it goes."""
    return _PER_FRAME_TWICE.sub(
        lambda m: m.group("frame").lstrip(", "), _place_frequency(goal, request)
    )


def _place_frequency(goal: str, request: str) -> str:
    """How often: in place of the old frequency; "every evening" keeps its part of the day
    ("twice a week in the evenings") unless the request names its own ("every morning"
    replaces both); else before the time of day or the first clause."""
    if _EVERY_PART.fullmatch(request):
        goal = _drop_other_parts(goal, request)
        every = _EVERY_PART.search(goal)
        if every is not None:
            return goal[: every.start()] + request + goal[every.end() :]
    every = _EVERY_PART.search(goal)
    if every is not None:
        part = every.group(1).casefold()
        when = "at night" if part == "night" else f"in the {part}s"  # never "in the nights"
        return goal[: every.start()] + f"{request} {when}" + goal[every.end() :]
    found = _FREQUENCY_IN.search(goal)
    if found is not None:
        return goal[: found.start()] + request + goal[found.end() :]
    per_day = _PER_DAY.search(goal)
    if per_day is not None:
        return goal[: per_day.start("per")] + request + goal[per_day.end("per") :]
    return _before_clause(goal, request, _PART_OF_DAY.search(goal) or _CLAUSE_START.search(goal))


# "20 minutes a day": how often, after an amount.
_PER_DAY = re.compile(
    r"\b(?:minutes?|mins?|hours?|hrs?|pages?|steps|km|miles?) (?P<per>(?:a|per|each) day)\b",
    re.IGNORECASE,
)
# A one-off day ("today", "tomorrow"): no longer true once the goal says how often.
_ONE_DAY = re.compile(r"\s*,?\s*\b(?:today|tomorrow|tonight|this (?:morning|evening))\b", re.I)


# Which days: "on Mondays and Thursdays", "every Monday", "Tuesdays, Thursdays & Saturdays".
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?"
_DAYS = re.compile(
    rf"(?:(?:on|every|each)\s+)?{_WEEKDAY}(?:(?:\s*,\s*|\s*&\s*|\s+(?:and|or)\s+){_WEEKDAY})*",
    re.IGNORECASE,
)
_DAYS_IN = re.compile(rf"\s*,?\s*\b{_DAYS.pattern}\b", re.IGNORECASE)
_HOW_OFTEN_AT = re.compile(_FREQUENCY, re.IGNORECASE)
_DAY_PART_AT = re.compile(_DAY_PART_BODY, re.IGNORECASE)
_GAP = re.compile(r"[\s,.;:!\-–—]*(?:(?:and|then|but)\s+)?", re.IGNORECASE)
_COUNT_PER_WEEK = re.compile(
    r"\b(?:once|twice|(?:\d+|two|three|four|five|six) times) (?:a|per|each|every) week\b"
    r"|\b(?:once|twice|(?:\d+|two|three|four|five|six) times) (?:this|next) week\b",
    re.IGNORECASE,
)
_AFTER_DAYS = re.compile(
    rf"(,\s(?:on|every|each)\s+{_WEEKDAY}(?:(?:,|&|\s+and|\s+or)\s*{_WEEKDAY})*)\s+"
    r"(?=(?:because|so that|so i|since|to|for|until|by|which|as)\b)",
    re.IGNORECASE,
)
_KINDS = (("often", _HOW_OFTEN_AT), ("days", _DAYS), ("time", _DAY_PART_AT))


def _pieces(request: str) -> list[tuple[str, str]] | None:
    """The request as how-often, which-days and time-of-day pieces, in the order said;
    None when it says anything else ("Starting monday", "walk instead")."""
    text = request.strip(" .!?,;")
    pieces: list[tuple[str, str]] = []
    pos = 0
    while pos < len(text):
        gap = _GAP.match(text, pos)  # (it matches "" too)
        pos = gap.end() if gap else pos
        if pos >= len(text):
            break
        for kind, pattern in _KINDS:
            found = pattern.match(text, pos)
            if found and (found.end() == len(text) or not text[found.end()].isalnum()):
                pieces.append((kind, found.group()))
                pos = found.end()
                break
        else:
            return None
    return pieces


def _days_phrase(days: str) -> str:
    """ "on Mondays and Thursdays": lower case, the days' names capitalised."""
    phrase = re.sub(_WEEKDAY, lambda m: m.group().capitalize(), days.casefold())
    return phrase if re.match(r"(?:on|every|each)\b", phrase) else f"on {phrase}"


def _with_days(goal: str, days: str) -> str:
    """The days beside the goal's count per week ("twice a week, on Mondays and
    Thursdays"), or in place of how often it was ("every day" → "on Mondays")."""
    count = _COUNT_PER_WEEK.search(goal)
    if count is not None:
        return f"{goal[: count.end()]}, {days}{goal[count.end() :]}"
    return _place_frequency(goal, days)


def reads_when(request: str) -> bool:
    """The request says only when or how often (see `edit_when`)."""
    pieces = _pieces(request)
    if not pieces:
        return False
    kinds = [kind for kind, _ in pieces]
    return kinds.count("often") <= 1 and kinds.count("days") <= 1


def edit_when(goal: str, request: str) -> str | None:
    """`goal` with the times the request says in place of its own; None when the request
    says anything else (see the module's rules)."""
    if not reads_when(request):
        return None
    pieces = _pieces(request) or []
    often = next((text.casefold() for kind, text in pieces if kind == "often"), None)
    days = next((_days_phrase(text) for kind, text in pieces if kind == "days"), None)
    times = [text[:1].lower() + text[1:] for kind, text in pieces if kind == "time"]
    edited = _DAYS_IN.sub("", goal) if days else goal
    edited = _ONE_DAY.sub("", edited) if often or days else edited
    if often and days:
        edited = _refrequency(edited, f"{often}, {days}")
    elif often:
        edited = _refrequency(edited, often)
    elif days:
        edited = _with_days(edited, days)
    if times:  # "mornings. Before work": one time of day, said in two pieces
        edited = _retime(edited, times[0])
        first = _time_phrase(times[0])
        more = " ".join(_time_phrase(time) for time in times[1:])
        edited = edited.replace(first, f"{first} {more}", 1) if more else edited
    return _AFTER_DAYS.sub(r"\1, ", " ".join(edited.split()))
