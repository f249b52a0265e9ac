"""The last local date someone is away: "Dec 5", "31/12", "2026-12-05", "monday", "in 3 days"."""

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
# Day and month as numbers, "31/12", "31.12.", "31-12", "5.12.2026": the day first, as in
# "5 December" and "5.12.2026", unless only the other reading is a date ("12/31").
_NUMERIC_DATE = re.compile(
    r"(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?:(?P=sep)(?P<year>\d{4}|\d{2}))?"
)
_RELATIVE_DAYS = re.compile(
    r"(?:in\s+)?(?P<n>\d+|a|an|one|two|three|four)\s+(?P<unit>days?|weeks?)"
)
_SMALL_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4}


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _this_or_next(today: date, month: int, day: int, year: str | None) -> date | None:
    """The date as given with a year; without one, its next occurrence from today on."""
    if year:
        return _safe_date(int(year) + (2000 if len(year) == 2 else 0), month, day)
    candidate = _safe_date(today.year, month, day)
    if candidate is None or candidate < today:
        candidate = _safe_date(today.year + 1, month, day)
    return candidate


def read_day_first(argument: str) -> bool:
    """Whether `argument` is a numeric date that could also be read month first ("05/06").

    Such a date is read day first (`parse_away_until`); the reply says so.
    """
    numeric = _NUMERIC_DATE.fullmatch(clean(argument))
    if numeric is None:
        return False
    first, second = int(numeric.group("a")), int(numeric.group("b"))
    return first != second and 1 <= first <= 12 and 1 <= second <= 12


def parse_away_until(argument: str, *, now: datetime, tz: ZoneInfo) -> date | None:
    """The local date someone is away until (the last day they are away).

    Args:
        argument: "2026-12-05", "5.12.2026", "31/12", "31.12.", "31-12" (day
            first; month first only when that alone is a date, "12/31"), "Dec 5",
            "5 December", "december 5th", "Dec 5 2027", a weekday ("monday": the next one, strictly
            after today), "tomorrow", "next week" (next Monday), "in 3 days",
            "2 weeks". A time ("10.30", "10:30") is no date: None.
        now: The current instant (aware).
        tz: The person's time zone, which decides what "today" is.

    Returns:
        The local date, or None if not understood. Dates without a year that
        fall before today roll over to next year; dates with an
        explicit year are returned as given, even if past, so the caller can
        say so.
    """
    text = clean(argument)
    today = local_now(now, tz).date()
    if (iso := _ISO_DATE.fullmatch(text)) is not None:
        return _safe_date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    if (numeric := _NUMERIC_DATE.fullmatch(text)) is not None:
        first, second = int(numeric.group("a")), int(numeric.group("b"))
        if numeric.group("sep") == "." and second > 12 and not numeric.group("year"):
            return None  # "10.30" is a time (H.MM), not 30 October: not a date
        day, month = (second, first) if first <= 12 < second else (first, second)
        return _this_or_next(today, month, day, numeric.group("year"))
    if (month_day := _MONTH_DAY.fullmatch(text)) is not None:
        month = MONTHS[month_day.group("m1") or month_day.group("m2")]
        day = int(month_day.group("d1") or month_day.group("d2"))
        return _this_or_next(today, month, day, month_day.group("year"))
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
