"""The check-in planning statement (see `engine.nudges.planner` for the rules).

Built by `planning_sql._insert` like the others; its source rows are the due rows of the
planner's stored schedule: enrolments whose own next check-in is due, and the enrolments
of each schedule class (zone, time, days) whose shared next check-in is due.
"""

from __future__ import annotations

from engine.store.nudges.local_time import (
    after_quiet_hours,
    local_instant,
    next_matching_day,
    quiet_bounds,
)
from engine.store.nudges.planning_sql import _HOLD, _KNOWN_ZONE, _insert

_CHECK_IN_AT = "(b.day0 + d0.ct)"  # parenthesised: AT TIME ZONE binds tighter than +
# A schedule recurs within a week: a stored next check-in further ahead than this means the
# clock went back (tests, a console's virtual time), so it is computed afresh.
_CLOCK_WENT_BACK = "interval '8 days'"


def _stored_due(stored: str) -> str:
    """Whether a stored next check-in is due, unknown, or from a clock gone back."""
    return f"""({stored} IS NULL
               OR {stored} <= %(now)s::timestamptz + %(horizon)s::interval
               OR ({stored} > %(now)s::timestamptz + {_CLOCK_WENT_BACK}
                   AND {stored} < 'infinity'::timestamptz))"""


def _base(start: str) -> str:
    """Where to compute the next check-in from: the catch-up window (not before `start`)
    when the stored one is unknown, older than it, or from a clock gone back; else NULL."""
    return f"""CASE WHEN s.stored IS NULL
                    OR s.stored <= %(now)s::timestamptz - %(catch_up)s::interval
                    OR s.stored > %(now)s::timestamptz + {_CLOCK_WENT_BACK}
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
    -- A schedule class (zone, time, days) holds the next check-in of its enrolments in
    -- step: a due class's rows are read by the class index, and only the class advances.
    due_classes AS MATERIALIZED (
        SELECT c.id, c.timezone, c.checkin_time, c.checkin_days, c.next_at,
            -- stored within the catch-up window: its rows take it as it is (else afresh)
            c.next_at > %(now)s::timestamptz - %(catch_up)s::interval
                AND c.next_at <= %(now)s::timestamptz + %(horizon)s::interval AS moves
        FROM schedule_classes c
        WHERE {_stored_due("c.next_at")} AND c.timezone <> ALL (%(bad_zones)s::text[])
    ),
    due AS MATERIALIZED (
        SELECT d.row_at, d.class_id, d.id, d.user_id, d.tz, d.qs, d.qe, d.snoozed_until,
            d.started_at, d.reminders_enabled, d.dormant_at, d.ct, d.days, d.fu_until, d.occurrence,
            d.local_date,
            -- in step with its class (whose next check-in is this one), and staying so:
            -- the row is not written. Only a tick for everyone moves classes; one for a
            -- single person (a console's own time) takes that person's rows out of theirs.
            (d.class_id IS NOT NULL AND d.class_moves AND %(user_id)s::bigint IS NULL
             AND d.reminders_enabled AND d.dormant_at IS NULL
             AND (d.fu_until IS NULL OR d.occurrence < d.fu_until)) AS kept,
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
                        s.row_at, s.stored, s.class_id, s.class_moves,
                        CASE WHEN f.fu THEN e.follow_up_until END AS fu_until,
                        e.current_week AS week, {_OPENS} AS opens,
                        {_base("f.start")} AS base
                    FROM (
                        SELECT s.ctid AS row_at, s.enrolment_id, s.next_checkin_at AS stored,
                            NULL::bigint AS class_id, NULL::boolean AS class_moves
                        FROM enrolment_schedule s
                        WHERE s.class_id IS NULL AND {_stored_due("s.next_checkin_at")}
                        UNION ALL
                        SELECT s.ctid, s.enrolment_id, c.next_at, c.id, c.moves
                        FROM due_classes c JOIN enrolment_schedule s ON s.class_id = c.id
                        WHERE s.class_id IS NOT NULL AND (%(user_id)s::bigint IS NULL
                            OR s.enrolment_id IN (SELECT u.id FROM enrolments u
                                                  WHERE u.user_id = %(user_id)s::bigint))
                    ) AS s
                    JOIN enrolments e ON e.id = s.enrolment_id
                    JOIN program_versions pv ON pv.id = e.program_version_id
                    CROSS JOIN LATERAL (
                        SELECT e.status = 'completed' AS fu, CASE WHEN e.status = 'completed'
                            THEN COALESCE(e.completed_at, e.started_at) ELSE e.started_at
                            END AS start
                    ) AS f
                    WHERE e.deleted_at IS NULL {_KNOWN_ZONE}
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
                  WHERE d.local_date IS NOT NULL AND NOT d.kept) AS m
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
    # A row in step with its class is not written: the class moves (one row). A row whose
    # next check-in is its class's joins the class; one that leaves it is written alone.
    after=f""",
    class_next AS MATERIALIZED (
        SELECT k.id, k.moves, CASE WHEN k.moves THEN COALESCE(
                {local_instant("(k.day_next + k.checkin_time)", "k.timezone")},
                'infinity'::timestamptz) END AS next_at
        FROM (
            SELECT c.*, {
        next_matching_day("(c.next_at AT TIME ZONE c.timezone)::date", "c.checkin_days")
    } AS day_next
            FROM due_classes AS c
            OFFSET 0
        ) AS k
    ),
    classes_moved AS (
        UPDATE schedule_classes c SET next_at = cn.next_at
        FROM class_next AS cn
        WHERE c.id = cn.id AND cn.moves AND %(user_id)s::bigint IS NULL
    ),
    -- a class from a clock gone back or too old: its rows are computed afresh, alone
    classes_dropped AS (
        DELETE FROM schedule_classes c USING class_next AS cn
        WHERE c.id = cn.id AND NOT cn.moves AND %(user_id)s::bigint IS NULL
    ),
    moved AS MATERIALIZED (
        SELECT d.row_at, d.tz, d.ct, d.days, CASE
            WHEN d.occurrence IS NULL OR NOT d.reminders_enabled OR d.dormant_at IS NOT NULL
                OR d.occurrence >= d.fu_until
                THEN 'infinity'::timestamptz
            WHEN d.occurrence > %(now)s::timestamptz + %(horizon)s::interval THEN d.occurrence
            ELSE COALESCE(nt.at, 'infinity'::timestamptz)
            END AS next_at
        FROM due AS d
        LEFT JOIN nexts AS nt ON nt.tz = d.tz AND nt.local_date = d.local_date
            AND nt.days = d.days AND nt.ct = d.ct
        WHERE NOT d.kept
    ),
    -- the classes after this tick, to join (made for the rows whose class is not there yet)
    new_classes AS (
        INSERT INTO schedule_classes (timezone, checkin_time, checkin_days, next_at)
        SELECT m.tz, m.ct, m.days, min(m.next_at) FROM moved AS m
        WHERE %(user_id)s::bigint IS NULL
          AND m.next_at > %(now)s::timestamptz + %(horizon)s::interval
          AND m.next_at < 'infinity'::timestamptz
          AND NOT EXISTS (SELECT 1 FROM schedule_classes AS c WHERE c.timezone = m.tz
                          AND c.checkin_time = m.ct AND c.checkin_days = m.days)
        GROUP BY m.tz, m.ct, m.days
        RETURNING id, timezone, checkin_time, checkin_days, next_at
    ),
    targets AS (
        SELECT c.id, c.timezone, c.checkin_time, c.checkin_days,
            COALESCE(cn.next_at, c.next_at) AS next_at
        FROM schedule_classes AS c LEFT JOIN class_next AS cn ON cn.id = c.id
        WHERE cn.id IS NULL OR cn.moves
        UNION ALL
        SELECT * FROM new_classes
    ),
    advanced AS (
        UPDATE enrolment_schedule s
        SET next_checkin_at = CASE WHEN t.id IS NULL THEN m.next_at END, class_id = t.id
        FROM moved AS m
        LEFT JOIN targets AS t ON %(user_id)s::bigint IS NULL
            AND m.next_at > %(now)s::timestamptz + %(horizon)s::interval
            AND m.next_at < 'infinity'::timestamptz
            AND t.timezone = m.tz AND t.checkin_time = m.ct AND t.checkin_days = m.days
            AND t.next_at = m.next_at
        -- by the row version read above (a TID probe, no index): a row a turn changed
        -- meanwhile keeps that change (reset: computed afresh on the next tick)
        WHERE s.ctid = m.row_at
        RETURNING m.next_at
    )""",
    # Rows whose next occurrence is due too (yesterday's, caught up, and today's): the
    # caller runs the statement again for them.
    extra=""", (SELECT count(*) FROM advanced) AS advanced, (SELECT count(*) FROM advanced
        WHERE next_at <= %(now)s::timestamptz + %(horizon)s::interval)
        + (SELECT count(*) FROM due AS d JOIN class_next AS cn ON cn.id = d.class_id
           WHERE d.kept AND cn.next_at <= %(now)s::timestamptz + %(horizon)s::interval)
        AS still_due""",
)
