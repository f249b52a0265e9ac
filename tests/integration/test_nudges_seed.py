"""Seeding helpers for the nudge tests (no tests here): programs and enrolments in bulk, by SQL."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

ALL_DAYS = [1, 2, 3, 4, 5, 6, 7]  # ISO weekdays: a check-in every day


@dataclass(frozen=True)
class SeededProgram:
    program_id: int
    version_id: int
    title: str


def seed_program(
    conn: psycopg.Connection[Any],
    *,
    slug: str = "nudge-test",
    title: str = "Nudge Test Program",
    checkin_days: Sequence[int] = (1, 3, 5),
    checkin_time: time | None = time(9, 30),
    reengage_after_days: int | None = 3,
    reengage_max: int = 2,
    weeks: int = 4,
) -> SeededProgram:
    program_id = conn.execute(
        "INSERT INTO programs (slug, title) VALUES (%s, %s) RETURNING id", (slug, title)
    ).fetchone()[0]
    version_id = conn.execute(
        """
        INSERT INTO program_versions (program_id, version, content_hash, definition, weeks_total,
            checkin_days, checkin_time, reengage_after_days, reengage_max)
        VALUES (%s, 1, %s, %s, %s, %s, %s, %s, %s) RETURNING id
        """,
        (
            program_id,
            f"hash-{slug}",
            Jsonb({"slug": slug}),
            weeks,
            list(checkin_days),
            checkin_time,
            reengage_after_days,
            reengage_max,
        ),
    ).fetchone()[0]
    conn.execute(
        """
        INSERT INTO weeks (program_version_id, number, title)
        SELECT %s, n, 'Week title ' || n FROM generate_series(1, %s) AS n
        """,
        (version_id, weeks),
    )
    return SeededProgram(program_id, version_id, title)


def seed_enrolments(
    conn: psycopg.Connection[Any],
    program: SeededProgram,
    *,
    count: int,
    timezones: Sequence[str] = ("UTC",),
    started_at: datetime,
    last_activity_at: datetime | None = None,
    platform: str = "slack",
    user_prefix: str = "U",
    **columns: Any,
) -> list[int]:
    """`count` people, each with one identity and one active enrolment; returns enrolment ids.

    Time zones are dealt round-robin. Extra keyword arguments set enrolment
    columns (e.g. `quiet_start=time(22)`, `checkin_days=[1]`) for all of them.
    Quiet hours are off (start == end) unless given: these seeds test the rules of
    time, and the default quiet window has tests of its own.
    """
    columns.setdefault("quiet_start", time(0))
    columns.setdefault("quiet_end", time(0))
    rows = conn.execute(
        """
        WITH u AS (
            INSERT INTO users (display_name, timezone)
            SELECT %(prefix)s || n, (%(tzs)s::text[])[1 + (n %% %(ntz)s)]
            FROM generate_series(0, %(count)s - 1) AS n
            RETURNING id, display_name, timezone
        ), i AS (
            INSERT INTO platform_identities (user_id, platform, workspace_id, platform_user_id)
            SELECT id, %(platform)s, 'W1', display_name FROM u
        )
        INSERT INTO enrolments (user_id, program_id, program_version_id, timezone, started_at,
            last_activity_at)
        SELECT id, %(program)s, %(version)s, timezone, %(started)s, %(active)s FROM u
        ORDER BY id
        RETURNING id
        """,
        {
            "prefix": user_prefix,
            "tzs": list(timezones),
            "ntz": len(timezones),
            "count": count,
            "platform": platform,
            "program": program.program_id,
            "version": program.version_id,
            "started": started_at,
            "active": last_activity_at or started_at,
        },
    ).fetchall()
    ids = [r[0] for r in rows]
    if columns:
        assignments = ", ".join(f"{name} = %({name})s" for name in columns)
        conn.execute(
            f"UPDATE enrolments SET {assignments} WHERE id = ANY(%(ids)s)", {**columns, "ids": ids}
        )
    return ids


def seed_person(
    conn: psycopg.Connection[Any],
    program: SeededProgram,
    timezone: str,
    user_prefix: str,
    *,
    started_at: datetime,
    **columns: Any,
) -> int:
    """One person in `timezone` with one active enrolment (see `seed_enrolments`); its id."""
    [enrolment] = seed_enrolments(
        conn,
        program,
        count=1,
        timezones=[timezone],
        started_at=started_at,
        user_prefix=user_prefix,
        **columns,
    )
    return enrolment


def daily_program(conn: psycopg.Connection[Any], at: time | None = time(9, 30)) -> SeededProgram:
    """A program with a check-in every day at `at` and no re-engagement nudges."""
    return seed_program(conn, checkin_days=ALL_DAYS, checkin_time=at, reengage_after_days=None)


def lock_week(
    conn: psycopg.Connection[Any], enrolment: int, week: int, unlocks_at: datetime
) -> None:
    """Week `week` of `enrolment`, locked until `unlocks_at`."""
    conn.execute(
        "INSERT INTO week_progress (enrolment_id, week_number, status, unlocks_at)"
        " VALUES (%s, %s, 'locked', %s)",
        (enrolment, week, unlocks_at),
    )


def stored_next_checkins(
    conn: psycopg.Connection[Any],
) -> list[tuple[int, datetime | str | None]]:
    """Each enrolment's stored next check-in, by enrolment: its own, or its schedule
    class's when it is in step with one (0020); None: to be computed afresh; "never"."""
    rows = conn.execute(
        "SELECT s.enrolment_id, n.at = 'infinity', CASE WHEN n.at < 'infinity' THEN n.at END"
        " FROM enrolment_schedule s LEFT JOIN schedule_classes c ON c.id = s.class_id"
        " CROSS JOIN LATERAL (SELECT COALESCE(c.next_at, s.next_checkin_at) AS at) AS n"
        " ORDER BY s.enrolment_id"
    ).fetchall()
    return [(int(r[0]), "never" if r[1] else r[2]) for r in rows]
