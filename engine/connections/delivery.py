"""Send-time rules for connection nudges (pure; the dispatcher settles the verdict).

Between planning and sending, people change their minds, so the dispatcher
reads, moments before the send: the suggestion's status and expiry, both
people's opt-in and availability, the recipient's time zone and quiet hours
(those of a running enrolment, else the default 21:00–08:00: an introduction
does not need an enrolment). Intros and "did you meet?" questions are cancelled
when either side opted out or is not available, or the suggestion moved on; an
intro past its expiry is expired; quiet hours move anything to their end.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, time
from typing import Any

from engine.timeexpr import in_quiet_hours, quiet_hours_end, zone_or_utc

__all__ = ["DEFAULT_QUIET", "Hold", "Later", "Verdict", "connection_verdict"]

DEFAULT_QUIET = (time(21, 0), time(8, 0))


@dataclass(frozen=True, slots=True)
class Hold:
    """Do not send, ever: finish the nudge with `status` (cancelled / expired)."""

    status: str
    reason: str


@dataclass(frozen=True, slots=True)
class Later:
    """Not now: back to pending until `due`."""

    due: datetime
    reason: str


Verdict = Hold | Later | None


def _people_check(row: Mapping[str, Any]) -> Hold | None:
    for who in ("conn", "other"):
        if not row[f"{who}_opt_in"]:
            return Hold(
                "cancelled",
                f"cancelled: {'recipient' if who == 'conn' else 'other side'}"
                " opted out of connections",
            )
        if row[f"{who}_availability"] != "available":
            return Hold(
                "cancelled",
                f"cancelled: {'recipient' if who == 'conn' else 'other side'}"
                f" {row[f'{who}_availability']}",
            )
    return None


def connection_verdict(kind: str, row: Mapping[str, Any], now: datetime) -> Verdict:
    """None to send now, else what to do with the nudge (see the module docstring)."""
    status = row["conn_status"]
    if status is None:
        return Hold("cancelled", "cancelled: suggestion deleted")
    if kind == "connection_intro":
        if status not in ("suggested", "viewed"):
            return Hold("cancelled", f"cancelled: suggestion {status}")
        if row["conn_expires_at"] <= now:
            return Hold("expired", "missed window: suggestion expired")
        held = _people_check(row)
        if held is not None:
            return held
    elif status != "connected":
        return Hold("cancelled", f"cancelled: suggestion {status}")
    elif kind == "connection_met":
        if row["conn_met_answered"]:
            return Hold("cancelled", "cancelled: already answered")
        if not row["conn_opt_in"]:
            return Hold("cancelled", "cancelled: recipient opted out of connections")
    tz = zone_or_utc(row["conn_timezone"])
    if row["conn_has_enrolment"]:
        start, end = row["conn_quiet_start"], row["conn_quiet_end"]
    else:
        start, end = DEFAULT_QUIET
    if (
        start is not None
        and end is not None
        and in_quiet_hours(now.astimezone(tz).time(), start, end)
    ):
        return Later(quiet_hours_end(now, tz, start, end), "rescheduled: quiet hours")
    return None
