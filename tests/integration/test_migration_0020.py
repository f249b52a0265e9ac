"""Migration 0020: schedule classes; a row in step with one gets its next check-in back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import psycopg

from bot.migrate import downgrade, upgrade
from tests.db import insert_program_version

LATER = datetime.now(UTC).replace(microsecond=0) + timedelta(days=2)
CLASS_NEXT = LATER + timedelta(hours=5)


def test_schedule_rows_keep_their_next_check_in_across_upgrade_and_downgrade(
    scratch_url: str,
) -> None:
    upgrade(scratch_url, "0018")
    with psycopg.connect(scratch_url, autocommit=True) as conn:
        user = conn.execute(
            "INSERT INTO users (display_name, timezone) VALUES ('ada', 'UTC') RETURNING id"
        ).fetchone()[0]
        ids = []
        for slug in ("p", "q"):
            program, version = insert_program_version(conn, slug, schedule=True)
            ids.append(
                conn.execute(
                    "INSERT INTO enrolments (user_id, program_id, program_version_id)"
                    " VALUES (%s, %s, %s) RETURNING id",
                    (user, program, version),
                ).fetchone()[0]
            )
        own, classed = ids
        conn.execute("UPDATE enrolment_schedule SET next_checkin_at = %s", (LATER,))
    upgrade(scratch_url, "0020")
    with psycopg.connect(scratch_url, autocommit=True) as conn:
        rows = conn.execute(
            "SELECT enrolment_id, next_checkin_at, class_id FROM enrolment_schedule ORDER BY 1"
        ).fetchall()
        assert rows == [(own, LATER, None), (classed, LATER, None)]  # as they were
        # as the planner leaves a row in step with its class
        class_id = conn.execute(
            "INSERT INTO schedule_classes (timezone, checkin_time, checkin_days, next_at)"
            " VALUES ('UTC', '09:30', '{1,3,5}', %s) RETURNING id",
            (CLASS_NEXT,),
        ).fetchone()[0]
        conn.execute(
            "UPDATE enrolment_schedule SET class_id = %s, next_checkin_at = NULL"
            " WHERE enrolment_id = %s",
            (class_id, classed),
        )
        # a changed setting takes the row out of its class, to be computed afresh
        conn.execute("UPDATE enrolments SET checkin_time = '07:00' WHERE id = %s", (own,))
        assert conn.execute(
            "SELECT next_checkin_at, class_id FROM enrolment_schedule WHERE enrolment_id = %s",
            (own,),
        ).fetchone() == (None, None)
        conn.execute(
            "UPDATE enrolment_schedule SET next_checkin_at = %s WHERE enrolment_id = %s",
            (LATER, own),
        )
    downgrade(scratch_url, "0018")
    with psycopg.connect(scratch_url, autocommit=True) as conn:
        rows = conn.execute(
            "SELECT enrolment_id, next_checkin_at FROM enrolment_schedule ORDER BY 1"
        ).fetchall()
        assert rows == [(own, LATER), (classed, CLASS_NEXT)]
    upgrade(scratch_url)
