"""When a week opens: the program's unlock rule evaluated in the person's time zone."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from engine.programs.model import UnlockRule
from engine.timeexpr import local_datetime


def unlock_time(
    rule: UnlockRule, *, previous_completed_at: datetime, enrolled_at: datetime, tz: ZoneInfo
) -> datetime:
    """The UTC instant a week opens.

    `days` counts from the previous week's completion (or from enrolment when the
    rule is not `after_previous`); `at` moves that to a local time of day, never
    earlier than the base instant (a 09:00 gate after a 22:00 completion with
    `days: 0` opens the next morning). Without `days`, `at` alone still waits for
    the next such local time.
    """
    base = previous_completed_at if rule.after_previous else enrolled_at
    days = rule.days or 0
    if rule.at is None:
        return base + timedelta(days=days)
    local_base = base.astimezone(tz)
    candidate = local_datetime(local_base.date() + timedelta(days=days), rule.at, tz)
    if candidate < base + timedelta(days=days) and days == 0:
        candidate = local_datetime(local_base.date() + timedelta(days=1), rule.at, tz)
    return candidate


def is_time_gated(rule: UnlockRule) -> bool:
    return rule.days is not None or rule.at is not None
