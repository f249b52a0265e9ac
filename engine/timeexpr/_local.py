"""Local wall-clock time to UTC, by the DST rule `engine.timeexpr` describes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo


def local_datetime(d: date, t: time, tz: ZoneInfo) -> datetime:
    """The UTC instant of a local date and time in `tz`.

    A time inside a spring-forward gap moves forward to the first valid instant
    (the moment of the jump); a time inside a fall-back overlap takes its first
    occurrence (`fold=0`). See `engine.timeexpr` for why.

    Args:
        d: The local date.
        t: The local wall-clock time (any tzinfo on it is ignored).
        tz: The person's time zone.

    Returns:
        An aware datetime in UTC.
    """
    wall = datetime.combine(d, t.replace(tzinfo=None))
    first = wall.replace(tzinfo=tz, fold=0)
    instant = first.astimezone(UTC)
    if instant.astimezone(tz).replace(tzinfo=None) == wall:
        return instant
    # In a gap: fold=0 reads the wall time with the offset from before the jump,
    # fold=1 with the offset after it; the jump lies between the two instants.
    low = wall.replace(tzinfo=tz, fold=1).astimezone(UTC)
    high = instant
    if low > high:
        low, high = high, low
    after = high.astimezone(tz).utcoffset()
    while high - low > timedelta(seconds=1):
        middle = low + (high - low) / 2
        if middle.astimezone(tz).utcoffset() == after:
            high = middle
        else:
            low = middle
    return high.replace(microsecond=0)


def local_now(now: datetime, tz: ZoneInfo) -> datetime:
    return now.astimezone(tz)


def next_weekday(today: date, weekday: int) -> date:
    """The next date on an ISO weekday, strictly after today."""
    days = (weekday - today.isoweekday()) % 7
    return today + timedelta(days=days or 7)
