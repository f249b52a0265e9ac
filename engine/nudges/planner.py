"""Planning: which nudges are due, computed set-based in SQL and inserted idempotently.

One statement per kind (plus one advisory try-lock), whatever the number of
enrolments: no per-person Python loop. Every row carries a unique idempotency
key, so `ON CONFLICT DO NOTHING` makes planning safe to repeat across replicas,
restarts and overlapping ticks. A tick reads only what is due: each enrolment
stores its next check-in (`next_checkin_at`, advanced here) and a lower bound
for its next re-engagement (`next_reengage_at`, kept by a trigger), both
indexed, so a tick with nothing new due costs a few index probes.

Local times are computed in SQL with `AT TIME ZONE enrolments.timezone`,
corrected to the rule of `engine.timeexpr.local_datetime` (see `_sql`).

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
* Snooze reminder (`snooze:{enrolment}:{snoozed_until}`, a check-in reminder):
  the engine promises "I'll remind you at …"; when the snooze ends, one
  reminder goes, naming the step left waiting. A check-in moved to the same
  moment gives way to it (one prompt a day, at send time).
* Week unlocked (`week:{enrolment}:{week}`): a locked week whose time gate has
  passed is flipped to `unlocked` in the same statement; the nudge is inserted
  when reminders are on. Weeks opened during a conversation are no longer
  `locked`, so they get no nudge (the person was told in that turn).
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

from engine.nudges._sql import (
    after_quiet_hours,
    into_sensible_window,
    local_instant,
    next_matching_day,
)
from engine.store.database import Connection

log = logging.getLogger(__name__)

DEFAULT_HORIZON = timedelta(minutes=5)
DEFAULT_CATCH_UP = timedelta(hours=24)

# The planning lock, and (only when it is ours) the time zones in use. A zone PostgreSQL does
# not know would make every statement fail (AT TIME ZONE raises), so such rows are left out
# and reported instead of stopping everyone's reminders. PostgreSQL's list of zones is slow
# to read (it walks the zone files), so it is read once per process and again only when a
# zone in use is not in it.
# The planning statements are set-based over every enrolment, and their time-zone
# arithmetic inflates cost estimates: PostgreSQL would JIT-compile them on every tick
# (seconds each), and on a young outbox (no statistics yet) it picks sequential scans for
# the "already planned?" probes, which grow with every row. Both are turned off for this
# transaction only, in the same round trip as the lock.
_LOCK = """
WITH settings AS (
    SELECT set_config('jit', 'off', true), set_config('enable_seqscan', 'off', true)
), lock AS (SELECT {lock} AS got FROM settings)
SELECT lock.got, CASE WHEN lock.got THEN ARRAY(
    -- the distinct zones by skipping through the index: one probe per zone, not per row
    WITH RECURSIVE z AS (
        (SELECT e.timezone FROM enrolments e WHERE e.status = 'active' AND e.deleted_at IS NULL
         ORDER BY e.timezone LIMIT 1)
        UNION ALL
        SELECT (SELECT e.timezone FROM enrolments e
                WHERE e.status = 'active' AND e.deleted_at IS NULL AND e.timezone > z.timezone
                ORDER BY e.timezone LIMIT 1)
        FROM z WHERE z.timezone IS NOT NULL
    )
    SELECT timezone FROM z WHERE timezone IS NOT NULL
) END AS zones
FROM lock
"""
_ZONES = "SELECT array_agg(name) AS names FROM pg_timezone_names"
_known_zones: set[str] = set()
_TRY_LOCK = "pg_try_advisory_xact_lock(hashtext('coachbot.nudges.plan'), 1)"
_WAIT_FOR_LOCK = (
    "(SELECT true FROM (SELECT pg_advisory_xact_lock(hashtext('coachbot.nudges.plan'), 1))"
    " AS waited)"
)
# Every statement plans for enrolments in a known zone and, when a console plans at its
# own virtual time, only for that console's person (others live at real time).
_KNOWN_ZONE = """AND e.timezone <> ALL (%(bad_zones)s::text[])
          AND (%(user_id)s::bigint IS NULL OR e.user_id = %(user_id)s::bigint)"""

_LOCAL_NOW = "(%(now)s::timestamptz AT TIME ZONE e.timezone)"
# Event nudges (week, re-engage) are due now, or the morning after an absence.
# Either way inside the sensible window: "now" may be 03:00 local for the person.
_NOW_OR_AFTER_AWAY = f"""CASE WHEN e.away_until >= {_LOCAL_NOW}::date
        THEN (e.away_until + 1) + time '09:00'
        ELSE {into_sensible_window(_LOCAL_NOW)} END"""
_ENROLMENT_COLUMNS = "e.timezone AS tz, e.quiet_start, e.quiet_end, e.snoozed_until"


def _insert(
    ctes: str, *, where: str = "TRUE", prefilter: str = "TRUE", extra: str = "", after: str = ""
) -> str:
    """One statement: the kind's `src` rows, placed in time, inserted unless already there."""
    quiet = after_quiet_hours("src.wall", "src.quiet_start", "src.quiet_end")
    return f"""
    WITH {ctes},
    -- MATERIALIZED keeps the order: the cheap tests first, the exact local time only for
    -- the rows that pass them (inlined, PostgreSQL would evaluate everything for every row).
    walled AS MATERIALIZED (
        SELECT src.*, {quiet} AS due_wall FROM src
    ),
    candidates AS MATERIALIZED (
        SELECT * FROM walled AS src WHERE {prefilter}
    ),
    placed AS MATERIALIZED (
        SELECT c.*, {local_instant("c.due_wall", "c.tz")} AS local_due FROM candidates AS c
    ),
    timed AS (
        SELECT placed.*, GREATEST(placed.local_due, placed.snoozed_until) AS due_at
        FROM placed
    ),
    inserted AS (
        INSERT INTO nudges (enrolment_id, user_id, kind, idempotency_key, due_at, payload)
        SELECT enrolment_id, user_id, kind, idempotency_key, due_at, payload
        FROM timed WHERE {where}
        ON CONFLICT (idempotency_key) DO NOTHING
        RETURNING 1
    ){after}
    SELECT (SELECT count(*) FROM inserted) AS inserted{extra}
    """


