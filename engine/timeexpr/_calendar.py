"""Words and clock times shared by the parsers: weekdays, months, parts of the day."""

from __future__ import annotations

import re
from datetime import time

MORNING = time(9, 0)
AFTERNOON = time(14, 0)
EVENING = time(19, 0)


def _numbered(rows: tuple[str, ...]) -> dict[str, int]:
    """Each name on row n (space-separated, counting from 1) mapped to n."""
    return {name: number for number, names in enumerate(rows, start=1) for name in names.split()}


_WEEKDAY_NAMES = (
    "mon monday",
    "tue tues tuesday",
    "wed weds wednesday",
    "thu thur thurs thursday",
    "fri friday",
    "sat saturday",
    "sun sunday",
)
WEEKDAYS = _numbered(_WEEKDAY_NAMES)
_MONTH_NAMES = (
    "jan january",
    "feb february",
    "mar march",
    "apr april",
    "may",
    "jun june",
    "jul july",
    "aug august",
    "sep sept september",
    "oct october",
    "nov november",
    "dec december",
)
MONTHS = _numbered(_MONTH_NAMES)
# The names written out ("monday", "may", "june"), without the short forms ("jan", "sun").
FULL_DAY_AND_MONTH_NAMES = frozenset(
    max(names.split(), key=len) for names in (*_WEEKDAY_NAMES, *_MONTH_NAMES)
)
DAY_NAME = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
MONTH_NAME = "|".join(sorted(MONTHS, key=len, reverse=True))

CLOCK = (
    r"(?:(?P<h>\d{1,2})(?:[:.h](?P<m>\d{2}))?\s*(?P<ampm>am|pm|a\.m\.?|p\.m\.?)?(?:\s*(?:h|uhr))?"
    r"|noon|midday|midnight)"
)
_CLOCK_RE = re.compile(CLOCK)


def clean(text: str) -> str:
    """Casefold, turn dashes into "-", drop outer punctuation and squeeze spaces."""
    text = text.casefold().replace("\u2013", "-").replace("\u2014", "-")
    return " ".join(text.strip(" .!?,;").split())


def parse_clock(text: str) -> time | None:
    """A clock time: "18:00", "18.30", "18h", "6pm", "6:30 p.m.", "9", "noon"."""
    match = _CLOCK_RE.fullmatch(text.strip())
    if match is None:
        return None
    word = match.group(0)
    if word in ("noon", "midday"):
        return time(12, 0)
    if word == "midnight":
        return time(0, 0)
    hour, minute = int(match.group("h")), int(match.group("m") or 0)
    ampm = (match.group("ampm") or "")[:1]
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "p" else 0)
    if hour == 24 and minute == 0:
        hour = 0
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return time(hour, minute)
