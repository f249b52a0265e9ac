"""Check-in schedules: days of the week and an optional time, "weekdays at 9"."""

from __future__ import annotations

import re
from datetime import time

from engine.timeexpr._calendar import WEEKDAYS, clean, parse_clock

_ALL_DAYS = (1, 2, 3, 4, 5, 6, 7)
_WEEKDAYS_ONLY = (1, 2, 3, 4, 5)
_DAY_GROUPS = {
    **dict.fromkeys(("weekday", "weekdays", "workday", "workdays"), _WEEKDAYS_ONLY),
    **dict.fromkeys(("weekend", "weekends"), (6, 7)),
    **dict.fromkeys(("daily", "day", "days", "everyday"), _ALL_DAYS),
}
_FILLER_WORDS = frozenset({"every", "each", "on", "and", "at", "the", "&", "+", "work"})
_SCHEDULE_CLOCK = re.compile(
    r"(?:\bat\s+|@\s*)?(?<![\w:])"
    r"(?:\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|a\.m\.?|p\.m\.?)|\d{1,2}[:.h]\d{2}|\d{1,2}(?:\s*(?:h|uhr))?"
    r"|noon|midday|midnight)(?![\w:])"
)


def _day(token: str) -> int | None:
    token = token.rstrip(".")
    if token in WEEKDAYS:
        return WEEKDAYS[token]
    if token.endswith("s") and token[:-1] in WEEKDAYS:
        return WEEKDAYS[token[:-1]]
    return None


def parse_schedule(argument: str) -> tuple[tuple[int, ...], time | None] | None:
    """Check-in days (ISO weekday numbers, Monday = 1) and an optional time.

    Args:
        argument: "mon,wed,fri 08:30", "weekdays at 9", "tue thu at 18:00",
            "every day 7am", "daily at 20:00", "weekends 10:00", "mon-fri 9:00",
            "mondays and thursdays".

    Returns:
        (days in ascending order, local time or None). Days are () when only a
        time was given ("at 9"), meaning "keep the current days". None when a
        word is not understood or there is nothing at all.
    """
    text = clean(argument)
    clocks = list(_SCHEDULE_CLOCK.finditer(text))
    if len(clocks) > 1:
        return None
    at: time | None = None
    if clocks:
        at = parse_clock(re.sub(r"^(?:at\s+|@\s*)", "", clocks[0].group(0)))
        if at is None:
            return None
        text = text[: clocks[0].start()] + " " + text[clocks[0].end() :]
    text = text.replace("work days", "workdays").replace("every day", "daily")
    days: set[int] = set()
    for token in re.split(r"[\s,/;]+", text):
        if not token or token in _FILLER_WORDS:
            continue
        if token in _DAY_GROUPS:
            days.update(_DAY_GROUPS[token])
            continue
        span = re.fullmatch(r"([a-z.]+)-([a-z.]+)", token)
        if span is not None:
            first, last = _day(span.group(1)), _day(span.group(2))
            if first is None or last is None:
                return None
            days.update((first - 1 + i) % 7 + 1 for i in range((last - first) % 7 + 1))
            continue
        day = _day(token)
        if day is None:
            return None
        days.add(day)
    if not days and at is None:
        return None
    return tuple(sorted(days)), at
