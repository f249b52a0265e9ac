"""`timezone Tokyo`: a city whose name begins with "to" is the city, not "to kyo"."""

from __future__ import annotations

import pytest

from engine.commands.parsing import Command, CommandName, parse_command
from engine.timeexpr import parse_timezone


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("timezone Tokyo", "Tokyo"),
        ("time zone Toronto", "Toronto"),
        ("tz tokyo", "tokyo"),
        ("set my timezone to Tokyo", "Tokyo"),
        ("timezone to Toronto", "Toronto"),
    ],
)
def test_a_city_starting_with_to_is_the_whole_name(text: str, city: str) -> None:
    assert parse_command(text) == Command(CommandName.TIMEZONE, city)


def test_the_cities_are_known_zones() -> None:
    tokyo, toronto = parse_timezone("Tokyo"), parse_timezone("Toronto")
    assert tokyo is not None and tokyo.key == "Asia/Tokyo"
    assert toronto is not None and toronto.key == "America/Toronto"


def test_quiet_hours_to_still_reads_the_hours() -> None:
    assert parse_command("quiet hours to 22:00-07:00") == Command(
        CommandName.QUIET_HOURS, "22:00-07:00"
    )
