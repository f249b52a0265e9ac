"""Planning: which nudges are due, computed set-based in SQL and inserted idempotently.

One statement per kind (plus one advisory try-lock), whatever the number of
enrolments: no per-person Python loop. Every row carries an idempotency key
(unique in `nudges`) and is inserted only when its key is not there yet, under
the planning lock, so planning is safe to repeat across replicas, restarts and
overlapping ticks. A tick reads only what is due: each enrolment has its next
check-in in the narrow `enrolment_schedule` table (advanced here,
reset by triggers when a setting it depends on changes) and a lower bound for
its next re-engagement (`enrolments.next_reengage_at`, kept by a trigger), both
indexed, so a tick with nothing new due costs a few index probes. Enrolments in
step with their schedule class (zone, check-in time, days: `schedule_classes`)
share its next check-in: a tick that plans k of their check-ins reads them by the
class and advances one row per class, writing no schedule row of theirs; a row
joins its class when it is advanced to the class's next check-in, and leaves it
(written alone) when a setting changes, its follow-up ends, or a console plans
it at its own time. Quiet hours and DST-exact local times are computed once per
(zone, local time) pair.

Local times are computed in SQL with `AT TIME ZONE enrolments.timezone`,
corrected to the rule of `engine.timeexpr.local_datetime` (see
`engine.store.nudges.local_time`; the statements are in `engine.store.nudges`).

Rules:
* Check-in reminder (`checkin:{enrolment}:{local date}`): active, reminders on,
  not dormant, not away on that local date, on a scheduled ISO weekday
  (enrolment override, else the program version's default), at the local
  check-in time. An occurrence is planned once it is within `horizon`;
  occurrences up to `catch_up` (24 h) in the past are planned too, so a
  planner that was down (even over midnight) still records them and the
  dispatcher sends them late or expires them with a reason, instead of them
  silently never existing. Occurrences before the enrolment started are not
  planned. The stored next occurrence is computed afresh (from the catch-up
  window) when it is unknown: new enrolments, and any change of a setting it
  depends on (the trigger resets it).
* Snooze reminder (`snooze:u{person}:{snoozed_until}`, a check-in reminder):
  the engine promises "I'll remind you at …"; when the snooze ends, one
  reminder goes, naming the step left waiting. Snooze and away are the
  person's (copied to each enrolment): one reminder per person, for the
  enrolment they were active in last. A check-in moved to the same
  moment gives way to it (one prompt a day, at send time).
* Week unlocked (`week:{enrolment}:{week}`): a locked week whose time gate has
  passed is flipped to `unlocked` in the same statement; the nudge is inserted
  when reminders are on. Weeks opened during a conversation are no longer
  `locked`, so they get no nudge (the person was told in that turn).
* One voice on the day a week opens: the week's nudge goes at the time of that day's
  check-in still to come (planned, or the stored next occurrence), and a check-in due
  before the week opens later that day waits for it (`with_week` in its payload; planned
  at its own time, held by the dispatcher while the week still opens that day), so the
  check-in and the week's offer are one message.
* Re-engagement (`reengage:{enrolment}:{n}`): inactive for
  `reengage_after_days * (reengage_count + 1)` days (counted from the last
  activity, the end of an absence or a week's time gate, whichever is later),
  up to `reengage_max` nudges, at least a period apart; after that, still inactive, the enrolment is
  marked dormant and nothing more is sent (a turn resets both).
* Goal deadline (`goal:{goal}:{deadline}`): an active goal due tomorrow
  (local), at the check-in time (09:00 by default) of the day before.
* Quiet hours move a due time inside them to their end; a snooze delays it to
  `snoozed_until` (a snooze that ended before the due time changes nothing).
  The dispatcher checks all of this again at send time.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import psycopg

from engine.store.database import Connection, Database
from engine.store.nudges import planning

log = logging.getLogger(__name__)

DEFAULT_HORIZON = timedelta(minutes=5)
DEFAULT_CATCH_UP = timedelta(hours=24)

# Zones PostgreSQL does not know would make every statement fail (AT TIME ZONE raises), so
# such rows are left out and reported instead of stopping everyone's reminders.
# PostgreSQL's list of zones is slow to read, so it is read once per process and again
# only when a zone in use is not in it.
_known_zones: set[str] = set()

# A day's catch-up window holds at most two occurrences of a schedule (yesterday's and
# today's): a second pass plans the second; one more is a safety margin.
_MAX_CATCH_UP_PASSES = 2


@dataclass(frozen=True, slots=True)
class PlanResult:
    """How many nudges one planning tick inserted, per kind (repeats insert nothing)."""

    check_in: int = 0
    week_unlocked: int = 0
    re_engage: int = 0
    goal_deadline: int = 0
    weeks_opened: int = 0
    dormant: int = 0
    schedule_advanced: int = 0  # rows of `enrolment_schedule` rewritten (not a class's rows)
    skipped: bool = False  # another replica was planning at the same moment
    unknown_zones: tuple[str, ...] = ()  # enrolments in these zones were left out

    @property
    def total(self) -> int:
        return self.check_in + self.week_unlocked + self.re_engage + self.goal_deadline


async def plan_due_nudges(
    conn: Connection,
    now: datetime,
    *,
    horizon: timedelta = DEFAULT_HORIZON,
    catch_up: timedelta = DEFAULT_CATCH_UP,
    wait: bool = False,
    user_id: int | None = None,
) -> PlanResult:
    """Insert the nudges due by `now + horizon`, in five or six statements (caller's transaction).

    Args:
        conn: A connection inside a transaction; commit it to publish the plan.
        now: The current instant (aware).
        horizon: How far ahead scheduled reminders are planned.
        catch_up: How far back missed reminders are still recorded (so an outage
            leaves rows the dispatcher sends late or expires, not silence).
        wait: Wait for a replica that is planning right now instead of skipping.
        user_id: Plan only this person's enrolments (a console at its virtual time).

    Returns:
        Counts per kind. When another replica holds the planning lock the tick
        is skipped (`skipped=True`): it is doing the same, idempotent work.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    got, zones = await planning.lock(conn, wait=wait)
    if not got:
        return PlanResult(skipped=True)
    if not zones <= _known_zones:
        _known_zones.update(await planning.known_zones(conn))
    bad_zones = sorted(zones - _known_zones)
    if bad_zones:
        log.warning("nudges not planned for unknown time zones: %s", ", ".join(bad_zones))
    params = {
        "now": now,
        "horizon": horizon,
        "catch_up": catch_up,
        "bad_zones": bad_zones,
        "user_id": user_id,
    }
    counts: dict[str, Any] = {}
    # re_engage last: it locks enrolment rows, so hold those locks the shortest time.
    for name in ("week_unlocked", "check_in", "goal_deadline", "re_engage"):
        result = await planning.plan_kind(conn, name, params)
        counts[name] = int(result["inserted"])
        advanced = int(result.get("advanced", 0))
        for _ in range(_MAX_CATCH_UP_PASSES):
            if not result.get("still_due"):
                break
            result = await planning.plan_kind(conn, name, params)
            counts[name] += int(result["inserted"])
            advanced += int(result.get("advanced", 0))
        if advanced:
            counts["schedule_advanced"] = advanced
        if "opened" in result:
            counts["weeks_opened"] = int(result["opened"])
        if "dormant" in result:
            counts["dormant"] = int(result["dormant"])
    return PlanResult(**counts, unknown_zones=tuple(bad_zones))


# A tick that rewrote this many schedule rows leaves as many dead row versions (and index
# entries at the low end of the next-due index) that every following tick's index scan
# steps over until autovacuum gets to them: 109 ms instead of 21 ms for an idle tick at
# 1M enrolments after a 750k-row batch. Below it, autovacuum keeps up unaided.
TIDY_AFTER_ROWS = 10_000


async def tidy_after_tick(
    db: Database, result: PlanResult, *, threshold: int = TIDY_AFTER_ROWS
) -> bool:
    """After a committed tick that advanced at least `threshold` schedule rows, vacuum and
    analyze `enrolment_schedule` (outside any transaction); whether it did. A tidy-up that
    cannot get its lock at once or fails is skipped with a warning, never raised."""
    if result.skipped or result.schedule_advanced < threshold:
        return False
    try:
        return await planning.vacuum_schedule(db)
    except psycopg.Error as error:  # the tick is committed; autovacuum will get there
        log.warning("planner tidy-up failed (%s); the tick stands", type(error).__name__)
        return False
