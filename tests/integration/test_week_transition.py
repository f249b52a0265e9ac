"""The week transition: the week completed and the next one locked or begun, in one statement."""

from __future__ import annotations

from datetime import datetime, timedelta

from engine.store import records
from tests.harness import Harness
from tests.integration.driver import complete_program


async def _enrolment(h: Harness) -> int:
    await h.person().send("start career-6-weeks")
    found = await h.scalar("SELECT id FROM enrolments")
    assert isinstance(found, int)
    return found


async def _set_weeks(
    h: Harness, enrolment: int, changes: list[records.WeekChange], now: datetime
) -> None:
    """`records.set_weeks` in a transaction of its own."""
    async with h.db.transaction() as conn:
        await records.set_weeks(conn, enrolment_id=enrolment, changes=changes, now=now)


async def test_one_statement_completes_a_week_and_locks_the_next(harness: Harness) -> None:
    enrolment = await _enrolment(harness)
    now = harness.clock.now()
    opens = now + timedelta(days=7)
    await _set_weeks(
        harness,
        enrolment,
        [
            records.WeekChange(1, "completed", summary="in their words"),
            records.WeekChange(2, "locked", opens),
        ],
        now,
    )
    weeks = await harness.rows(
        "SELECT week_number, status, unlocks_at, unlocked_at, started_at, completed_at, summary"
        " FROM week_progress WHERE week_number <= 3 ORDER BY week_number"
    )
    first, second, third = weeks
    assert first["status"] == "completed" and first["completed_at"] == now
    assert first["summary"] == "in their words"
    assert first["started_at"] == now and first["unlocked_at"] == now  # kept, not stamped again
    assert second["status"] == "locked" and second["unlocks_at"] == opens
    assert second["unlocked_at"] is None and second["started_at"] is None
    assert second["summary"] is None
    assert third["status"] == "locked" and third["unlocks_at"] is None  # not named: untouched


async def test_a_week_begun_is_stamped_once_and_keeps_its_unlock_time(harness: Harness) -> None:
    enrolment = await _enrolment(harness)
    start = harness.clock.now()
    opens = start + timedelta(days=7)
    await _set_weeks(harness, enrolment, [records.WeekChange(2, "locked", opens)], start)
    later = start + timedelta(days=8)
    for _ in range(2):  # a second "in_progress" keeps the first stamps
        changes = [records.WeekChange(1, "completed"), records.WeekChange(2, "in_progress")]
        await _set_weeks(harness, enrolment, changes, later)
        later += timedelta(hours=1)
    week = (await harness.rows("SELECT * FROM week_progress WHERE week_number = 2"))[0]
    assert week["status"] == "in_progress" and week["unlocks_at"] == opens
    assert week["unlocked_at"] == week["started_at"] == start + timedelta(days=8)


async def test_no_change_sends_nothing(harness: Harness) -> None:
    enrolment = await _enrolment(harness)
    await _set_weeks(harness, enrolment, [], harness.clock.now())
    assert (
        await harness.scalar("SELECT count(*) FROM week_progress WHERE status = 'completed'") == 0
    )


async def test_every_week_of_a_program_walked_through_is_stamped(harness: Harness) -> None:
    await complete_program(harness, "career-6-weeks")
    weeks = await harness.rows(
        "SELECT status, unlocked_at, started_at, completed_at FROM week_progress"
        " ORDER BY week_number"
    )
    assert weeks and all(w["status"] == "completed" for w in weeks)
    for week in weeks:
        assert week["unlocked_at"] is not None and week["started_at"] is not None
        assert week["completed_at"] is not None
        assert week["started_at"] <= week["completed_at"]  # type: ignore[operator]