_CHECK_IN_AT = "(d.day0 + d.ct)"  # parenthesised: AT TIME ZONE binds tighter than +
# A schedule recurs within a week: a stored next check-in further ahead than this means the
# clock went back (tests, a console's virtual time), so it is computed afresh.
_CLOCK_WENT_BACK = "interval '8 days'"
_NEXT_AT = "(d.day_next + d.ct)"

CHECK_INS = _insert(
    f"""
    -- Stored next-due state: only enrolments whose next check-in is due (or not yet
    -- computed: new, or a setting changed) are read, so a tick costs what is due.
    due0 AS MATERIALIZED (
        SELECT e.id, e.user_id, e.timezone AS tz, e.quiet_start, e.quiet_end,
            e.snoozed_until, e.started_at, e.away_until, e.reminders_enabled, e.dormant_at,
            COALESCE(e.checkin_time, pv.checkin_time) AS ct,
            COALESCE(e.checkin_days, pv.checkin_days) AS days,
            e.next_checkin_at AS stored,
            -- recompute from the catch-up window when unknown or older than it
            CASE WHEN e.next_checkin_at IS NULL
                    OR e.next_checkin_at <= %(now)s::timestamptz - %(catch_up)s::interval
                    OR e.next_checkin_at > %(now)s::timestamptz + {_CLOCK_WENT_BACK}
                THEN GREATEST(%(now)s::timestamptz - %(catch_up)s::interval, e.started_at)
            END AS base
        FROM enrolments e
        JOIN program_versions pv ON pv.id = e.program_version_id
        WHERE e.status = 'active' AND e.deleted_at IS NULL {_KNOWN_ZONE}
          AND (e.next_checkin_at IS NULL
               OR e.next_checkin_at <= %(now)s::timestamptz + %(horizon)s::interval
               OR (e.next_checkin_at > %(now)s::timestamptz + {_CLOCK_WENT_BACK}
                   AND e.next_checkin_at < 'infinity'::timestamptz))
    ),
    due1 AS MATERIALIZED (
        SELECT d.*, (d.base AT TIME ZONE d.tz)::date AS day0 FROM due0 AS d
    ),
    due2 AS MATERIALIZED (
        SELECT d.*, {next_matching_day("d.day0", "d.days")} AS day1 FROM due1 AS d
    ),
    due3 AS MATERIALIZED (
        SELECT d.*, CASE
            WHEN d.base IS NULL THEN d.stored
            WHEN extract(isodow FROM d.day0)::int = ANY (d.days)
                AND {local_instant(_CHECK_IN_AT, "d.tz")} > d.base
                THEN {local_instant(_CHECK_IN_AT, "d.tz")}
            ELSE {local_instant("(d.day1 + d.ct)", "d.tz")} END AS occurrence
        FROM due2 AS d
    ),
    due4 AS MATERIALIZED (
        SELECT d.*, (d.occurrence AT TIME ZONE d.tz)::date AS local_date FROM due3 AS d
    ),
    due AS MATERIALIZED (
        SELECT d.*, {next_matching_day("d.local_date", "d.days")} AS day_next FROM due4 AS d
    ),
    src AS (
        SELECT d.id AS enrolment_id, d.user_id, 'check_in'::text AS kind,
            'checkin:' || d.id || ':' || d.local_date AS idempotency_key,
            d.local_date + d.ct AS wall,
            d.tz, d.quiet_start, d.quiet_end, d.snoozed_until, d.started_at,
            jsonb_build_object('local_date', d.local_date, 'local_time', d.ct) AS payload
        FROM due AS d
        WHERE d.occurrence <= %(now)s::timestamptz + %(horizon)s::interval
          AND d.reminders_enabled AND d.dormant_at IS NULL
          AND (d.away_until IS NULL OR d.away_until < d.local_date)
        UNION ALL
        -- "Remind me in 2 hours": one reminder when a snooze ends, of the step left waiting
        -- (a check-in due at the same moment gives way to it at send time).
        SELECT e.id, e.user_id, 'check_in'::text,
            'snooze:' || e.id || ':'
                || to_char(e.snoozed_until AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
            e.snoozed_until AT TIME ZONE e.timezone,
            {_ENROLMENT_COLUMNS}, e.started_at,
            jsonb_build_object('local_date', (e.snoozed_until AT TIME ZONE e.timezone)::date,
                               'snoozed', true)
        FROM enrolments e
        WHERE e.snoozed_until BETWEEN %(now)s::timestamptz - %(catch_up)s::interval
                                  AND %(now)s::timestamptz + %(horizon)s::interval
          AND e.status = 'active' AND e.deleted_at IS NULL AND e.reminders_enabled {_KNOWN_ZONE}
          AND e.dormant_at IS NULL
          AND (e.away_until IS NULL
               OR e.away_until < (e.snoozed_until AT TIME ZONE e.timezone)::date)
    )""",
    where="""local_due >= started_at
        AND local_due > %(now)s::timestamptz - %(catch_up)s::interval""",
    # An index probe first, so the exact local time is computed only for new rows.
    prefilter="NOT EXISTS (SELECT 1 FROM nudges n WHERE n.idempotency_key = src.idempotency_key)",
    # Move each enrolment's stored next check-in past the occurrence just planned (or
    # skipped: away, stopped, too old). One that quiet hours or a snooze move later is
    # planned now, for that later time: the dispatcher checks both again when it is due.
    after=""",
    advanced AS (
        UPDATE enrolments e SET next_checkin_at = CASE
            WHEN d.occurrence IS NULL OR NOT d.reminders_enabled OR d.dormant_at IS NOT NULL
                THEN 'infinity'::timestamptz
            WHEN d.occurrence > %(now)s::timestamptz + %(horizon)s::interval THEN d.occurrence
            ELSE COALESCE("""
    + local_instant(_NEXT_AT, "d.tz")
    + """, 'infinity'::timestamptz)
            END
        FROM due AS d WHERE e.id = d.id
        RETURNING e.next_checkin_at
    )""",
    # Rows whose next occurrence is due too (yesterday's, caught up, and today's): the
    # caller runs the statement again for them.
    extra=""", (SELECT count(*) FROM advanced
        WHERE next_checkin_at <= %(now)s::timestamptz + %(horizon)s::interval) AS still_due""",
)

