"""SQL fragments shared by the planning statements: local wall-clock time to UTC, quiet hours.

PostgreSQL's own `timestamp AT TIME ZONE zone` reads a local time that does not
exist (spring-forward gap) with the offset from before the jump, so 02:30 in
Berlin on 2026-03-29 becomes 03:30 CEST, and a local time that happens twice
(fall-back overlap) as its second occurrence (standard time). Our rule, the one
`engine.timeexpr.local_datetime` documents, is different: a gap moves forward to
the moment of the jump (03:00), an overlap takes the first occurrence. The
fragment below applies that rule in SQL so the set-based planner and the
Python code agree to the second.
"""

from __future__ import annotations

from engine.timeexpr import DEFAULT_QUIET_HOURS, SENSIBLE_WINDOW


def _offset(instant: str, tz: str) -> str:
    """The UTC offset (an interval) of `tz` at `instant` (a timestamptz expression)."""
    return f"(({instant}) AT TIME ZONE {tz} - ({instant}) AT TIME ZONE 'UTC')"


def local_instant(wall: str, tz: str) -> str:
    """SQL for the UTC instant of local timestamp `wall` in zone `tz` (column expressions).

    Candidates are PostgreSQL's reading and the readings with the offsets in
    force a day before and a day after it; of those that map back to `wall`,
    the earliest wins (first occurrence of an overlap). When none does, `wall`
    is in a gap: the answer is the first minute whose local time is at or past
    `wall`, i.e. the jump. Only rows in a gap run that small search (COALESCE
    evaluates lazily).
    """
    wall = f"({wall})"  # AT TIME ZONE binds tighter than +: "d + t" must stay whole
    pg = f"({wall} AT TIME ZONE {tz})"

    def reading(offset_at: str) -> str:
        return f"(({wall}) - {_offset(offset_at, tz)}) AT TIME ZONE 'UTC'"

    candidates = [pg, reading(f"{pg} - interval '1 day'"), reading(f"{pg} + interval '1 day'")]
    valid = ", ".join(
        f"CASE WHEN ({c}) AT TIME ZONE {tz} = ({wall}) THEN {c} END" for c in candidates
    )
    gap = (
        f"(SELECT min(g) FROM generate_series({pg} - interval '3 hours',"
        f" {pg} + interval '3 hours', interval '1 minute') AS g"
        f" WHERE g AT TIME ZONE {tz} >= ({wall}))"
    )
    return f"COALESCE(LEAST({valid}), {gap})"


def quiet_bounds(start: str, end: str) -> tuple[str, str]:
    """SQL for the quiet window in force: the person's, else the default (NULLs: unset)."""
    quiet_start, quiet_end = (f"time '{q:%H:%M}'" for q in DEFAULT_QUIET_HOURS)
    return f"COALESCE({start}, {quiet_start})", f"COALESCE({end}, {quiet_end})"


def after_quiet_hours(wall: str, start: str, end: str) -> str:
    """SQL moving local timestamp `wall` to the end of quiet hours [start, end) if inside.

    Quiet hours may span midnight (start > end): a time after `start` moves to
    `end` on the next day. Unset (NULLs) means the default window
    (`engine.timeexpr.DEFAULT_QUIET_HOURS`); start == end means no quiet hours.
    """
    t = f"({wall})::time"
    d = f"({wall})::date"
    start, end = quiet_bounds(start, end)
    return f"""CASE
        WHEN {start} = {end} THEN {wall}
        WHEN {start} < {end} THEN
            CASE WHEN {t} >= {start} AND {t} < {end} THEN {d} + {end} ELSE {wall} END
        WHEN {t} >= {start} THEN {d} + 1 + {end}
        WHEN {t} < {end} THEN {d} + {end}
        ELSE {wall} END"""


def into_sensible_window(wall: str) -> str:
    """SQL moving local timestamp `wall` into the sensible window (09:00-20:00 local).

    Before the window → its start that day; at or after its end → its start the
    next day. Used for nudges whose time comes from an event (a week's gate, the
    last activity), which would otherwise inherit any hour, 03:00 included.
    """
    first, last = (f"time '{w:%H:%M}'" for w in SENSIBLE_WINDOW)
    t = f"({wall})::time"
    d = f"({wall})::date"
    return f"""CASE
        WHEN {t} < {first} THEN {d} + {first}
        WHEN {t} >= {last} THEN {d} + 1 + {first}
        ELSE {wall} END"""


def next_matching_day(day: str, days: str) -> str:
    """SQL: the first date after `day` (within a week) whose ISO weekday is in `days`.

    Give it column references: the subquery is evaluated where it stands, so compute it
    once into a column before `local_instant` (which repeats its argument) uses it.
    """
    return f"""(SELECT ({day}) + k FROM generate_series(1, 7) AS k
        WHERE extract(isodow FROM ({day}) + k)::int = ANY ({days}) ORDER BY k LIMIT 1)"""
