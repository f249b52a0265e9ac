"""Many enrolments at once, set-based: the data the planning and dispatch benches need."""

from __future__ import annotations

from datetime import datetime

import psycopg

from engine.programs.loader import builtin_programs
from engine.programs.sync import sync_programs
from engine.store.database import Database

# Time zones the people live in; each one's check-in time is the local time of the
# same UTC instant, so everybody's check-in is due at once and every zone is computed.
ZONES = (
    "UTC",
    "Europe/Berlin",
    "Europe/Lisbon",
    "America/New_York",
    "America/Los_Angeles",
    "Asia/Tokyo",
    "Asia/Kolkata",
    "Australia/Sydney",
)


async def sync_builtin(url: str) -> None:
    async with Database(url, max_size=1) as db, db.transaction() as conn:
        await sync_programs(conn, builtin_programs())


def populate(
    url: str, people: int, *, due: datetime, program: str = "demo", mixed: bool = False
) -> None:
    """`people` users, each with a Slack identity and an active enrolment whose daily
    check-in falls due at `due` (spread over `ZONES`); then VACUUM ANALYZE.

    With `mixed`, a realistic population instead: a quarter check in on other weekdays
    (not due that day), a fifth chose quiet hours, a tenth are snoozed past `due`.
    """
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(
            """
            WITH pv AS (
                SELECT v.id, v.program_id FROM program_versions v
                JOIN programs p ON p.id = v.program_id WHERE p.slug = %(slug)s
                ORDER BY v.version DESC LIMIT 1
            ), zones AS (
                SELECT z, ordinality - 1 AS i FROM unnest(%(zones)s::text[]) WITH ORDINALITY z
            ), new_users AS (
                INSERT INTO users (display_name, timezone)
                SELECT 'Person ' || g, z.z FROM generate_series(1, %(n)s) g
                JOIN zones z ON z.i = g %% %(nz)s
                RETURNING id, timezone
            ), identities AS (
                INSERT INTO platform_identities (user_id, platform, workspace_id, platform_user_id)
                SELECT id, 'slack', 'T0001', 'U' || id FROM new_users
            )
            INSERT INTO enrolments (user_id, program_id, program_version_id, status, timezone,
                checkin_days, checkin_time, started_at, last_activity_at)
            SELECT u.id, pv.program_id, pv.id, 'active', u.timezone,
                ARRAY[1,2,3,4,5,6,7]::smallint[],
                (%(due)s::timestamptz AT TIME ZONE u.timezone)::time,
                %(due)s::timestamptz - interval '3 days', %(due)s::timestamptz - interval '1 hour'
            FROM new_users u, pv
            """,
            {"slug": program, "zones": list(ZONES), "nz": len(ZONES), "n": people, "due": due},
        )
        if mixed:
            conn.execute(
                """
                UPDATE enrolments SET
                    checkin_days = CASE WHEN id %% 4 = 3 THEN ARRAY(
                        SELECT d FROM generate_series(1, 7) AS d
                        WHERE d <> extract(isodow FROM %(due)s::timestamptz AT TIME ZONE timezone)
                    )::smallint[] ELSE checkin_days END,
                    quiet_start = CASE WHEN id %% 5 = 0 THEN time '22:30' END,
                    quiet_end = CASE WHEN id %% 5 = 0 THEN time '06:30' END,
                    snoozed_until = CASE WHEN id %% 10 = 1
                        THEN %(due)s::timestamptz + interval '2 hours' END
                """,
                {"due": due},
            )
        conn.execute("VACUUM ANALYZE")