WEEKS = _insert(
    f"""
    opened AS (
        UPDATE week_progress wp SET status = 'unlocked',
            unlocked_at = COALESCE(wp.unlocked_at, wp.unlocks_at)
        FROM enrolments e
        WHERE e.id = wp.enrolment_id AND wp.status = 'locked' AND wp.unlocks_at <= %(now)s
          AND e.status = 'active' AND e.deleted_at IS NULL {_KNOWN_ZONE}
        RETURNING wp.enrolment_id, wp.week_number, e.user_id, e.reminders_enabled,
            {_ENROLMENT_COLUMNS}, {_NOW_OR_AFTER_AWAY} AS wall
    ),
    src AS (
        SELECT o.enrolment_id, o.user_id, 'week_unlocked'::text AS kind,
            'week:' || o.enrolment_id || ':' || o.week_number AS idempotency_key,
            o.wall, o.tz, o.quiet_start, o.quiet_end, o.snoozed_until,
            jsonb_build_object('week', o.week_number) AS payload
        FROM opened o WHERE o.reminders_enabled
    )""",
    extra=", (SELECT count(*) FROM opened) AS opened",
)

_INACTIVE_SINCE = """GREATEST(e.last_activity_at,
        (e.away_until + 1)::timestamp AT TIME ZONE e.timezone,
        CASE WHEN e.step_state ->> 'locked_until' ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}'
            THEN (e.step_state ->> 'locked_until')::timestamptz END)"""

