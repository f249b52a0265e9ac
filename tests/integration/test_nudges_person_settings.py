"""The planner's stored next-due state follows person-level settings, for every enrolment."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import Any

from engine.nudges import plan_due_nudges
from engine.store import delivery
from engine.store.database import Database
from tests.integration.test_nudges_seed import (
    seed_enrolments,
    seed_program,
    stored_next_checkins,
)

START = datetime(2026, 1, 5, 6, 0, tzinfo=UTC)  # a Monday


async def _plan(db: Database, now: datetime) -> Any:
    async with db.transaction() as conn:
        return await plan_due_nudges(conn, now)


def _second_enrolment(sync: Any, user_id: int, program: Any) -> int:
    row = sync.execute(
        "INSERT INTO enrolments (user_id, program_id, program_version_id, started_at,"
        " last_activity_at) VALUES (%s, %s, %s, %s, %s) RETURNING id",
        (user_id, program.program_id, program.version_id, START, START),
    ).fetchone()
    return int(row[0])


async def test_a_person_level_change_resets_and_replans_every_enrolment(
    db: Database, sync: Any
) -> None:
    first = seed_program(sync, slug="first", checkin_days=(1,), reengage_after_days=None)
    second = seed_program(sync, slug="second", checkin_days=(1,), reengage_after_days=None)
    [enrolment] = seed_enrolments(sync, first, count=1, started_at=START)
    user_id = sync.execute("SELECT user_id FROM enrolments WHERE id = %s", (enrolment,)).fetchone()[
        0
    ]
    async with db.transaction() as conn:
        await delivery.update(
            conn, user_id, quiet_start=time(22), quiet_end=time(7), checkin_days=(2, 4)
        )
    other = _second_enrolment(sync, user_id, second)  # takes the person's settings
    rows = sync.execute(
        "SELECT quiet_start, quiet_end, checkin_days FROM enrolments ORDER BY id"
    ).fetchall()
    assert rows == [(time(22), time(7), [2, 4])] * 2
    await _plan(db, START)
    stored = stored_next_checkins(sync)
    tuesday = datetime(2026, 1, 6, 9, 30, tzinfo=UTC)
    assert stored == [(enrolment, tuesday), (other, tuesday)]
    # One change on the person: both enrolments' stored next check-in is recomputed.
    async with db.transaction() as conn:
        await delivery.update(conn, user_id, checkin_days=(3,), checkin_time=time(8, 15))
    assert [at for _, at in stored_next_checkins(sync)] == [None, None]
    await _plan(db, START)
    wednesday = datetime(2026, 1, 7, 8, 15, tzinfo=UTC)
    assert stored_next_checkins(sync) == [(enrolment, wednesday), (other, wednesday)]
    await _plan(db, wednesday)
    keys = sorted(r[0] for r in sync.execute("SELECT idempotency_key FROM nudges").fetchall())
    assert keys == [f"checkin:{enrolment}:2026-01-07", f"checkin:{other}:2026-01-07"]
    async with db.transaction() as conn:
        await delivery.update(conn, user_id, reminders_enabled=False)
    await _plan(db, wednesday + timedelta(days=7))
    assert sync.execute("SELECT count(*) FROM nudges").fetchone() == (2,)


async def test_follow_up_check_ins_are_planned_until_they_end(db: Database, sync: Any) -> None:
    program = seed_program(sync, checkin_days=(1, 3, 5), reengage_after_days=3)
    [enrolment] = seed_enrolments(sync, program, count=1, started_at=START)
    sync.execute(
        "UPDATE enrolments SET status = 'completed', completed_at = %(at)s,"
        " follow_up_until = %(until)s, follow_up_days = '{2}', follow_up_time = '10:00'"
        " WHERE id = %(id)s",
        {"at": START, "until": START + timedelta(weeks=2), "id": enrolment},
    )
    now = START
    while now < START + timedelta(weeks=5):
        await _plan(db, now)
        now += timedelta(hours=6)
    rows = sync.execute(
        "SELECT kind, due_at, payload ->> 'follow_up' FROM nudges ORDER BY due_at"
    ).fetchall()
    assert rows == [
        ("check_in", datetime(2026, 1, 6, 10, 0, tzinfo=UTC), "true"),
        ("check_in", datetime(2026, 1, 13, 10, 0, tzinfo=UTC), "true"),
    ]
    # After the end nothing more is scheduled: the stored next check-in is "never".
    assert [at for _, at in stored_next_checkins(sync)] == ["never"]
