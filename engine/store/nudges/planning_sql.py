"""The planning statements, one per kind of nudge (see `engine.nudges.planner` for the rules).

Each is one set-based `INSERT … SELECT` built by `_insert`: the kind's source rows,
moved out of quiet hours, placed in time DST-exactly, and inserted unless their
idempotency key is already there (an anti-join under the planning lock; see `_insert`).
The check-in statement, the largest, is in `planning_checkins`.
"""

from __future__ import annotations

from engine.store.nudges.local_time import (
    after_quiet_hours,
    into_sensible_window,
    local_instant,
    quiet_bounds,
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
    ctes: str, *, where: str = "TRUE", extra: str = "", after: str = "", keyed: bool = True
) -> str:
    """One statement: the kind's `src` rows, placed in time, inserted unless already there.

    `keyed=False`: `ctes` define `keyed` themselves (the columns of `src` and the quiet
    bounds `qs`, `qe`), as the check-ins do, whose due rows are materialised once.

    Quiet hours and the DST-exact local time are computed once per distinct (zone, local
    wall time, quiet window), not per row: a tick's rows share a handful of those.

    "Already there" is an anti-join on the unique idempotency key, not `ON CONFLICT`:
    speculative insertion took a lock and wrote a second WAL record for every row (75,000
    more records in a 75,000-row tick). It is exact here because only the planner writes
    the planner's keys (`checkin:`, `snooze:u`, `week:`, `reengage:`, `goal:`), every
    planning statement runs under the planning lock (one planner at a time; READ COMMITTED
    sees what the previous one committed), and a statement's own rows have distinct keys.
    The unique index stays: were any of that ever false, the tick would fail and roll
    back whole (and be retried) instead of sending anything twice.
    """
    qs, qe = quiet_bounds("src.quiet_start", "src.quiet_end")
    quiet = after_quiet_hours("p.wall", "p.qs", "p.qe")
    own = f"keyed AS MATERIALIZED (SELECT src.*, {qs} AS qs, {qe} AS qe FROM src)," if keyed else ""
    return f"""
    WITH {ctes},
    {own}
    walls AS MATERIALIZED (
        SELECT p.tz, p.wall, p.qs, p.qe, {quiet} AS due_wall
        FROM (SELECT DISTINCT k.tz, k.wall, k.qs, k.qe FROM keyed AS k) AS p
    ),
    pairs AS MATERIALIZED (
        SELECT w.tz, w.wall, w.qs, w.qe, {local_instant("w.due_wall", "w.tz")} AS local_due
        FROM walls AS w
    ),
    timed AS (
        SELECT k.*, p.local_due, GREATEST(p.local_due, k.snoozed_until) AS due_at
        FROM keyed AS k JOIN pairs AS p
            ON p.tz = k.tz AND p.wall = k.wall AND p.qs = k.qs AND p.qe = k.qe
    ),
    inserted AS (
        INSERT INTO nudges (enrolment_id, user_id, kind, idempotency_key, due_at, payload)
        SELECT enrolment_id, user_id, kind, idempotency_key, due_at, payload
        FROM timed WHERE {where}
          AND NOT EXISTS (SELECT 1 FROM nudges AS planned
                          WHERE planned.idempotency_key = timed.idempotency_key)
        RETURNING 1
    ){after}
    SELECT (SELECT count(*) FROM inserted) AS inserted{extra}
    """


# Each enrolment's stored next check-in (`at`): its own, or its class's.
STORED_NEXT = """SELECT s.enrolment_id, COALESCE(c.next_at, s.next_checkin_at) AS at
    FROM enrolment_schedule s LEFT JOIN schedule_classes c ON c.id = s.class_id"""
# How long a check-in waits for a week opening after it, or a week's offer for a check-in, so
# that both go as one message; a longer gap sends each at its own time.
_HOLD = "interval '3 hours'"

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
    -- A check-in the same day goes with the week's offer, as one message: the week waits
    -- for a check-in still to come that day (planned, or the stored next occurrence).
    src AS (
        SELECT o.enrolment_id, o.user_id, 'week_unlocked'::text AS kind,
            'week:' || o.enrolment_id || ':' || o.week_number AS idempotency_key,
            COALESCE(
                (SELECT GREATEST(c.due_at, %(now)s::timestamptz) AT TIME ZONE o.tz
                 FROM nudges AS c WHERE c.status = 'pending' AND c.idempotency_key
                    = 'checkin:' || o.enrolment_id || ':' || (o.wall)::date
                    AND c.due_at AT TIME ZONE o.tz <= o.wall + {_HOLD}),
                (SELECT s.at AT TIME ZONE o.tz FROM ({STORED_NEXT}) AS s
                 WHERE s.enrolment_id = o.enrolment_id AND s.at >= %(now)s
                   AND s.at < 'infinity'::timestamptz
                   AND s.at AT TIME ZONE o.tz <= o.wall + {_HOLD}
                   AND (s.at AT TIME ZONE o.tz)::date = (o.wall)::date),
                o.wall) AS wall,
            o.tz, o.quiet_start, o.quiet_end, o.snoozed_until,
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
