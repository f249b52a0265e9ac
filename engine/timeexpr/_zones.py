"""Time zones from IANA names, offsets, and common cities, countries and abbreviations."""

from __future__ import annotations

import functools
import re
import zoneinfo
from zoneinfo import ZoneInfo

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


def zone_or_utc(name: str | None) -> ZoneInfo:
    """The stored IANA zone `name`, or UTC when there is none or it is not a zone."""
    try:
        return ZoneInfo(name or "UTC")
    except (KeyError, ValueError):  # ZoneInfoNotFoundError is a KeyError
        return ZoneInfo("UTC")


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
