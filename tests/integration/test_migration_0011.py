"""Migration 0011 moves each person's delivery settings from their latest enrolment."""

from __future__ import annotations

from datetime import time

import psycopg

from bot.migrate import downgrade, upgrade
from tests.db import insert_program_version


def test_settings_are_backfilled_from_the_latest_enrolment_and_kept_in_step(
    scratch_url: str,
) -> None:
    upgrade(scratch_url, "0010")
    with psycopg.connect(scratch_url, autocommit=True) as conn:
        user = conn.execute(
            "INSERT INTO users (display_name, timezone) VALUES ('rio', 'UTC') RETURNING id"
        ).fetchone()[0]
        program, version = insert_program_version(conn, schedule=True)
        for when, zone, quiet, days in (
            ("2026-01-01", "Asia/Tokyo", "23:00", "{1}"),
            ("2026-02-01", "America/Lima", "22:15", "{2,4}"),  # the latest
        ):
            conn.execute(
                "INSERT INTO enrolments (user_id, program_id, program_version_id, status,"
                " timezone, quiet_start, quiet_end, checkin_days, reminders_enabled,"
                " last_activity_at) VALUES (%s, %s, %s, 'completed', %s, %s, '06:00', %s,"
                " false, %s)",
                (user, program, version, zone, quiet, days, when),
            )
    upgrade(scratch_url)
    with psycopg.connect(scratch_url, autocommit=True) as conn:
        assert conn.execute(
            "SELECT timezone, quiet_start, quiet_end, checkin_days, reminders_enabled"
            " FROM users WHERE id = %s",
            (user,),
        ).fetchone() == ("America/Lima", time(22, 15), time(6), [2, 4], False)
        conn.execute("UPDATE users SET checkin_days = '{5}' WHERE id = %s", (user,))
        assert conn.execute("SELECT DISTINCT checkin_days FROM enrolments").fetchall() == [([5],)]
    downgrade(scratch_url, "0010")
    upgrade(scratch_url)