RE_ENGAGEMENTS = _insert(
    f"""
    stale AS (
        UPDATE enrolments e SET
            reengage_count = CASE WHEN e.reengage_count < pv.reengage_max
                THEN e.reengage_count + 1 ELSE e.reengage_count END,
            dormant_at = CASE WHEN e.reengage_count >= pv.reengage_max THEN %(now)s END
        FROM program_versions pv
        WHERE pv.id = e.program_version_id
          AND e.status = 'active' AND e.deleted_at IS NULL AND e.dormant_at IS NULL {_KNOWN_ZONE}
          AND e.reminders_enabled AND pv.reengage_after_days IS NOT NULL
          -- the stored lower bound (indexed) first; the exact rule below
          AND e.next_reengage_at <= %(now)s
          AND (e.away_until IS NULL OR e.away_until < {_LOCAL_NOW}::date)
          AND {_INACTIVE_SINCE}
              <= %(now)s - make_interval(days => pv.reengage_after_days * (e.reengage_count + 1))
          -- after a long outage, catch up one nudge per period, not all at once
          AND NOT EXISTS (
              SELECT 1 FROM nudges n WHERE n.enrolment_id = e.id AND n.kind = 're_engage'
                AND n.due_at > %(now)s - make_interval(days => pv.reengage_after_days))
        RETURNING e.id AS enrolment_id, e.user_id, e.reengage_count, e.dormant_at,
            {_ENROLMENT_COLUMNS}, {_NOW_OR_AFTER_AWAY} AS wall
    ),
    src AS (
        SELECT s.enrolment_id, s.user_id, 're_engage'::text AS kind,
            'reengage:' || s.enrolment_id || ':' || s.reengage_count AS idempotency_key,
            s.wall, s.tz, s.quiet_start, s.quiet_end, s.snoozed_until,
            jsonb_build_object('count', s.reengage_count, 'planned_at', %(now)s::timestamptz)
                AS payload
        FROM stale s WHERE s.dormant_at IS NULL
    )""",
    extra=", (SELECT count(*) FROM stale WHERE dormant_at IS NOT NULL) AS dormant",
)

