"""Schedule classes (0020) change what a due tick writes, never what it plans.

The enrolments in step with their class (zone, time, days) are not rewritten when planned:
the class's next check-in moves instead. A tick for one person (a console at its virtual
time) never moves a class and never puts a row into one, so planning every person on their
own takes the path without classes: the same varied days planned both ways give the same
nudges and the same stored next check-ins.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from engine.nudges import plan_due_nudges
from engine.store.database import Database
from tests.integration.test_nudges_seed import (
    seed_enrolments,
    seed_program,
    stored_next_checkins,
)

START = datetime(2026, 3, 2, tzinfo=UTC)  # a Monday
ZONES = ("UTC", "Europe/Berlin", "America/New_York", "Asia/Tokyo", "Australia/Sydney")


def _seed(sync: Any) -> list[int]:
    """A varied population: zones, the program's days or their own, other times, quiet hours
    over the check-in, away, a snooze, and a follow-up that ends."""
    program = seed_program(
        sync, checkin_days=(1, 3, 5), checkin_time=time(9, 30), reengage_after_days=None
    )
    ids = seed_enrolments(sync, program, count=5, timezones=ZONES, started_at=START)
    ids += seed_enrolments(
        sync,
        program,
        count=5,
        timezones=ZONES,
        started_at=START,
        user_prefix="D",
        checkin_days=[1, 2, 3, 4, 5, 6, 7],
        checkin_time=time(8, 0),
    )
    ids += seed_enrolments(
        sync,
        program,
        count=2,
        timezones=ZONES[:2],
        started_at=START,
        user_prefix="Q",
        quiet_start=time(9),
        quiet_end=time(11),
    )
    ids += seed_enrolments(
        sync,
        program,
        count=2,
        timezones=ZONES[2:4],
        started_at=START + timedelta(days=1),
        user_prefix="A",
        away_until=date(2026, 3, 4),
    )
    ids += seed_enrolments(
        sync,
        program,
        count=1,
        started_at=START,
        user_prefix="S",
        snoozed_until=START + timedelta(days=1, hours=10),
    )
    [ended] = seed_enrolments(sync, program, count=1, started_at=START, user_prefix="F")
    sync.execute(
        "UPDATE enrolments SET status = 'completed', completed_at = %(at)s,"
        " follow_up_until = %(until)s, follow_up_days = '{2, 4}', follow_up_time = '10:00'"
        " WHERE id = %(id)s",
        {"at": START, "until": START + timedelta(days=2), "id": ended},
    )
    return [*ids, ended]


# Every two hours (and at 09:28 UTC) over five days, with a tick from a clock gone back ten
# days in the middle, and later one gone back three days (a console's clock, a test's).
_DAYS = [START + timedelta(hours=h) for h in range(0, 120, 2)]
_DAYS = sorted({*_DAYS, *(START + timedelta(days=d, hours=9, minutes=28) for d in range(5))})
INSTANTS = [*_DAYS[:35], START - timedelta(days=10), *_DAYS[35:54]]
INSTANTS += [START + timedelta(days=1, hours=9, minutes=28), *_DAYS[54:]]


def _change(sync: Any, step: int, ids: list[int]) -> None:
    """Settings changed on the way (each resets that schedule): the same in both runs."""
    if step == 15:
        sync.execute("UPDATE enrolments SET checkin_time = '07:15' WHERE id = %s", (ids[0],))
    if step == 25:
        sync.execute("UPDATE enrolments SET reminders_enabled = false WHERE id = %s", (ids[5],))
    if step == 45:
        sync.execute("UPDATE enrolments SET reminders_enabled = true WHERE id = %s", (ids[5],))
    if step == 55:  # reset, same class, while the clock is three days back
        start = START - timedelta(hours=1)
        sync.execute("UPDATE enrolments SET started_at = %s WHERE id = %s", (start, ids[1]))


async def _run(db: Database, sync: Any, ids: list[int], *, one_by_one: bool) -> Any:
    people = [r[0] for r in sync.execute("SELECT user_id FROM enrolments ORDER BY id")]
    for step, now in enumerate(INSTANTS):
        _change(sync, step, ids)
        for person in people if one_by_one else [None]:
            async with db.transaction() as conn:
                await plan_due_nudges(conn, now, user_id=person)
    planned = sync.execute(
        "SELECT idempotency_key, due_at, payload FROM nudges ORDER BY idempotency_key"
    ).fetchall()
    return planned, stored_next_checkins(sync)


async def test_classes_plan_what_each_enrolment_alone_plans(db: Database, sync: Any) -> None:
    ids = _seed(sync)
    before = sync.execute(
        "SELECT id, checkin_time, reminders_enabled, started_at FROM enrolments"
    ).fetchall()
    together = await _run(db, sync, ids, one_by_one=False)
    in_step = sync.execute(
        "SELECT count(*) FROM enrolment_schedule WHERE class_id IS NOT NULL"
    ).fetchone()[0]
    assert in_step >= 10, "most rows were planned through their class"
    # Back to the start: no nudges, no classes, the settings as seeded, every schedule fresh.
    sync.execute("TRUNCATE nudges")
    sync.execute("DELETE FROM schedule_classes")
    for enrolment, at, enabled, started in before:
        sync.execute(
            "UPDATE enrolments SET checkin_time = %s, reminders_enabled = %s, started_at = %s"
            " WHERE id = %s",
            (at, enabled, started, enrolment),
        )
    sync.execute(
        "UPDATE enrolment_schedule s SET class_id = NULL, next_checkin_at = CASE WHEN"
        " e.status = 'completed' AND e.follow_up_until IS NULL THEN 'infinity'::timestamptz END"
        " FROM enrolments e WHERE e.id = s.enrolment_id"
    )
    alone = await _run(db, sync, ids, one_by_one=True)
    assert sync.execute("SELECT count(*) FROM schedule_classes").fetchone() == (0,)
    assert len(together[0]) > 40
    assert together == alone
