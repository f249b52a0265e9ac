"""Time expressions in a person's own time zone, across daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from engine.timeexpr import (
    in_quiet_hours,
    local_datetime,
    parse_away_until,
    parse_quiet_hours,
    parse_schedule,
    parse_snooze,
    parse_timezone,
    quiet_hours_end,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
SYDNEY = ZoneInfo("Australia/Sydney")
TOKYO = ZoneInfo("Asia/Tokyo")

# Monday 23 November 2026, 11:00 in Berlin.
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


# --- local_datetime -------------------------------------------------------------

LOCAL: list[tuple[str, ZoneInfo, date, time, datetime]] = [
    ("berlin winter", BERLIN, date(2026, 1, 15), time(9, 30), utc(2026, 1, 15, 8, 30)),
    ("berlin summer", BERLIN, date(2026, 7, 15), time(9, 30), utc(2026, 7, 15, 7, 30)),
    # 02:00 -> 03:00 on 2026-03-29: 02:30 does not exist, first valid instant is 03:00.
    ("berlin gap", BERLIN, date(2026, 3, 29), time(2, 30), utc(2026, 3, 29, 1, 0)),
    ("berlin gap start", BERLIN, date(2026, 3, 29), time(2, 0), utc(2026, 3, 29, 1, 0)),
    ("berlin after gap", BERLIN, date(2026, 3, 29), time(3, 0), utc(2026, 3, 29, 1, 0)),
    ("berlin before gap", BERLIN, date(2026, 3, 29), time(1, 59), utc(2026, 3, 29, 0, 59)),
    # 03:00 -> 02:00 on 2026-10-25: 02:30 happens twice, the first (CEST) is used.
    ("berlin fold", BERLIN, date(2026, 10, 25), time(2, 30), utc(2026, 10, 25, 0, 30)),
    ("berlin after fold", BERLIN, date(2026, 10, 25), time(3, 0), utc(2026, 10, 25, 2, 0)),
    # 02:00 -> 03:00 on 2026-03-08.
    ("new york gap", NEW_YORK, date(2026, 3, 8), time(2, 30), utc(2026, 3, 8, 7, 0)),
    ("new york 09:30", NEW_YORK, date(2026, 3, 8), time(9, 30), utc(2026, 3, 8, 13, 30)),
    ("new york fold", NEW_YORK, date(2026, 11, 1), time(1, 30), utc(2026, 11, 1, 5, 30)),
    # Sydney falls back 03:00 -> 02:00 on 2026-04-05 and springs forward on 2026-10-04.
    ("sydney fold", SYDNEY, date(2026, 4, 5), time(2, 30), utc(2026, 4, 4, 15, 30)),
    ("sydney gap", SYDNEY, date(2026, 10, 4), time(2, 30), utc(2026, 10, 3, 16, 0)),
    ("sydney 09:30 after", SYDNEY, date(2026, 10, 4), time(9, 30), utc(2026, 10, 3, 22, 30)),
    ("tokyo", TOKYO, date(2026, 3, 29), time(2, 30), utc(2026, 3, 28, 17, 30)),
]


@pytest.mark.parametrize(
    ("zone", "day", "at", "expected"),
    [case[1:] for case in LOCAL],
    ids=[case[0] for case in LOCAL],
)
def test_local_datetime(zone: ZoneInfo, day: date, at: time, expected: datetime) -> None:
    result = local_datetime(day, at, zone)
    assert result == expected
    assert result.utcoffset() == timedelta(0)


def test_a_daily_reminder_stays_at_the_same_local_time_across_dst() -> None:
    days = [date(2026, 3, 28) + timedelta(days=n) for n in range(3)]
    local_times = [local_datetime(d, time(9, 30), BERLIN).astimezone(BERLIN) for d in days]
    assert [t.time() for t in local_times] == [time(9, 30)] * 3
    assert [t.utcoffset() for t in local_times] == [
        timedelta(hours=1),
        timedelta(hours=2),
        timedelta(hours=2),
    ]


def test_gap_time_moves_to_the_moment_the_clocks_jump() -> None:
    moved = local_datetime(date(2026, 3, 29), time(2, 30), BERLIN).astimezone(BERLIN)
    assert (moved.hour, moved.minute) == (3, 0)


# --- snooze ---------------------------------------------------------------------

SNOOZES: list[tuple[str, datetime | None]] = [
    ("", NOW + timedelta(hours=2)),
    ("later", NOW + timedelta(hours=2)),
    ("in 2 hours", NOW + timedelta(hours=2)),
    ("2h", NOW + timedelta(hours=2)),
    ("2 hrs", NOW + timedelta(hours=2)),
    ("in 30 minutes", NOW + timedelta(minutes=30)),
    ("30m", NOW + timedelta(minutes=30)),
    ("30 min", NOW + timedelta(minutes=30)),
    ("in an hour", NOW + timedelta(hours=1)),
    ("an hour", NOW + timedelta(hours=1)),
    ("half an hour", NOW + timedelta(minutes=30)),
    ("1h30m", NOW + timedelta(minutes=90)),
    ("1 hour and 15 minutes", NOW + timedelta(minutes=75)),
    ("in 2 days", utc(2026, 11, 25, 10, 0)),
    ("tomorrow", utc(2026, 11, 24, 8, 0)),
    ("Tomorrow.", utc(2026, 11, 24, 8, 0)),
    ("tomorrow at 18:00", utc(2026, 11, 24, 17, 0)),
    ("tomorrow 6pm", utc(2026, 11, 24, 17, 0)),
    ("tomorrow evening", utc(2026, 11, 24, 18, 0)),
    ("monday", utc(2026, 11, 30, 8, 0)),
    ("on friday", utc(2026, 11, 27, 8, 0)),
    ("wednesday at 7:15", utc(2026, 11, 25, 6, 15)),
    ("next week", utc(2026, 11, 30, 8, 0)),
    ("tonight", utc(2026, 11, 23, 18, 0)),
    ("at 18:00", utc(2026, 11, 23, 17, 0)),
    ("8am", utc(2026, 11, 24, 7, 0)),
    ("soonish", None),
    ("in a jiffy", None),
    ("tomorrow at 25:00", None),
    ("0 minutes", None),
    ("in 2 hours and then some", None),
]


@pytest.mark.parametrize(("argument", "expected"), SNOOZES)
def test_snooze(argument: str, expected: datetime | None) -> None:
    assert parse_snooze(argument, now=NOW, tz=BERLIN) == expected


def test_tonight_after_seven_is_an_hour_from_now() -> None:
    late = utc(2026, 11, 23, 20, 30)  # 21:30 in Berlin
    assert parse_snooze("tonight", now=late, tz=BERLIN) == late + timedelta(hours=1)


def test_tomorrow_is_the_persons_tomorrow_not_utcs() -> None:
    # 23:30 UTC on Monday is already Tuesday 08:30 in Tokyo.
    now = utc(2026, 11, 23, 23, 30)
    assert parse_snooze("tomorrow", now=now, tz=TOKYO) == utc(2026, 11, 25, 0, 0)


def test_snooze_to_a_time_in_the_spring_forward_gap_moves_forward() -> None:
    now = utc(2026, 3, 28, 12, 0)  # Saturday before the change
    assert parse_snooze("tomorrow at 2:30", now=now, tz=BERLIN) == utc(2026, 3, 29, 1, 0)


def test_snooze_tomorrow_across_the_us_change_stays_at_nine_local() -> None:
    now = utc(2026, 3, 7, 15, 0)
    result = parse_snooze("tomorrow", now=now, tz=NEW_YORK)
    assert result == utc(2026, 3, 8, 13, 0)
    assert result is not None and result.astimezone(NEW_YORK).hour == 9


def test_snooze_in_two_days_keeps_the_wall_clock_across_dst() -> None:
    now = utc(2026, 10, 24, 8, 0)  # 10:00 CEST
    result = parse_snooze("in 2 days", now=now, tz=BERLIN)
    assert result is not None
    assert result.astimezone(BERLIN).replace(tzinfo=None) == datetime(2026, 10, 26, 10, 0)


# --- away until -----------------------------------------------------------------

AWAY: list[tuple[str, date | None]] = [
    ("2026-12-05", date(2026, 12, 5)),
    ("5.12.2026", date(2026, 12, 5)),
    ("Dec 5", date(2026, 12, 5)),
    ("dec. 5", date(2026, 12, 5)),
    ("5 December", date(2026, 12, 5)),
    ("december 5th", date(2026, 12, 5)),
    ("the 5th of December", date(2026, 12, 5)),
    ("Jan 3", date(2027, 1, 3)),
    ("March 1", date(2027, 3, 1)),
    ("November 23", date(2026, 11, 23)),
    ("November 22", date(2027, 11, 22)),
    ("5th of March 2027", date(2027, 3, 5)),
    ("monday", date(2026, 11, 30)),
    ("next monday", date(2026, 11, 30)),
    ("friday", date(2026, 11, 27)),
    ("tomorrow", date(2026, 11, 24)),
    ("next week", date(2026, 11, 30)),
    ("in 3 days", date(2026, 11, 26)),
    ("2 weeks", date(2026, 12, 7)),
    ("feb 30", None),
    ("2026-13-01", None),
    ("whenever", None),
    ("", None),
]


@pytest.mark.parametrize(("argument", "expected"), AWAY)
def test_away_until(argument: str, expected: date | None) -> None:
    assert parse_away_until(argument, now=NOW, tz=BERLIN) == expected


def test_away_until_uses_the_local_date() -> None:
    # Monday 23:30 UTC is Tuesday in Sydney, so "in 3 days" counts from Tuesday.
    now = utc(2026, 11, 23, 23, 30)
    assert parse_away_until("in 3 days", now=now, tz=SYDNEY) == date(2026, 11, 27)


# --- quiet hours ----------------------------------------------------------------

QUIET: list[tuple[str, tuple[time, time] | None]] = [
    ("21:00-08:00", (time(21, 0), time(8, 0))),
    ("21-8", (time(21, 0), time(8, 0))),
    ("9pm-7am", (time(21, 0), time(7, 0))),
    ("9 pm - 7 am", (time(21, 0), time(7, 0))),
    ("22:30 to 06:45", (time(22, 30), time(6, 45))),
    ("from 22 until 7", (time(22, 0), time(7, 0))),
    ("12:30-13:30", (time(12, 30), time(13, 30))),
    ("21:00\u201308:00", (time(21, 0), time(8, 0))),
    ("8-8", None),
    ("25-8", None),
    ("evenings", None),
    ("21:00", None),
]


@pytest.mark.parametrize(("argument", "expected"), QUIET)
def test_parse_quiet_hours(argument: str, expected: tuple[time, time] | None) -> None:
    assert parse_quiet_hours(argument) == expected


IN_QUIET: list[tuple[time, time, time, bool]] = [
    (time(23, 0), time(21, 0), time(8, 0), True),
    (time(0, 0), time(21, 0), time(8, 0), True),
    (time(7, 59), time(21, 0), time(8, 0), True),
    (time(21, 0), time(21, 0), time(8, 0), True),
    (time(8, 0), time(21, 0), time(8, 0), False),
    (time(12, 0), time(21, 0), time(8, 0), False),
    (time(20, 59), time(21, 0), time(8, 0), False),
    (time(12, 0), time(12, 0), time(14, 0), True),
    (time(14, 0), time(12, 0), time(14, 0), False),
    (time(11, 0), time(12, 0), time(14, 0), False),
    (time(11, 0), time(9, 0), time(9, 0), False),
]


@pytest.mark.parametrize(("local", "start", "end", "expected"), IN_QUIET)
def test_in_quiet_hours(local: time, start: time, end: time, expected: bool) -> None:
    assert in_quiet_hours(local, start, end) is expected


def test_quiet_hours_spanning_midnight_end_next_morning() -> None:
    now = utc(2026, 11, 23, 22, 0)  # 23:00 in Berlin
    assert quiet_hours_end(now, BERLIN, time(21), time(8)) == utc(2026, 11, 24, 7, 0)


def test_quiet_hours_after_midnight_end_the_same_morning() -> None:
    now = utc(2026, 11, 24, 1, 0)  # 02:00 in Berlin
    assert quiet_hours_end(now, BERLIN, time(21), time(8)) == utc(2026, 11, 24, 7, 0)


def test_quiet_hours_end_follows_the_local_clock_across_dst() -> None:
    # The night the clocks go forward, 08:00 local is 06:00 UTC, not 07:00.
    now = utc(2026, 3, 28, 22, 0)
    assert quiet_hours_end(now, BERLIN, time(21), time(8)) == utc(2026, 3, 29, 6, 0)
    # Sydney's spring forward night.
    now = utc(2026, 10, 3, 12, 0)  # 22:00 AEST
    assert quiet_hours_end(now, SYDNEY, time(21), time(7)) == utc(2026, 10, 3, 20, 0)


def test_quiet_hours_ending_inside_the_gap_end_when_the_clocks_jump() -> None:
    now = utc(2026, 3, 28, 22, 0)
    assert quiet_hours_end(now, BERLIN, time(21), time(2, 30)) == utc(2026, 3, 29, 1, 0)


def test_quiet_hours_ending_in_the_repeated_hour_end_at_its_first_occurrence() -> None:
    now = utc(2026, 10, 24, 22, 0)  # 00:00 CEST
    assert quiet_hours_end(now, BERLIN, time(22), time(2, 30)) == utc(2026, 10, 25, 0, 30)
    # Already in the second 02:15 (CET): the first 02:30 has passed, so tomorrow's.
    now = utc(2026, 10, 25, 1, 15)
    assert quiet_hours_end(now, BERLIN, time(22), time(2, 30)) == utc(2026, 10, 26, 1, 30)


# --- schedules ------------------------------------------------------------------

SCHEDULES: list[tuple[str, tuple[tuple[int, ...], time | None] | None]] = [
    ("mon,wed,fri 08:30", ((1, 3, 5), time(8, 30))),
    ("weekdays at 9", ((1, 2, 3, 4, 5), time(9, 0))),
    ("tue thu at 18:00", ((2, 4), time(18, 0))),
    ("every day 7am", ((1, 2, 3, 4, 5, 6, 7), time(7, 0))),
    ("daily at 20:00", ((1, 2, 3, 4, 5, 6, 7), time(20, 0))),
    ("weekends 10:00", ((6, 7), time(10, 0))),
    ("mon-fri 9:00", ((1, 2, 3, 4, 5), time(9, 0))),
    ("fri-mon", ((1, 5, 6, 7), None)),
    ("Mondays and Thursdays", ((1, 4), None)),
    ("sunday at noon", ((7,), time(12, 0))),
    ("at 9", ((), time(9, 0))),
    ("tuesday, thursday @ 6:30pm", ((2, 4), time(18, 30))),
    ("blah at 9", None),
    ("mon 9 10", None),
    ("mon at 27:00", None),
    ("", None),
]


@pytest.mark.parametrize(("argument", "expected"), SCHEDULES)
def test_parse_schedule(
    argument: str, expected: tuple[tuple[int, ...], time | None] | None
) -> None:
    assert parse_schedule(argument) == expected


# --- time zones -----------------------------------------------------------------

ZONES: list[tuple[str, str | None]] = [
    ("Europe/Berlin", "Europe/Berlin"),
    ("europe/berlin", "Europe/Berlin"),
    (" EUROPE/BERLIN ", "Europe/Berlin"),
    ("America/New_York", "America/New_York"),
    ("america/new york", "America/New_York"),
    ("UTC", "UTC"),
    ("utc", "UTC"),
    ("GMT", "GMT"),
    ("Berlin", "Europe/Berlin"),
    ("New York", "America/New_York"),
    ("London", "Europe/London"),
    ("Sydney", "Australia/Sydney"),
    ("Tokyo", "Asia/Tokyo"),
    ("Paris", "Europe/Paris"),
    ("San Francisco", "America/Los_Angeles"),
    ("India", "Asia/Kolkata"),
    ("Kolkata", "Asia/Kolkata"),
    ("EST", "America/New_York"),
    ("UTC+2", "Etc/GMT-2"),
    ("utc-5", "Etc/GMT+5"),
    ("Atlantis", None),
    ("Europe/Atlantis", None),
    ("", None),
]


@pytest.mark.parametrize(("argument", "expected"), ZONES)
def test_parse_timezone(argument: str, expected: str | None) -> None:
    zone = parse_timezone(argument)
    assert (zone.key if zone is not None else None) == expected


# --- arguments as the command parser hands them over ---------------------------


@pytest.mark.parametrize(
    "message",
    [
        "snooze",
        "later",
        "snooze 3h",
        "snooze for 30 minutes",
        "remind me in 2 hours",
        "remind me tomorrow",
        "remind me tomorrow at 18:00",
        "remind me on monday",
    ],
)
def test_snooze_commands_arguments_are_understood(message: str) -> None:
    from engine.commands.parsing import CommandName, parse_command

    command = parse_command(message)
    assert command is not None and command.name is CommandName.SNOOZE
    assert parse_snooze(command.argument, now=NOW, tz=BERLIN) is not None


@pytest.mark.parametrize(
    ("message", "parse"),
    [
        ("away until 2026-12-05", "away"),
        ("on vacation until Dec 5", "away"),
        ("i'm away until monday", "away"),
        ("quiet hours 21:00-08:00", "quiet"),
        ("quiet 22-7", "quiet"),
        ("schedule mon,wed,fri 08:30", "schedule"),
        ("remind me on weekdays at 9", "schedule"),
        ("check-in days tue thu at 18:00", "schedule"),
        ("timezone Europe/Berlin", "zone"),
        ("tz new york", "zone"),
    ],
)
def test_command_arguments_are_understood(message: str, parse: str) -> None:
    from engine.commands.parsing import parse_command

    command = parse_command(message)
    assert command is not None
    argument = command.argument
    if parse == "away":
        assert parse_away_until(argument, now=NOW, tz=BERLIN) is not None
    elif parse == "quiet":
        assert parse_quiet_hours(argument) is not None
    elif parse == "schedule":
        assert parse_schedule(argument) is not None
    else:
        assert parse_timezone(argument) is not None