GOAL_DEADLINES = _insert(
    f"""
    src AS (
        SELECT e.id AS enrolment_id, e.user_id, 'goal_deadline'::text AS kind,
            'goal:' || g.id || ':' || g.deadline AS idempotency_key,
            (g.deadline - 1) + COALESCE(e.checkin_time, pv.checkin_time, time '09:00') AS wall,
            {_ENROLMENT_COLUMNS},
            jsonb_build_object('goal_id', g.id, 'deadline', g.deadline) AS payload
        FROM goals g
        JOIN enrolments e ON e.id = g.enrolment_id
        JOIN program_versions pv ON pv.id = e.program_version_id
        WHERE g.status = 'active' AND g.deleted_at IS NULL
          -- a UTC-wide window first, so the partial index on deadline does the work
          AND g.deadline BETWEEN (%(now)s::timestamptz AT TIME ZONE 'UTC')::date - 2
                             AND (%(now)s::timestamptz AT TIME ZONE 'UTC')::date + 3
          AND g.deadline - 1 BETWEEN {_LOCAL_NOW}::date
              AND ((%(now)s::timestamptz + %(horizon)s::interval) AT TIME ZONE e.timezone)::date
          AND e.status = 'active' AND e.deleted_at IS NULL AND e.reminders_enabled {_KNOWN_ZONE}
          AND (e.away_until IS NULL OR e.away_until < g.deadline - 1)
    )""",
    where="due_at <= %(now)s::timestamptz + %(horizon)s::interval",
)


# A day's catch-up window holds at most two occurrences of a schedule (yesterday's and
# today's): a second pass plans the second; one more is a safety margin.
_MAX_CATCH_UP_PASSES = 2


async def _run(conn: Connection, statement: str, params: dict[str, Any]) -> dict[str, Any]:
    cur = await conn.execute(statement, params)
    result = await cur.fetchone()
    assert result is not None
    return dict(result)


@dataclass(frozen=True, slots=True)
class PlanResult:
    """How many nudges one planning tick inserted, per kind (repeats insert nothing)."""

    check_in: int = 0
    week_unlocked: int = 0
    re_engage: int = 0
    goal_deadline: int = 0
    weeks_opened: int = 0
    dormant: int = 0
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
    cur = await conn.execute(_LOCK.replace("{lock}", _WAIT_FOR_LOCK if wait else _TRY_LOCK))
    row = await cur.fetchone()
    if row is None or not row["got"]:
        return PlanResult(skipped=True)
    zones = set(row["zones"] or ())
    if not zones <= _known_zones:
        cur = await conn.execute(_ZONES)
        known = await cur.fetchone()
        _known_zones.update(known["names"] if known and known["names"] else ())
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
    for name, statement in (
        ("week_unlocked", WEEKS),
        ("check_in", CHECK_INS),
        ("goal_deadline", GOAL_DEADLINES),
        # Last: it locks enrolment rows, so hold those locks the shortest time.
        ("re_engage", RE_ENGAGEMENTS),
    ):
        result = await _run(conn, statement, params)
        counts[name] = int(result["inserted"])
        for _ in range(_MAX_CATCH_UP_PASSES):
            if not result.get("still_due"):
                break
            result = await _run(conn, statement, params)
            counts[name] += int(result["inserted"])
        if "opened" in result:
            counts["weeks_opened"] = int(result["opened"])
        if "dormant" in result:
            counts["dormant"] = int(result["dormant"])
    return PlanResult(**counts, unknown_zones=tuple(bad_zones))
