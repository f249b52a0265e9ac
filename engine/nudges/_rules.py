"""The rules a claimed nudge is held to at send time: send it, or settle it and say why.

Pure: given the nudge, what was read about the person moments before, and the
time, `verdict` answers None (send) or a `Settle` (what to write instead). The
dispatcher applies it. The person may have changed things since planning, so
everything the planner checked is checked again here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo

from engine.connections import CONNECTION_KINDS, Hold, Later, connection_verdict
from engine.timeexpr import (
    effective_quiet_hours,
    in_quiet_hours,
    local_datetime,
    quiet_hours_end,
    zone_or_utc,
)

_MORNING = time(9, 0)
_WEEK_OPENING = timedelta(minutes=1)  # the planner's period
# How long a check-in waits for a week opening after it (planning_sql's `_HOLD`), and how
# long past its opening a week may still be locked before nothing waits for it any more.
_HOLD = timedelta(hours=3)
_OPENING_LATE = timedelta(minutes=5)


@dataclass(frozen=True, slots=True)
class Claimed:
    """A nudge this worker holds a lease on."""

    id: int
    user_id: int
    kind: str
    idempotency_key: str
    due_at: datetime
    attempts: int
    payload: dict[str, Any]

    @property
    def snoozed(self) -> bool:
        """A reminder the person asked for ("remind me in 2 hours")."""
        return bool(self.payload.get("snoozed"))


@dataclass(frozen=True, slots=True)
class Settle:
    """Not sent now: `finish` with a final status, or `release` back to pending at `due`."""

    action: Literal["finish", "release"]
    status: str  # finish: cancelled/expired; release: the outcome counted (rescheduled)
    reason: str
    due: datetime | None = None


def _cancel(reason: str) -> Settle:
    return Settle("finish", "cancelled", f"cancelled: {reason}")


def _planned_at(nudge: Claimed) -> datetime:
    """When the planner decided (on the engine's clock, like `last_activity_at`)."""
    planned = nudge.payload.get("planned_at")
    return datetime.fromisoformat(str(planned)) if planned else nudge.due_at


def _hours(delta: timedelta) -> str:
    return f"{delta.total_seconds() / 3600:.1f}h"


def _same_local_day(instant: datetime | None, tz: ZoneInfo, day: str) -> bool:
    return instant is not None and instant.astimezone(tz).date().isoformat() == day


def _follow_up(nudge: Claimed, row: Mapping[str, Any]) -> bool:
    """A check-in the completed program declared, within its follow-up period."""
    until = row.get("follow_up_until")
    return (
        nudge.kind == "check_in"
        and row["status"] == "completed"
        and until is not None
        and nudge.due_at < until
    )


def _state(nudge: Claimed, row: Mapping[str, Any]) -> Settle | None:
    """Is there still someone, and something, to remind?"""
    kind = nudge.kind
    if row["enrolment_id"] is None or row["deleted_at"] is not None:
        return _cancel("enrolment deleted")
    if row["status"] != "active" and not _follow_up(nudge, row):
        return _cancel(f"enrolment {row['status']}")
    if not row["reminders_enabled"]:
        return _cancel("reminders turned off")
    if row["dormant_at"] is not None and kind in ("check_in", "re_engage"):
        return _cancel("enrolment dormant")
    if kind == "re_engage" and row["last_activity_at"] > _planned_at(nudge):
        return _cancel("active again since planned")
    if kind == "week_unlocked" and row["week_status"] != "unlocked":
        return _cancel(f"week already {row['week_status'] or 'gone'}")
    if kind == "goal_deadline" and row["goal_status"] != "active":
        return _cancel(f"goal {row['goal_status'] or 'deleted'}")
    if kind != "check_in":
        return None
    day = str(nudge.payload.get("local_date"))
    tz = zone_or_utc(row["timezone"])
    # A snooze reminds of the step left waiting: a check-in earlier that day is no reason
    # to drop it. Without a waiting step it is a check-in prompt like any other.
    if nudge.snoozed and row.get("pending_prompt"):
        return None
    if _same_local_day(row["last_check_in"], tz, day):
        return _cancel(f"already checked in on {day}")
    if _same_local_day(row.get("last_check_in_prompt"), tz, day):
        return _cancel(f"already asked to check in on {day}")
    return None


def _held_for_week(
    nudge: Claimed, row: Mapping[str, Any], now: datetime, tz: ZoneInfo
) -> Settle | None:
    """A check-in that waits for the week opening soon after it, to go with its offer.

    Decided at each claim from the week as it is now (the planner's reading may be out of
    date: the settings changed, the week's opening moved): it waits only while the week
    is still locked and opens the same local day, within `_HOLD` of the check-in's own
    time, outside quiet hours. Otherwise it goes on its own now (the other rules decide
    when), rather than waiting for an opening that will not join it, past its day.
    """
    opens = row.get("week_unlocks_at")
    if not nudge.payload.get("with_week") or row["week_status"] != "locked" or opens is None:
        return None
    day = date.fromisoformat(str(nudge.payload["local_date"]))
    own = local_datetime(day, time.fromisoformat(str(nudge.payload["local_time"])), tz)
    quiet = effective_quiet_hours(row["quiet_start"], row["quiet_end"])
    local = opens.astimezone(tz)
    if (
        local.date() != day
        or opens > own + _HOLD
        or now - opens > _OPENING_LATE  # the planner would have opened it by now
        or (quiet is not None and in_quiet_hours(local.time(), *quiet))
    ):
        return None
    # Due to open: the planner opens it within its minute.
    wait = opens if opens > now else now + _WEEK_OPENING
    return Settle("release", "rescheduled", "rescheduled: the week opens with it", wait)


def _timing(nudge: Claimed, row: Mapping[str, Any], now: datetime, late_after: timedelta) -> Any:
    """Too late, or not yet (away, snoozed, quiet hours)?"""
    kind = nudge.kind
    tz = zone_or_utc(row["timezone"])
    today = now.astimezone(tz).date()
    late = now - nudge.due_at
    if kind == "check_in":
        day = date.fromisoformat(str(nudge.payload["local_date"]))
        if today > day or late > late_after:
            return Settle(
                "finish",
                "expired",
                f"missed window: check-in for {day} due {nudge.due_at:%Y-%m-%d %H:%M} UTC,"
                f" {_hours(late)} late at {now:%Y-%m-%d %H:%M} UTC",
            )
    if kind == "goal_deadline":
        deadline = date.fromisoformat(str(nudge.payload["deadline"]))
        if today >= deadline:
            return Settle(
                "finish", "expired", f"missed window: goal deadline {deadline} already reached"
            )
    if kind == "check_in" and (held := _held_for_week(nudge, row, now, tz)) is not None:
        return held
    away = row["away_until"]
    if away is not None and away >= today:
        if kind == "check_in":
            return _cancel(f"away until {away}")
        back = local_datetime(away + timedelta(days=1), _MORNING, tz)
        return Settle("release", "rescheduled", f"rescheduled: away until {away}", back)
    snoozed = row["snoozed_until"]
    if snoozed is not None and snoozed > now:
        reason = f"rescheduled: snoozed until {snoozed:%Y-%m-%d %H:%M} UTC"
        return Settle("release", "rescheduled", reason, snoozed)
    quiet = effective_quiet_hours(row["quiet_start"], row["quiet_end"])
    if quiet is not None and in_quiet_hours(now.astimezone(tz).time(), *quiet):
        end = quiet_hours_end(now, tz, *quiet)
        return Settle("release", "rescheduled", "rescheduled: quiet hours", end)
    return None


def verdict(
    nudge: Claimed, row: Mapping[str, Any], now: datetime, *, late_after: timedelta
) -> Settle | None:
    """None to send `nudge` now, else how to settle it.

    Args:
        nudge: The claimed nudge.
        row: What was read at claim time (`engine.store.nudges.outbox.contexts`).
        now: The engine's clock.
        late_after: A check-in more than this late is `expired`.
    """
    if nudge.kind == "reply":  # an answer owed to something the person said: no reminder rules
        return _cancel("enrolment deleted") if row["deleted_at"] is not None else None
    if nudge.kind in CONNECTION_KINDS:  # no enrolment: engine.connections has the rules
        held = connection_verdict(nudge.kind, row, now)
        if isinstance(held, Hold):
            return Settle("finish", held.status, held.reason)
        if isinstance(held, Later):
            return Settle("release", "rescheduled", held.reason, held.due)
        return None
    settled: Settle | None = _state(nudge, row) or _timing(nudge, row, now, late_after)
    return settled
