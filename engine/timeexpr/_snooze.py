"""When a snoozed reminder comes back: "2h", "tomorrow 6pm", "monday", "tonight"."""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from engine.timeexpr._calendar import (
    AFTERNOON,
    CLOCK,
    DAY_NAME,
    EVENING,
    MORNING,
    WEEKDAYS,
    clean,
    parse_clock,
)
from engine.timeexpr._local import local_datetime, local_now, next_weekday

_DEFAULT_SNOOZE = timedelta(hours=2)
_UNIT_NAMES = (
    (3600, "h hr hrs hour hours"),
    (60, "m min mins minute minutes"),
    (86400, "d day days"),
)
_UNIT = {name: seconds for seconds, names in _UNIT_NAMES for name in names.split()}
_AMOUNT_TABLE = (
    "a=1|an=1|one=1|two=2|three=3|four=4|five=5|six=6|ten=10|fifteen=15|twenty=20|thirty=30|"
    "forty five=45|a couple of=2|a couple=2|a few=3|half an=0.5|half a=0.5"
)
_AMOUNT_WORDS = {
    word: float(value) for word, value in (pair.split("=") for pair in _AMOUNT_TABLE.split("|"))
}
_AMOUNT = r"\d+(?:[.,]\d+)?|" + "|".join(sorted(_AMOUNT_WORDS, key=len, reverse=True))
_UNIT_NAME = "|".join(sorted(_UNIT, key=len, reverse=True))
_DURATION_PART = re.compile(
    rf"(?:\s*,\s*|\s+and\s+|\s*)(?P<amount>{_AMOUNT})\s*(?P<unit>{_UNIT_NAME})(?![a-z])"
)
_PART_OF_DAY = {"morning": MORNING, "afternoon": AFTERNOON, "evening": EVENING}
_PART_OF_DAY["night"] = EVENING
_DAY_AND_TIME = re.compile(
    rf"(?:on\s+|next\s+|this\s+)?(?P<day>today|tomorrow|tonight|{DAY_NAME})"
    r"(?:\s+(?P<part>morning|afternoon|evening|night))?"
    rf"(?:\s*(?:at|@|,)?\s*(?P<clock>{CLOCK}))?"
)


def _parse_duration(text: str) -> timedelta | None:
    """ "2h", "in 30 minutes", "an hour", "1h30m", "1 hour and 15 minutes"."""
    seconds = 0.0
    position = 0
    while position < len(text):
        part = _DURATION_PART.match(text, position)
        if part is None:
            return None
        amount = part.group("amount").replace(",", ".")
        seconds += (_AMOUNT_WORDS.get(amount) or float(amount)) * _UNIT[part.group("unit")]
        position = part.end()
    return timedelta(seconds=round(seconds)) if seconds > 0 else None


def parse_snooze(argument: str, *, now: datetime, tz: ZoneInfo) -> datetime | None:
    """When a snoozed reminder should come back.

    Args:
        argument: "" or "later" (two hours), a duration ("in 2 hours", "2h",
            "30m", "an hour", "1h30m"), "tomorrow" (09:00 local), "tomorrow at
            18:00", "tomorrow 6pm", "tomorrow evening", a weekday ("monday":
            the next Monday, 09:00 local), "next week" (Monday 09:00),
            "tonight" (19:00 local, or an hour from now if that has passed), or
            a bare time ("at 18:00": today, or tomorrow if it has passed).
        now: The current instant (aware).
        tz: The person's time zone.

    Returns:
        The aware UTC instant, or None if the argument is not understood.
        Durations in days keep the local wall-clock time; local times are
        resolved by `local_datetime` (gap -> forward, overlap -> first).
    """
    text = clean(argument)
    text = re.sub(r"^(?:in|for|after)\s+", "", text)
    if text in ("", "later", "a bit", "a while", "later today"):
        return now + _DEFAULT_SNOOZE
    local = local_now(now, tz)
    today = local.date()
    duration = _parse_duration(text)
    if duration is not None:
        if duration.seconds == 0 and duration.days:
            return local_datetime(today + duration, local.time(), tz)
        return now + duration
    if text == "next week":
        return local_datetime(next_weekday(today, 1), MORNING, tz)
    if text in ("this afternoon", "this evening", "tonight"):
        at = AFTERNOON if text == "this afternoon" else EVENING
        candidate = local_datetime(today, at, tz)
        return candidate if candidate > now else now + timedelta(hours=1)
    match = _DAY_AND_TIME.fullmatch(text)
    if match is not None:
        return _day_and_time(match, now=now, tz=tz)
    bare = re.fullmatch(rf"(?:at|@)?\s*({CLOCK})", text)
    if bare is not None:
        at_time = parse_clock(bare.group(1))
        if at_time is None:
            return None
        candidate = local_datetime(today, at_time, tz)
        return candidate if candidate > now else local_datetime(today + timedelta(1), at_time, tz)
    return None


def _day_and_time(match: re.Match[str], *, now: datetime, tz: ZoneInfo) -> datetime | None:
    today = local_now(now, tz).date()
    day = match.group("day")
    part = match.group("part")
    at: time | None = _PART_OF_DAY[part] if part else None
    if match.group("clock"):
        at = parse_clock(match.group("clock"))
        if at is None:
            return None
    if day == "tonight":
        target, at = today, at or EVENING
    elif day == "today":
        target = today
    elif day == "tomorrow":
        target = today + timedelta(days=1)
    else:
        target = next_weekday(today, WEEKDAYS[day])
    candidate = local_datetime(target, at or MORNING, tz)
    if candidate <= now:
        if day == "tonight":
            return now + timedelta(hours=1)
        return None
    return candidate
