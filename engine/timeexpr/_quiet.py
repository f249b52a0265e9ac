"""Quiet hours: parsing "21:00-08:00", and whether and until when they apply."""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from engine.timeexpr._calendar import clean, parse_clock
from engine.timeexpr._local import local_datetime, local_now


def parse_quiet_hours(argument: str) -> tuple[time, time] | None:
    """Quiet hours as local (start, end) times.

    Args:
        argument: "21:00-08:00", "21-8", "9pm-7am", "22:30 to 06:45".

    Returns:
        (start, end), which may span midnight (start > end); None if not
        understood or if start == end.
    """
    text = clean(argument)
    parts = re.fullmatch(
        r"(?:from\s+)?(?P<start>.+?)\s*(?:-|\bto\b|\buntil\b|\btill\b|\btil\b)\s*(?P<end>.+)",
        text,
    )
    if parts is None:
        return None
    start, end = parse_clock(parts.group("start")), parse_clock(parts.group("end"))
    if start is None or end is None or start == end:
        return None
    return start, end


DEFAULT_QUIET_HOURS = (time(21, 0), time(8, 0))
# Event nudges (a week that opened, a re-engagement) are due "now", which may be any hour:
# they are moved into this local window, the hours people expect a coach to write.
SENSIBLE_WINDOW = (time(9, 0), time(20, 0))


def effective_quiet_hours(start: time | None, end: time | None) -> tuple[time, time] | None:
    """The quiet hours in force: the person's, or the 21:00-08:00 default when unset.

    Unset (NULL) means "never chosen", so the default applies; start == end is how
    `quiet hours off` is stored and means no quiet hours at all.
    """
    if start is None or end is None:
        return DEFAULT_QUIET_HOURS
    if start == end:
        return None
    return start, end


def in_quiet_hours(local: time, start: time, end: time) -> bool:
    """Whether a local time falls in quiet hours [start, end).

    Quiet hours span midnight when start > end ("21:00-08:00"); start == end
    means no quiet hours.
    """
    if start < end:
        return start <= local < end
    if start > end:
        return local >= start or local < end
    return False


def quiet_hours_end(now: datetime, tz: ZoneInfo, start: time, end: time) -> datetime:
    """The next UTC instant, after `now`, at which quiet hours end.

    It is the next local `end` time: today's if it is still ahead, otherwise
    tomorrow's. Callers check `in_quiet_hours` first; `start` is accepted so
    the two calls read alike and is not needed to find the end.
    """
    del start  # The end alone fixes when quiet hours are over.
    today = local_now(now, tz).date()
    for offset in range(3):
        candidate = local_datetime(today + timedelta(days=offset), end, tz)
        if candidate > now:
            return candidate
    raise AssertionError("unreachable: a local time recurs within three days")
