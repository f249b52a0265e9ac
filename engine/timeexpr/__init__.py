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

from engine.timeexpr._away import parse_away_until, read_day_first
from engine.timeexpr._calendar import FULL_DAY_AND_MONTH_NAMES
from engine.timeexpr._describe import describe_day, describe_local
from engine.timeexpr._local import local_datetime
from engine.timeexpr._quiet import (
    DEFAULT_QUIET_HOURS,
    SENSIBLE_WINDOW,
    effective_quiet_hours,
    in_quiet_hours,
    parse_quiet_hours,
    quiet_hours_end,
)
from engine.timeexpr._schedule import parse_schedule
from engine.timeexpr._snooze import parse_snooze
from engine.timeexpr._zones import parse_timezone, zone_or_utc

__all__ = [
    "DEFAULT_QUIET_HOURS",
    "FULL_DAY_AND_MONTH_NAMES",
    "SENSIBLE_WINDOW",
    "describe_day",
    "describe_local",
    "effective_quiet_hours",
    "in_quiet_hours",
    "local_datetime",
    "parse_away_until",
    "parse_quiet_hours",
    "parse_schedule",
    "parse_snooze",
    "parse_timezone",
    "quiet_hours_end",
    "read_day_first",
    "zone_or_utc",
]
