"""Promised dates name their year when it is not this one; numeric day/month dates parse."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from engine.connections.handlers import offer_stands_until
from engine.timeexpr import describe_day, describe_local, parse_away_until, read_day_first

TOKYO = ZoneInfo("Asia/Tokyo")
# Friday 4 December 2026, 10:00 UTC.
NOW = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)


def test_a_date_this_year_is_named_without_the_year() -> None:
    assert describe_day(date(2026, 12, 31), today=date(2026, 12, 4)) == "Thursday 31 December"


def test_a_date_in_another_year_names_the_year() -> None:
    assert describe_day(date(2027, 1, 1), today=date(2026, 12, 4)) == "Friday 1 January 2027"


def test_the_current_year_is_the_persons_local_one() -> None:
    # 31 December 20:00 UTC is already 1 January 2027 in Tokyo: 2027 is the current year
    # there, so a moment on 2 January needs no year, and one in 2026 would.
    eve = datetime(2026, 12, 31, 20, 0, tzinfo=UTC)
    soon = datetime(2027, 1, 2, 0, 0, tzinfo=UTC)
    assert describe_local(soon, TOKYO, now=eve) == "Saturday 2 January at 09:00 (Asia/Tokyo)"
    assert describe_local(eve, ZoneInfo("UTC"), now=soon) == (
        "Thursday 31 December 2026 at 20:00 (UTC)"
    )


@pytest.mark.parametrize("text", ["31/12", "31.12.", "31.12", "31-12", "12/31", "31/12/2026"])
def test_a_numeric_day_and_month_is_read_as_that_date(text: str) -> None:
    assert parse_away_until(text, now=NOW, tz=TOKYO) == date(2026, 12, 31)


def test_both_numbers_up_to_twelve_read_day_first_and_say_so() -> None:
    assert parse_away_until("05/06", now=NOW, tz=TOKYO) == date(2027, 6, 5)
    assert parse_away_until("5.12.2026", now=NOW, tz=TOKYO) == date(2026, 12, 5)
    assert read_day_first("05/06") and read_day_first("5.12.")
    assert not read_day_first("31/12") and not read_day_first("12/31")
    assert not read_day_first("06/06") and not read_day_first("Dec 5")


def test_a_day_already_past_this_year_means_the_next_one() -> None:
    assert parse_away_until("01/12", now=NOW, tz=TOKYO) == date(2027, 12, 1)
    assert parse_away_until("04/12", now=NOW, tz=TOKYO) == date(2026, 12, 4)  # today


@pytest.mark.parametrize("text", ["32/12", "31/13", "13/13", "30/02", "31/12/20266"])
def test_no_such_day_is_not_understood(text: str) -> None:
    assert parse_away_until(text, now=NOW, tz=TOKYO) is None


@pytest.mark.parametrize("text", ["10.30", "9.45", "10.30.", "10:30", "9:05", "23:59"])
def test_a_time_is_no_date(text: str) -> None:
    # "away until 10.30" is a time today, not 30 October next year (11 months silent).
    assert parse_away_until(text, now=NOW, tz=TOKYO) is None


def test_a_dotted_date_with_a_year_or_a_month_up_to_twelve_is_still_a_date() -> None:
    assert parse_away_until("10.30.2027", now=NOW, tz=TOKYO) == date(2027, 10, 30)
    assert parse_away_until("30.10", now=NOW, tz=TOKYO) == date(2027, 10, 30)
    assert parse_away_until("10/30", now=NOW, tz=TOKYO) == date(2027, 10, 30)


def test_an_intro_offer_lapsing_next_year_names_the_year() -> None:
    december = datetime(2026, 12, 28, 10, 0, tzinfo=UTC)
    lapses = datetime(2027, 1, 4, 10, 0, tzinfo=UTC)
    assert offer_stands_until(lapses, december) == "Monday 4 January 2027"
    assert offer_stands_until(datetime(2026, 12, 31, tzinfo=UTC), december) == (
        "Thursday 31 December"
    )
