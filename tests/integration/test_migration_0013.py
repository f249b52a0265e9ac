"""Migration 0013: the schedule moves to its own table; snooze and away move to the person."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import psycopg

from bot.migrate import downgrade, upgrade
from tests.db import insert_program_version

LATER = datetime.now(UTC) + timedelta(days=2)


def test_schedule_and_person_snooze_are_carried_over_and_back(scratch_url: str) -> None:
    upgrade(scratch_url, "0015")
    away = date.today() + timedelta(days=5)
    with psycopg.connect(scratch_url, autocommit=True) as conn:
        user = conn.execute(
            "INSERT INTO users (display_name, timezone) VALUES ('ada', 'UTC') RETURNING id"
        ).fetchone()[0]
        ids = []
        for slug, status in (("p", "active"), ("q", "paused")):
            program, version = insert_program_version(conn, slug, schedule=True)
            ids.append(
                conn.execute(
                    "INSERT INTO enrolments (user_id, program_id, program_version_id, status,"
                    " snoozed_until, away_until) VALUES (%s, %s, %s, %s, %s, %s) RETURNING id",
                    (user, program, version, status, LATER if status == "active" else None, away),
                ).fetchone()[0]
            )
        active, paused = ids
        conn.execute("UPDATE enrolments SET next_checkin_at = %s WHERE id = %s", (LATER, active))
    upgrade(scratch_url)
    with psycopg.connect(scratch_url, autocommit=True) as conn:
        schedule = conn.execute(
            "SELECT enrolment_id, CASE WHEN next_checkin_at < 'infinity' THEN next_checkin_at END"
            " FROM enrolment_schedule ORDER BY 1"
        ).fetchall()
        # the active one keeps its stored check-in; the paused one has nothing to plan
        assert [row[0] for row in schedule] == [active, paused]
        assert schedule[0][1] == LATER
        assert conn.execute(
            "SELECT next_checkin_at = 'infinity' FROM enrolment_schedule WHERE enrolment_id = %s",
            (paused,),
        ).fetchone() == (True,)
        assert conn.execute(
            "SELECT snoozed_until, away_until FROM users WHERE id = %s", (user,)
        ).fetchone() == (LATER, away)
        # The person's snooze reaches every running enrolment; a setting change resets
        # the active one's schedule (recompute), a new enrolment gets a row to compute.
        conn.execute("UPDATE users SET snoozed_until = NULL, checkin_days = '{3}'")
        assert conn.execute("SELECT DISTINCT snoozed_until FROM enrolments").fetchall() == [(None,)]
        assert conn.execute(
            "SELECT next_checkin_at FROM enrolment_schedule WHERE enrolment_id = %s", (active,)
        ).fetchone() == (None,)
    downgrade(scratch_url, "0015")
    with psycopg.connect(scratch_url, autocommit=True) as conn:
        assert conn.execute(
            "SELECT count(*) FROM enrolments WHERE next_checkin_at IS NULL AND id = %s",
            (active,),
        ).fetchone() == (1,)
    upgrade(scratch_url)
