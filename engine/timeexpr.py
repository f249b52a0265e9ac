"""Time expressions in a person's own time zone.

Everything takes an aware UTC `now` and the person's `ZoneInfo`, reasons in
local wall-clock time ("tomorrow 09:00", "weekdays at 9"), and hands back aware
UTC instants (or local dates and times where stated), so a 09:30 reminder stays
09:30 local across daylight-saving changes.

Wall-clock times that DST makes awkward are resolved deliberately, in
`local_datetime`, and every other function goes through it:

* A local time that does not exist (the spring-forward gap, e.g. 02:30 in
  Berlin on 2026-03-29) moves forward to the first instant that does exist,
  the moment the clocks jump (03:00 local). `zoneinfo` alone would instead
  shift it by the size of the gap (to 03:30), which is not what we promise.
* A local time that happens twice (the fall-back overlap, e.g. 02:30 in
  Berlin on 2026-10-25) means its first occurrence, `fold=0`, the one still
  on summer time. That is `zoneinfo`'s own reading of `fold=0`.
"""

from __future__ import annotations

import functools
import re
import zoneinfo
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

__all__ = [
    "in_quiet_hours",
    "local_datetime",
    "parse_away_until",
    "parse_quiet_hours",
    "parse_schedule",
    "parse_snooze",
    "parse_timezone",
    "quiet_hours_end",
]

_DEFAULT_SNOOZE = timedelta(hours=2)
_MORNING = time(9, 0)
_AFTERNOON = time(14, 0)
_EVENING = time(19, 0)

_WEEKDAY_NAMES = (
    "mon monday",
    "tue tues tuesday",
    "wed weds wednesday",
    "thu thur thurs thursday",
    "fri friday",
    "sat saturday",
    "sun sunday",
)
_WEEKDAYS = {
    name: number for number, names in enumerate(_WEEKDAY_NAMES, start=1) for name in names.split()
}
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
_MONTHS = {
    name: number for number, names in enumerate(_MONTH_NAMES, start=1) for name in names.split()
}
_DAY_NAME = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
_MONTH_NAME = "|".join(sorted(_MONTHS, key=len, reverse=True))

_CLOCK = (
    r"(?:(?P<h>\d{1,2})(?:[:.h](?P<m>\d{2}))?\s*(?P<ampm>am|pm|a\.m\.?|p\.m\.?)?(?:\s*(?:h|uhr))?"
    r"|noon|midday|midnight)"
)
_CLOCK_RE = re.compile(_CLOCK)


def _clean(text: str) -> str:
    text = text.casefold().replace("\u2013", "-").replace("\u2014", "-")
    return " ".join(text.strip(" .!?,;").split())


def _parse_clock(text: str) -> time | None:
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


# --- local wall-clock time -> UTC ----------------------------------------------


