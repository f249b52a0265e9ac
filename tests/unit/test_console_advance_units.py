"""`/advance` in the console takes the units people reach for when trying a program out."""

from __future__ import annotations

from datetime import timedelta

from bot.chat import parse_duration


def test_advance_takes_weeks_as_well_as_days_hours_and_minutes() -> None:
    assert parse_duration(" 3w") == timedelta(weeks=3)
    assert parse_duration("2d") == timedelta(days=2)
    assert parse_duration("6h") == timedelta(hours=6)
    assert parse_duration("30m") == timedelta(minutes=30)


def test_advance_refuses_what_it_cannot_read() -> None:
    assert parse_duration("3 fortnights") is None
    assert parse_duration("") is None
