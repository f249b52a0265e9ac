"""The last local date someone is away: "Dec 5", "2026-12-05", "monday", "in 3 days"."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from engine.timeexpr._calendar import DAY_NAME, MONTH_NAME, MONTHS, WEEKDAYS, clean
from engine.timeexpr._local import local_now, next_weekday

_ORDINAL = r"(?:st|nd|rd|th)?"
_MONTH_DAY = re.compile(
    rf"(?:the\s+)?(?:(?P<d1>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?(?P<m1>{MONTH_NAME})\.?"
    rf"|(?P<m2>{MONTH_NAME})\.?\s+(?:the\s+)?(?P<d2>\d{{1,2}}){_ORDINAL})"
    r"(?:,?\s+(?P<year>\d{4}))?"
)
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DOTTED_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_RELATIVE_DAYS = re.compile(
    r"(?:in\s+)?(?P<n>\d+|a|an|one|two|three|four)\s+(?P<unit>days?|weeks?)"
)
_SMALL_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4}


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_away_until(argument: str, *, now: datetime, tz: ZoneInfo) -> date | None:
    """The local date someone is away until (the last day they are away).

    Args:
        argument: "2026-12-05", "5.12.2026", "Dec 5", "5 December", "december
            5th", "Dec 5 2027", a weekday ("monday": the next one, strictly
            after today), "tomorrow", "next week" (next Monday), "in 3 days",
            "2 weeks".
        now: The current instant (aware).
        tz: The person's time zone, which decides what "today" is.

    Returns:
        The local date, or None if not understood. Month-day forms without a
        year that fall before today roll over to next year; dates with an
        explicit year are returned as given, even if past, so the caller can
        say so.
    """
    text = clean(argument)
    today = local_now(now, tz).date()
    if (iso := _ISO_DATE.fullmatch(text)) is not None:
        return _safe_date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    if (dotted := _DOTTED_DATE.fullmatch(text)) is not None:
        return _safe_date(int(dotted.group(3)), int(dotted.group(2)), int(dotted.group(1)))
    if (month_day := _MONTH_DAY.fullmatch(text)) is not None:
        month = MONTHS[month_day.group("m1") or month_day.group("m2")]
        day = int(month_day.group("d1") or month_day.group("d2"))
        if month_day.group("year"):
            return _safe_date(int(month_day.group("year")), month, day)
        candidate = _safe_date(today.year, month, day)
        if candidate is None or candidate < today:
            candidate = _safe_date(today.year + 1, month, day)
        return candidate
    text = re.sub(r"^(?:next|this|on)\s+(?=" + DAY_NAME + r")", "", text)
    if text in WEEKDAYS:
        return next_weekday(today, WEEKDAYS[text])
    if text == "tomorrow":
        return today + timedelta(days=1)
    if text == "next week":
        return next_weekday(today, 1)
    if (relative := _RELATIVE_DAYS.fullmatch(text)) is not None:
        count = relative.group("n")
        n = _SMALL_COUNTS[count] if count in _SMALL_COUNTS else int(count)
        return today + timedelta(days=n * (7 if relative.group("unit").startswith("w") else 1))
    return None
