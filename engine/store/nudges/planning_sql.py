"""The planning statements, one per kind of nudge (see `engine.nudges.planner` for the rules).

Each is one set-based `INSERT … SELECT` built by `_insert`: the kind's source rows,
moved out of quiet hours, placed in time DST-exactly, and inserted unless their
idempotency key is already there (an anti-join under the planning lock; see `_insert`).
"""

from __future__ import annotations

from engine.store.nudges.local_time import (
    after_quiet_hours,
    into_sensible_window,
    local_instant,
    next_matching_day,
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


_CHECK_IN_AT = "(b.day0 + d0.ct)"  # parenthesised: AT TIME ZONE binds tighter than +
# A schedule recurs within a week: a stored next check-in further ahead than this means the
# clock went back (tests, a console's virtual time), so it is computed afresh.
_CLOCK_WENT_BACK = "interval '8 days'"
# Only enrolments whose stored next check-in is due, unknown, or from a clock gone back.
_STORED_DUE = f"""(s.next_checkin_at IS NULL
               OR s.next_checkin_at <= %(now)s::timestamptz + %(horizon)s::interval
               OR (s.next_checkin_at > %(now)s::timestamptz + {_CLOCK_WENT_BACK}
                   AND s.next_checkin_at < 'infinity'::timestamptz))"""


def _base(start: str) -> str:
    """Where to compute the next check-in from: the catch-up window (not before `start`)
    when the stored one is unknown, older than it, or from a clock gone back; else NULL."""
    return f"""CASE WHEN s.next_checkin_at IS NULL
                    OR s.next_checkin_at <= %(now)s::timestamptz - %(catch_up)s::interval
                    OR s.next_checkin_at > %(now)s::timestamptz + {_CLOCK_WENT_BACK}
                THEN GREATEST(%(now)s::timestamptz - %(catch_up)s::interval, {start})
            END"""


# The occurrence of a schedule computed afresh (only new or reset rows: CASE evaluates it
# only for them): the first check-in after `base`, from the day `base` falls on.
_FRESH_OCCURRENCE = f"""(SELECT CASE
            WHEN extract(isodow FROM b.day0)::int = ANY (d0.days)
                AND {local_instant(_CHECK_IN_AT, "d0.tz")} > d0.base
                THEN {local_instant(_CHECK_IN_AT, "d0.tz")}
            ELSE {local_instant("(b.day1 + d0.ct)", "d0.tz")} END
        FROM (SELECT a.day0, {next_matching_day("a.day0", "d0.days")} AS day1
              FROM (SELECT (d0.base AT TIME ZONE d0.tz)::date AS day0 OFFSET 0) AS a
              OFFSET 0) AS b)"""
_QS, _QE = quiet_bounds("e.quiet_start", "e.quiet_end")
# How long a check-in waits for a week opening after it, or a week's offer for a check-in, so
# that both go as one message; a longer gap sends each at its own time.
_HOLD = "interval '3 hours'"
_OPENS_LOCAL = "(o.opens AT TIME ZONE o.tz)"
_OPENS_AWAKE = after_quiet_hours(_OPENS_LOCAL, "o.qs", "o.qe")
# When the running program's next week opens (a turn clears it once the person is in it).
_OPENS = """CASE WHEN e.status = 'active'
                            AND e.step_state ->> 'locked_until' ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}'
                            THEN (e.step_state ->> 'locked_until')::timestamptz END"""

CHECK_INS = _insert(
    f"""
    -- Stored next-due state (`enrolment_schedule`): only enrolments whose next check-in
    -- is due (or not yet computed: new, or a setting changed) are read, so a tick costs
    -- what is due. Completed enrolments plan the follow-ups their program declared: its
    -- days (or the person's), from the completion until `follow_up_until`.
    -- One materialisation of the due rows, with everything the insert and the advance read
    -- (the `OFFSET 0` fences compute each column once per row, without storing the rows):
    -- a stored occurrence is used as it is, one computed afresh starts from the catch-up
    -- window.
    due AS MATERIALIZED (
        SELECT d.row_at, d.id, d.user_id, d.tz, d.qs, d.qe, d.snoozed_until, d.started_at,
            d.reminders_enabled, d.dormant_at, d.ct, d.days, d.fu_until, d.occurrence,
            d.local_date,
            'checkin:' || d.id || ':' || d.local_date AS idempotency_key,
            d.local_date + d.ct AS wall,
            CASE WHEN d.fu_until IS NOT NULL
                THEN jsonb_build_object('local_date', d.local_date, 'local_time', d.ct,
                                        'follow_up', true)
                WHEN d.held_until IS NOT NULL
                THEN jsonb_build_object('local_date', d.local_date, 'local_time', d.ct,
                                        'with_week', d.week)
                ELSE jsonb_build_object('local_date', d.local_date, 'local_time', d.ct)
                END AS payload,
            -- a column, not a WHERE: filtered at the insert. PostgreSQL, blind to how many
            -- due rows pass these tests, estimated a handful and joined the rows back to
            -- their local times by a nested loop (every row against every pair: a third
            -- of a second at 75k rows); with the estimate left whole it hashes the pairs.
            (d.occurrence <= %(now)s::timestamptz + %(horizon)s::interval
             AND (d.fu_until IS NULL OR d.occurrence < d.fu_until)
             AND d.reminders_enabled AND d.dormant_at IS NULL
             AND (d.away_until IS NULL OR d.away_until < d.local_date)) AS plannable
        FROM (
            SELECT o.*, (o.occurrence AT TIME ZONE o.tz)::date AS local_date,
                -- the week opens soon after, that day and outside quiet hours: the check-in
                -- is marked to wait for it (one message), decided again at send time from
                -- the week as it is then; otherwise each goes at its own time
                CASE WHEN o.opens > o.occurrence AND o.opens <= o.occurrence + {_HOLD}
                    AND (o.opens AT TIME ZONE o.tz)::date = (o.occurrence AT TIME ZONE o.tz)::date
                    AND {_OPENS_LOCAL} = {_OPENS_AWAKE} THEN o.opens END AS held_until
            FROM (
                SELECT d0.*, CASE WHEN d0.base IS NULL THEN d0.stored
                    ELSE {_FRESH_OCCURRENCE} END AS occurrence
                FROM (
                    SELECT e.id, e.user_id, e.timezone AS tz, {_QS} AS qs, {_QE} AS qe,
                        e.snoozed_until, f.start AS started_at, e.away_until,
                        e.reminders_enabled, e.dormant_at,
                        CASE WHEN f.fu
                            THEN COALESCE(e.follow_up_time, e.checkin_time, pv.checkin_time)
                            ELSE COALESCE(e.checkin_time, pv.checkin_time) END AS ct,
                        CASE WHEN f.fu
                            THEN COALESCE(e.follow_up_days, e.checkin_days, pv.checkin_days)
                            ELSE COALESCE(e.checkin_days, pv.checkin_days) END AS days,
                        s.ctid AS row_at, s.next_checkin_at AS stored,
                        CASE WHEN f.fu THEN e.follow_up_until END AS fu_until,
                        e.current_week AS week, {_OPENS} AS opens,
                        {_base("f.start")} AS base
                    FROM enrolment_schedule s
                    JOIN enrolments e ON e.id = s.enrolment_id
                    JOIN program_versions pv ON pv.id = e.program_version_id
                    CROSS JOIN LATERAL (
                        SELECT e.status = 'completed' AS fu, CASE WHEN e.status = 'completed'
                            THEN COALESCE(e.completed_at, e.started_at) ELSE e.started_at
                            END AS start
                    ) AS f
                    WHERE {_STORED_DUE} AND e.deleted_at IS NULL {_KNOWN_ZONE}
                      AND (e.status = 'active'
                           OR (e.status = 'completed' AND e.follow_up_until IS NOT NULL))
                    OFFSET 0
                ) AS d0
                OFFSET 0
            ) AS o
            OFFSET 0
        ) AS d
    ),
    -- The next occurrence, once per distinct (zone, date, days, time), not per row.
    nexts AS MATERIALIZED (
        SELECT n.tz, n.local_date, n.days, n.ct,
            {local_instant("(n.day_next + n.ct)", "n.tz")} AS at
        FROM (
            SELECT m.*, {next_matching_day("m.local_date", "m.days")} AS day_next
            FROM (SELECT DISTINCT d.tz, d.local_date, d.days, d.ct FROM due AS d
                  WHERE d.local_date IS NOT NULL) AS m
            OFFSET 0
        ) AS n
    ),
    -- "Remind me in 2 hours": one reminder when a snooze ends, of the step left waiting.
    -- The snooze is the person's (copied to each enrolment): one reminder per person,
    -- for the program they were in last (a check-in due at the same moment gives way
    -- to it at send time).
    snoozes AS MATERIALIZED (
        SELECT z.id AS enrolment_id, z.user_id, 'check_in'::text AS kind,
            'snooze:u' || z.user_id || ':' || z.at_text AS idempotency_key,
            z.snoozed_until AT TIME ZONE z.timezone AS wall,
            z.timezone AS tz, z.qs, z.qe, z.snoozed_until, z.started_at,
            jsonb_build_object('local_date', (z.snoozed_until AT TIME ZONE z.timezone)::date,
                               'snoozed', true) AS payload,
            z.at_text AS snooze_at, true AS plannable
        FROM (
            SELECT DISTINCT ON (e.user_id, e.snoozed_until) e.*, {_QS} AS qs, {_QE} AS qe,
                to_char(e.snoozed_until AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS at_text
            FROM enrolments e
            WHERE e.snoozed_until BETWEEN %(now)s::timestamptz - %(catch_up)s::interval
                                      AND %(now)s::timestamptz + %(horizon)s::interval
              AND (e.status = 'active'
                   OR (e.status = 'completed' AND e.follow_up_until > e.snoozed_until))
              AND e.deleted_at IS NULL AND e.reminders_enabled {_KNOWN_ZONE}
              AND e.dormant_at IS NULL
              AND (e.away_until IS NULL
                   OR e.away_until < (e.snoozed_until AT TIME ZONE e.timezone)::date)
            ORDER BY e.user_id, e.snoozed_until, e.status = 'active' DESC,
                e.last_activity_at DESC, e.id DESC
        ) AS z
    ),
    -- Not materialised: read straight from `due` (and `snoozes`) where it is used.
    keyed AS NOT MATERIALIZED (
        SELECT d.id AS enrolment_id, d.user_id, 'check_in'::text AS kind, d.idempotency_key,
            d.wall, d.tz, d.qs, d.qe, d.snoozed_until, d.started_at, d.payload,
            NULL::text AS snooze_at, d.plannable
        FROM due AS d
        UNION ALL
        SELECT * FROM snoozes
    )""",
    keyed=False,
    # A snooze reminder planned before its key named the person (`snooze:{enrolment}:…`,
    # any of the person's enrolments) is the same reminder: never planned twice.
    where="""plannable AND local_due >= started_at
        AND local_due > %(now)s::timestamptz - %(catch_up)s::interval
        AND (snooze_at IS NULL OR NOT EXISTS (
            SELECT 1 FROM nudges AS old
            JOIN enrolments AS mine ON mine.id = old.enrolment_id
            WHERE mine.user_id = timed.user_id AND old.kind = 'check_in'
              AND old.idempotency_key LIKE 'snooze:%%:' || timed.snooze_at))""",
    # Move each enrolment's stored next check-in past the occurrence just planned (or
    # skipped: away, stopped, too old). One that quiet hours or a snooze move later is
    # planned now, for that later time: the dispatcher checks both again when it is due.
    after=""",
    advanced AS (
        UPDATE enrolment_schedule s SET next_checkin_at = CASE
            WHEN d.occurrence IS NULL OR NOT d.reminders_enabled OR d.dormant_at IS NOT NULL
                OR d.occurrence >= d.fu_until
                THEN 'infinity'::timestamptz
            WHEN d.occurrence > %(now)s::timestamptz + %(horizon)s::interval THEN d.occurrence
            ELSE COALESCE(nt.at, 'infinity'::timestamptz)
            END
        FROM due AS d
        LEFT JOIN nexts AS nt ON nt.tz = d.tz AND nt.local_date = d.local_date
            AND nt.days = d.days AND nt.ct = d.ct
        -- by the row version read above (a TID probe, no index): a row a turn changed
        -- meanwhile keeps that change (reset: computed afresh on the next tick)
        WHERE s.ctid = d.row_at
        RETURNING s.next_checkin_at
    )""",
    # Rows whose next occurrence is due too (yesterday's, caught up, and today's): the
    # caller runs the statement again for them.
    extra=""", (SELECT count(*) FROM advanced) AS advanced, (SELECT count(*) FROM advanced
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
                (SELECT s.next_checkin_at AT TIME ZONE o.tz FROM enrolment_schedule AS s
                 WHERE s.enrolment_id = o.enrolment_id AND s.next_checkin_at >= %(now)s
                   AND s.next_checkin_at < 'infinity'::timestamptz
                   AND s.next_checkin_at AT TIME ZONE o.tz <= o.wall + {_HOLD}
                   AND (s.next_checkin_at AT TIME ZONE o.tz)::date = (o.wall)::date),
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