def local_datetime(d: date, t: time, tz: ZoneInfo) -> datetime:
    """The UTC instant of a local date and time in `tz`.

    A time inside a spring-forward gap moves forward to the first valid instant
    (the moment of the jump); a time inside a fall-back overlap takes its first
    occurrence (`fold=0`). See the module docstring for why.

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


def _local_now(now: datetime, tz: ZoneInfo) -> datetime:
    return now.astimezone(tz)


def _next_weekday(today: date, weekday: int) -> date:
    """The next date on an ISO weekday, strictly after today."""
    days = (weekday - today.isoweekday()) % 7
    return today + timedelta(days=days or 7)


# --- snooze ----------------------------------------------------------------------

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
_PART_OF_DAY = {"morning": _MORNING, "afternoon": _AFTERNOON, "evening": _EVENING}
_PART_OF_DAY["night"] = _EVENING
_DAY_AND_TIME = re.compile(
    rf"(?:on\s+|next\s+|this\s+)?(?P<day>today|tomorrow|tonight|{_DAY_NAME})"
    r"(?:\s+(?P<part>morning|afternoon|evening|night))?"
    rf"(?:\s*(?:at|@|,)?\s*(?P<clock>{_CLOCK}))?"
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
    text = _clean(argument)
    text = re.sub(r"^(?:in|for|after)\s+", "", text)
    if text in ("", "later", "a bit", "a while", "later today"):
        return now + _DEFAULT_SNOOZE
    local = _local_now(now, tz)
    today = local.date()
    duration = _parse_duration(text)
    if duration is not None:
        if duration.seconds == 0 and duration.days:
            return local_datetime(today + duration, local.time(), tz)
        return now + duration
    if text == "next week":
        return local_datetime(_next_weekday(today, 1), _MORNING, tz)
    if text in ("this afternoon", "this evening", "tonight"):
        at = _AFTERNOON if text == "this afternoon" else _EVENING
        candidate = local_datetime(today, at, tz)
        return candidate if candidate > now else now + timedelta(hours=1)
    match = _DAY_AND_TIME.fullmatch(text)
    if match is not None:
        return _day_and_time(match, now=now, tz=tz)
    bare = re.fullmatch(rf"(?:at|@)?\s*({_CLOCK})", text)
    if bare is not None:
        at_time = _parse_clock(bare.group(1))
        if at_time is None:
            return None
        candidate = local_datetime(today, at_time, tz)
        return candidate if candidate > now else local_datetime(today + timedelta(1), at_time, tz)
    return None


def _day_and_time(match: re.Match[str], *, now: datetime, tz: ZoneInfo) -> datetime | None:
    today = _local_now(now, tz).date()
    day = match.group("day")
    part = match.group("part")
    at: time | None = _PART_OF_DAY[part] if part else None
    if match.group("clock"):
        at = _parse_clock(match.group("clock"))
        if at is None:
            return None
    if day == "tonight":
        target, at = today, at or _EVENING
    elif day == "today":
        target = today
    elif day == "tomorrow":
        target = today + timedelta(days=1)
    else:
        target = _next_weekday(today, _WEEKDAYS[day])
    candidate = local_datetime(target, at or _MORNING, tz)
    if candidate <= now:
        if day == "tonight":
            return now + timedelta(hours=1)
        return None
    return candidate


# --- away until -----------------------------------------------------------------

_ORDINAL = r"(?:st|nd|rd|th)?"
_MONTH_DAY = re.compile(
    rf"(?:the\s+)?(?:(?P<d1>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?(?P<m1>{_MONTH_NAME})\.?"
    rf"|(?P<m2>{_MONTH_NAME})\.?\s+(?:the\s+)?(?P<d2>\d{{1,2}}){_ORDINAL})"
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
    text = _clean(argument)
    today = _local_now(now, tz).date()
    if (iso := _ISO_DATE.fullmatch(text)) is not None:
        return _safe_date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    if (dotted := _DOTTED_DATE.fullmatch(text)) is not None:
        return _safe_date(int(dotted.group(3)), int(dotted.group(2)), int(dotted.group(1)))
    if (month_day := _MONTH_DAY.fullmatch(text)) is not None:
        month = _MONTHS[month_day.group("m1") or month_day.group("m2")]
        day = int(month_day.group("d1") or month_day.group("d2"))
        if month_day.group("year"):
            return _safe_date(int(month_day.group("year")), month, day)
        candidate = _safe_date(today.year, month, day)
        if candidate is None or candidate < today:
            candidate = _safe_date(today.year + 1, month, day)
        return candidate
    text = re.sub(r"^(?:next|this|on)\s+(?=" + _DAY_NAME + r")", "", text)
    if text in _WEEKDAYS:
        return _next_weekday(today, _WEEKDAYS[text])
    if text == "tomorrow":
        return today + timedelta(days=1)
    if text == "next week":
        return _next_weekday(today, 1)
    if (relative := _RELATIVE_DAYS.fullmatch(text)) is not None:
        count = relative.group("n")
        n = _SMALL_COUNTS[count] if count in _SMALL_COUNTS else int(count)
        return today + timedelta(days=n * (7 if relative.group("unit").startswith("w") else 1))
    return None


# --- quiet hours -------------------------------------------------------------------


def parse_quiet_hours(argument: str) -> tuple[time, time] | None:
    """Quiet hours as local (start, end) times.

    Args:
        argument: "21:00-08:00", "21-8", "9pm-7am", "22:30 to 06:45".

    Returns:
        (start, end), which may span midnight (start > end); None if not
        understood or if start == end.
    """
    text = _clean(argument)
    parts = re.fullmatch(
        r"(?:from\s+)?(?P<start>.+?)\s*(?:-|\bto\b|\buntil\b|\btill\b|\btil\b)\s*(?P<end>.+)",
        text,
    )
    if parts is None:
        return None
    start, end = _parse_clock(parts.group("start")), _parse_clock(parts.group("end"))
    if start is None or end is None or start == end:
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
    today = _local_now(now, tz).date()
    for offset in range(3):
        candidate = local_datetime(today + timedelta(days=offset), end, tz)
        if candidate > now:
            return candidate
    raise AssertionError("unreachable: a local time recurs within three days")


# --- schedules ---------------------------------------------------------------------

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
    if token in _WEEKDAYS:
        return _WEEKDAYS[token]
    if token.endswith("s") and token[:-1] in _WEEKDAYS:
        return _WEEKDAYS[token[:-1]]
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
    text = _clean(argument)
    clocks = list(_SCHEDULE_CLOCK.finditer(text))
    if len(clocks) > 1:
        return None
    at: time | None = None
    if clocks:
        at = _parse_clock(re.sub(r"^(?:at\s+|@\s*)", "", clocks[0].group(0)))
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


# --- time zones --------------------------------------------------------------------

_ALIASES_BY_ZONE = (
    ("UTC", "utc|z"),
    ("GMT", "gmt"),
    ("America/Los_Angeles", "san francisco|sf|seattle|la|pacific|pst|pdt"),
    ("America/New_York", "nyc|boston|washington|miami|atlanta|eastern|est|edt"),
    ("America/Chicago", "austin|dallas|houston|central|cst|cdt"),
    ("America/Denver", "mountain|mst|mdt"),
    ("Asia/Kolkata", "india|mumbai|delhi|new delhi|bangalore|bengaluru"),
    ("Asia/Shanghai", "beijing|china"),
    ("Asia/Tokyo", "japan"),
    ("Europe/Berlin", "germany|munich|hamburg|frankfurt|cologne"),
    ("Europe/Paris", "france"),
    ("Europe/London", "uk|england"),
    ("Europe/Madrid", "spain"),
    ("Europe/Rome", "italy"),
    ("Europe/Amsterdam", "netherlands"),
)
_ZONE_ALIASES = {alias: zone for zone, aliases in _ALIASES_BY_ZONE for alias in aliases.split("|")}
_IGNORED_AREAS = ("Etc/", "SystemV/", "posix/", "right/")


@functools.cache
def _zone_names() -> dict[str, str]:
    """Case-insensitive lookup of IANA names and of their city parts."""
    keys = sorted(zoneinfo.available_timezones())
    names: dict[str, str] = {}
    for key in keys:
        if key.startswith(_IGNORED_AREAS) or "/" not in key:
            continue
        city = key.rsplit("/", 1)[1].replace("_", " ").casefold()
        # Prefer the shortest key for a city ("America/Buenos_Aires" and
        # "America/Argentina/Buenos_Aires" are the same zone).
        if city not in names or len(key) < len(names[city]):
            names[city] = key
    for key in keys:
        names[key.casefold()] = key
        names[key.replace("_", " ").casefold()] = key
    return names


def parse_timezone(argument: str) -> ZoneInfo | None:
    """A time zone from an IANA name, a common city, country or abbreviation.

    Args:
        argument: "Europe/Berlin" (any case, spaces for underscores), "UTC",
            "GMT", "UTC+2" (whole hours), or a city/alias such as "Berlin",
            "New York", "San Francisco" or "India".

    Returns:
        The zone, or None if unknown. US abbreviations ("EST", "PST") mean the
        city zones with daylight saving, not the fixed-offset legacy zones.
    """
    text = " ".join(argument.strip().casefold().split())
    if not text:
        return None
    offset = re.fullmatch(r"(?:utc|gmt)\s*([+-])\s*(\d{1,2})(?::?00)?", text)
    if offset is not None:
        hours = int(offset.group(2))
        if hours == 0:
            return ZoneInfo("UTC")
        # POSIX-style Etc zones have inverted signs: UTC+2 is Etc/GMT-2.
        key = f"Etc/GMT{'-' if offset.group(1) == '+' else '+'}{hours}"
        return ZoneInfo(key) if key in zoneinfo.available_timezones() else None
    name = _ZONE_ALIASES.get(text) or _zone_names().get(text)
    return ZoneInfo(name) if name is not None else None
