"""Telling a person a date or moment they were promised: the year only when it is not this one."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from engine.timeexpr._local import local_now


def describe_day(day: date, *, today: date) -> str:
    """'Monday 30 November', or 'Friday 8 January 2027' when not in `today`'s year.

    Args:
        day: The local date promised (a snooze, an absence, a week's opening).
        today: The person's local date now, which decides the current year.
    """
    text = f"{day:%A %-d %B}"
    return text if day.year == today.year else f"{text} {day.year}"


def describe_local(when: datetime, tz: ZoneInfo, *, now: datetime) -> str:
    """'Monday 30 November at 09:00 (Europe/Berlin)', the year named when not this year's.

    Args:
        when: The promised instant (aware).
        tz: The person's time zone: the date, time and current year are theirs.
        now: The current instant (aware).
    """
    local = when.astimezone(tz)
    day = describe_day(local.date(), today=local_now(now, tz).date())
    return f"{day} at {local:%H:%M} ({tz.key})"
