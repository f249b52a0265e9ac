"""Migration 0011 moves each person's delivery settings from their latest enrolment."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import time

import psycopg
import pytest

from bot.migrate import downgrade, upgrade
from tests.db import create_fresh_database, drop_database


@pytest.fixture
def scratch_url() -> Iterator[str]:
    name = f"coachbot_test_m0011_{os.getpid()}"
    yield create_fresh_database(name)
    drop_database(name)


def test_settings_are_backfilled_from_the_latest_enrolment_and_kept_in_step(
    scratch_url: str,
) -> None:
    upgrade(scratch_url, "0010")
    with psycopg.connect(scratch_url, autocommit=True) as conn:
        user = conn.execute(
            "INSERT INTO users (display_name, timezone) VALUES ('rio', 'UTC') RETURNING id"
        ).fetchone()[0]
        program = conn.execute(
            "INSERT INTO programs (slug, title) VALUES ('p', 'P') RETURNING id"
        ).fetchone()[0]
        version = conn.execute(
            "INSERT INTO program_versions (program_id, version, content_hash, definition,"
            " weeks_total, checkin_days, checkin_time) VALUES (%s, 1, 'h', '{}', 1, '{1}',"
            " '09:00') RETURNING id",
            (program,),
        ).fetchone()[0]
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
