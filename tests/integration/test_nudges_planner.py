"""Planning nudges in SQL: local times across DST, quiet hours, absences, and idempotent repeats."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from engine.nudges import plan_due_nudges
from engine.store.database import Database
from engine.timeexpr import local_datetime
from tests.integration.test_nudges_seed import (
    ALL_DAYS,
    daily_program,
    lock_week,
    seed_enrolments,
    seed_person,
    seed_program,
    stored_next_checkins,
)

START = datetime(2026, 1, 1, tzinfo=UTC)


async def plan(db: Database, now: datetime, **kwargs: Any) -> Any:
    async with db.transaction() as conn:
        return await plan_due_nudges(conn, now, **kwargs)


def nudges(sync: Any, kind: str | None = None) -> dict[str, dict[str, Any]]:
    rows = sync.execute(
        "SELECT idempotency_key, kind, due_at, payload, enrolment_id FROM nudges"
        " WHERE %(k)s::text IS NULL OR kind = %(k)s",
        {"k": kind},
    ).fetchall()
    return {
        r[0]: {"kind": r[1], "due_at": r[2], "payload": r[3], "enrolment_id": r[4]} for r in rows
    }


def _around(*transitions: date) -> list[date]:
    """Each transition day with the day before and the day after it."""
    return [day + timedelta(days=k) for day in transitions for k in (-1, 0, 1)]


DST_DAYS = {
    "Europe/Berlin": _around(date(2026, 3, 29), date(2026, 10, 25)),
    "America/New_York": _around(date(2026, 3, 8), date(2026, 11, 1)),
    "Australia/Sydney": _around(date(2026, 4, 5), date(2026, 10, 4)),
}


async def test_a_0930_reminder_stays_0930_local_across_dst(db: Database, sync: Any) -> None:
    program = daily_program(sync)
    seed_enrolments(sync, program, count=3, timezones=list(DST_DAYS), started_at=START)
    zones = {row[0]: row[1] for row in sync.execute("SELECT id, timezone FROM enrolments")}
    assert sorted(zones.values()) == sorted(DST_DAYS)
    for enrolment_id, zone in zones.items():
        tz = ZoneInfo(zone)
        for day in DST_DAYS[zone]:
            await plan(db, local_datetime(day, time(9, 31), tz))
            row = nudges(sync)[f"checkin:{enrolment_id}:{day}"]
            assert row["due_at"] == local_datetime(day, time(9, 30), tz)
            local = row["due_at"].astimezone(tz)
            assert (local.date(), local.time()) == (day, time(9, 30)), (zone, day)


# (zone, local time, transition day, expected UTC instant): gaps move forward to the jump,
# overlaps take the first occurrence — `local_datetime`'s documented rule, not PostgreSQL's.
TRANSITIONS = [
    ("Europe/Berlin", time(2, 30), date(2026, 3, 29), datetime(2026, 3, 29, 1, 0, tzinfo=UTC)),
    ("Europe/Berlin", time(2, 30), date(2026, 10, 25), datetime(2026, 10, 25, 0, 30, tzinfo=UTC)),
    ("America/New_York", time(2, 30), date(2026, 3, 8), datetime(2026, 3, 8, 7, 0, tzinfo=UTC)),
    ("America/New_York", time(1, 30), date(2026, 11, 1), datetime(2026, 11, 1, 5, 30, tzinfo=UTC)),
    ("Australia/Sydney", time(2, 30), date(2026, 10, 4), datetime(2026, 10, 3, 16, 0, tzinfo=UTC)),
    ("Australia/Sydney", time(2, 30), date(2026, 4, 5), datetime(2026, 4, 4, 15, 30, tzinfo=UTC)),
]


@pytest.mark.parametrize(("zone", "at", "day", "expected"), TRANSITIONS)
async def test_awkward_local_times_follow_the_documented_rule(
    db: Database, sync: Any, zone: str, at: time, day: date, expected: datetime
) -> None:
    program = daily_program(sync, at)
    [enrolment] = seed_enrolments(sync, program, count=1, timezones=[zone], started_at=START)
    assert local_datetime(day, at, ZoneInfo(zone)) == expected
    await plan(db, expected + timedelta(hours=6))
    assert nudges(sync)[f"checkin:{enrolment}:{day}"]["due_at"] == expected


def berliner_at_0930(sync: Any) -> int:
    """One person in Berlin with a daily 09:30 check-in, started on 10 June: the enrolment."""
    program = seed_program(sync, checkin_days=ALL_DAYS, checkin_time=time(9, 30))
    return seed_person(
        sync, program, "Europe/Berlin", "U", started_at=datetime(2026, 6, 10, 5, tzinfo=UTC)
    )


async def test_only_due_occurrences_are_planned_and_repeats_add_nothing(
    db: Database, sync: Any
) -> None:
    e = berliner_at_0930(sync)
    nine = datetime(2026, 6, 10, 7, 0, tzinfo=UTC)  # 09:00 in Berlin (CEST)
    assert (await plan(db, nine)).check_in == 0
    first = await plan(db, nine + timedelta(minutes=26))  # within the 5-minute horizon
    assert first.check_in == 1
    assert (await plan(db, nine + timedelta(minutes=40))).check_in == 0
    assert set(nudges(sync)) == {f"checkin:{e}:2026-06-10"}


async def test_a_schedule_computed_afresh_does_not_plan_a_planned_check_in_again(
    db: Database, sync: Any
) -> None:
    e = berliner_at_0930(sync)
    planned_at = datetime(2026, 6, 10, 7, 26, tzinfo=UTC)  # 09:26 in Berlin
    assert (await plan(db, planned_at)).check_in == 1
    # The person names the program's own time: a setting changed, so the stored next
    # check-in is reset and computed afresh, and today's 09:30, already planned, comes again.
    sync.execute("UPDATE enrolments SET checkin_time = time '09:30' WHERE id = %s", (e,))
    later = await plan(db, planned_at + timedelta(minutes=2))
    assert later.check_in == 0
    assert later.schedule_advanced == 1
    assert set(nudges(sync)) == {f"checkin:{e}:2026-06-10"}
    assert stored_next_checkins(sync) == [(e, datetime(2026, 6, 11, 7, 30, tzinfo=UTC))]


async def test_schedule_override_replaces_the_program_default(db: Database, sync: Any) -> None:
    program = seed_program(sync, checkin_days=[1, 3, 5], checkin_time=time(9, 30))
    [default] = seed_enrolments(sync, program, count=1, started_at=START, user_prefix="D")
    [custom] = seed_enrolments(
        sync,
        program,
        count=1,
        started_at=START,
        user_prefix="C",
        checkin_days=[2],
        checkin_time=time(8, 15),
    )
    for day in range(8, 15):  # 2026-06-08 is a Monday
        await plan(db, datetime(2026, 6, day, 12, tzinfo=UTC))
    keys = nudges(sync)
    assert {k for k in keys if k.startswith(f"checkin:{default}:")} == {
        f"checkin:{default}:2026-06-{d:02d}" for d in (8, 10, 12)
    }
    assert {k for k in keys if k.startswith(f"checkin:{custom}:")} == {
        f"checkin:{custom}:2026-06-09"
    }
    assert keys[f"checkin:{custom}:2026-06-09"]["due_at"] == datetime(2026, 6, 9, 8, 15, tzinfo=UTC)


async def test_quiet_hours_move_reminders_to_their_end(db: Database, sync: Any) -> None:
    program = seed_program(sync, checkin_days=ALL_DAYS, checkin_time=time(9, 30))
    tz = "America/New_York"
    cases = {  # (check-in time, quiet start, quiet end) → local due (date offset, time)
        (time(23, 30), time(22), time(7)): (1, time(7)),  # spans midnight: next morning
        (time(6, 0), time(22), time(7)): (0, time(7)),
        (time(12, 0), time(22), time(7)): (0, time(12)),
        (time(13, 30), time(13), time(14)): (0, time(14)),
    }
    ids = {}
    for n, (at, start, end) in enumerate(cases):
        [ids[(at, start, end)]] = seed_enrolments(
            sync,
            program,
            count=1,
            timezones=[tz],
            started_at=START,
            user_prefix=f"Q{n}",
            checkin_time=at,
            quiet_start=start,
            quiet_end=end,
        )
    day = date(2026, 7, 1)
    await plan(db, datetime(2026, 7, 1, 20, tzinfo=UTC))
    await plan(db, datetime(2026, 7, 2, 12, tzinfo=UTC))
    rows = nudges(sync)
    for case, (offset, expected) in cases.items():
        due = rows[f"checkin:{ids[case]}:{day}"]["due_at"]
        assert due == local_datetime(day + timedelta(days=offset), expected, ZoneInfo(tz)), case


async def test_away_pause_stop_dormant_and_snooze(db: Database, sync: Any) -> None:
    program = seed_program(sync, checkin_days=ALL_DAYS, checkin_time=time(9, 30))
    day = date(2026, 7, 1)
    snooze = datetime(2026, 7, 1, 11, 15, tzinfo=UTC)
    made = {
        "away": {"away_until": day},
        "back": {"away_until": day - timedelta(days=1)},
        "paused": {"status": "paused"},
        "stopped": {"reminders_enabled": False},
        "dormant": {"dormant_at": START},
        "snoozed": {"snoozed_until": snooze},
        "plain": {},
    }
    ids = {
        name: seed_enrolments(
            sync, program, count=1, started_at=START, user_prefix=name, **columns
        )[0]
        for name, columns in made.items()
    }
    await plan(db, datetime(2026, 7, 1, 9, 31, tzinfo=UTC))
    rows = nudges(sync, "check_in")
    planned = {name for name, e in ids.items() if f"checkin:{e}:{day}" in rows}
    # The snoozed one is planned with the others, for when the snooze ends.
    assert planned == {"back", "snoozed", "plain"}
    assert rows[f"checkin:{ids['snoozed']}:{day}"]["due_at"] == snooze
    await plan(db, snooze + timedelta(minutes=1))
    rows = nudges(sync, "check_in")
    planned = {name for name, e in ids.items() if f"checkin:{e}:{day}" in rows}
    assert planned == {"back", "snoozed", "plain"}
    assert rows[f"checkin:{ids['snoozed']}:{day}"]["due_at"] == snooze
    assert rows[f"checkin:{ids['plain']}:{day}"]["due_at"] == datetime(
        2026, 7, 1, 9, 30, tzinfo=UTC
    )


async def test_a_passed_time_gate_opens_the_week_once(db: Database, sync: Any) -> None:
    program = seed_program(sync, checkin_days=[], reengage_after_days=None)
    now = datetime(2026, 7, 1, 12, tzinfo=UTC)
    gated, future, opened, silent = seed_enrolments(sync, program, count=4, started_at=START)
    sync.execute("UPDATE enrolments SET reminders_enabled = false WHERE id = %s", (silent,))
    sync.execute(
        """
        INSERT INTO week_progress (enrolment_id, week_number, status, unlocks_at) VALUES
            (%(g)s, 2, 'locked', %(past)s), (%(f)s, 2, 'locked', %(future)s),
            (%(o)s, 2, 'in_progress', %(past)s), (%(s)s, 2, 'locked', %(past)s)
        """,
        {
            "g": gated,
            "f": future,
            "o": opened,
            "s": silent,
            "past": now - timedelta(hours=1),
            "future": now + timedelta(hours=1),
        },
    )
    result = await plan(db, now)
    assert (result.week_unlocked, result.weeks_opened) == (1, 2)
    rows = nudges(sync)
    assert set(rows) == {f"week:{gated}:2"}
    assert rows[f"week:{gated}:2"]["payload"] == {"week": 2}
    statuses = dict(sync.execute("SELECT enrolment_id, status FROM week_progress").fetchall())
    assert statuses == {
        gated: "unlocked",
        future: "locked",
        opened: "in_progress",
        silent: "unlocked",
    }
    assert (await plan(db, now + timedelta(minutes=1))).week_unlocked == 0


def silent_since_1_july(sync: Any) -> tuple[int, datetime]:
    """One person, silent since 10:00 on 1 July, on a program that re-engages twice, three
    days apart, and plans no check-ins: (enrolment, last activity)."""
    program = seed_program(sync, checkin_days=[], reengage_after_days=3, reengage_max=2)
    last = datetime(2026, 7, 1, 10, tzinfo=UTC)
    [enrolment] = seed_enrolments(sync, program, count=1, started_at=START, last_activity_at=last)
    return enrolment, last


async def test_reengagement_is_bounded_then_the_enrolment_goes_dormant(
    db: Database, sync: Any
) -> None:
    e, last = silent_since_1_july(sync)
    assert (await plan(db, last + timedelta(days=2))).re_engage == 0
    assert (await plan(db, last + timedelta(days=3, minutes=1))).re_engage == 1
    assert (await plan(db, last + timedelta(days=3, minutes=2))).re_engage == 0
    assert (await plan(db, last + timedelta(days=6, hours=2))).re_engage == 1
    result = await plan(db, last + timedelta(days=9, hours=3))
    assert (result.re_engage, result.dormant) == (0, 1)
    assert set(nudges(sync)) == {f"reengage:{e}:1", f"reengage:{e}:2"}
    row = sync.execute("SELECT reengage_count, dormant_at FROM enrolments").fetchone()
    assert row[0] == 2 and row[1] is not None
    assert (await plan(db, last + timedelta(days=30))).total == 0


async def test_reengagement_after_an_outage_catches_up_one_period_at_a_time(
    db: Database, sync: Any
) -> None:
    e, last = silent_since_1_july(sync)
    assert (await plan(db, last + timedelta(days=8))).re_engage == 1  # 8 days: 2 periods
    assert (await plan(db, last + timedelta(days=8, hours=1))).re_engage == 0
    assert (await plan(db, last + timedelta(days=11, hours=1))).re_engage == 1
    assert set(nudges(sync)) == {f"reengage:{e}:1", f"reengage:{e}:2"}


async def test_goal_deadline_reminder_the_day_before(db: Database, sync: Any) -> None:
    program = seed_program(
        sync, checkin_days=[], checkin_time=time(9, 30), reengage_after_days=None
    )
    [e] = seed_enrolments(sync, program, count=1, timezones=["Australia/Sydney"], started_at=START)
    user = sync.execute("SELECT user_id FROM enrolments").fetchone()[0]
    goal = sync.execute(
        "INSERT INTO goals (enrolment_id, user_id, description, deadline)"
        " VALUES (%s, %s, 'Run 5k', '2026-07-10') RETURNING id",
        (e, user),
    ).fetchone()[0]
    sydney = ZoneInfo("Australia/Sydney")
    assert (await plan(db, local_datetime(date(2026, 7, 8), time(12), sydney))).goal_deadline == 0
    assert (await plan(db, local_datetime(date(2026, 7, 9), time(9), sydney))).goal_deadline == 0
    assert (
        await plan(db, local_datetime(date(2026, 7, 9), time(9, 31), sydney))
    ).goal_deadline == 1
    row = nudges(sync)[f"goal:{goal}:2026-07-10"]
    assert row["due_at"] == local_datetime(date(2026, 7, 9), time(9, 30), sydney)


class CountingConnection:
    """Wraps a connection and counts the statements sent through `execute`."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.statements = 0

    async def execute(self, *args: Any, **kwargs: Any) -> Any:
        self.statements += 1
        return await self.conn.execute(*args, **kwargs)


@pytest.mark.timeout(180)
async def test_planning_100k_enrolments_is_a_handful_of_statements(db: Database, sync: Any) -> None:
    program = seed_program(sync, checkin_days=ALL_DAYS, checkin_time=time(9, 0))
    start = datetime(2026, 7, 1, tzinfo=UTC)
    sync.execute(
        """
        WITH u AS (
            INSERT INTO users (display_name) SELECT 'bulk' || n FROM generate_series(1, 100000) n
            RETURNING id
        )
        INSERT INTO enrolments (user_id, program_id, program_version_id, timezone, started_at,
            last_activity_at)
        SELECT id, %s, %s, (ARRAY['Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'UTC'])
            [1 + id %% 4], %s, %s + (id %% 5) * interval '1 day'
        FROM u
        """,
        (program.program_id, program.version_id, start, start),
    )
    sync.execute(
        "INSERT INTO week_progress (enrolment_id, week_number, status, unlocks_at)"
        " SELECT id, 2, 'locked', %s FROM enrolments WHERE id %% 10 = 0",
        (start + timedelta(days=1),),
    )
    sync.execute("ANALYZE")
    now = datetime(2026, 7, 5, 23, 30, tzinfo=UTC)
    async with db.transaction() as conn:
        counting = CountingConnection(conn)
        result = await plan_due_nudges(counting, now)  # type: ignore[arg-type]
    assert counting.statements <= 6
    assert result.check_in >= 100_000  # the last 24 hours' occurrences
    assert result.week_unlocked == 10_000
    assert result.re_engage > 0


async def test_an_unknown_time_zone_leaves_out_only_that_enrolment(db: Database, sync: Any) -> None:
    program = daily_program(sync)
    [good] = seed_enrolments(sync, program, count=1, started_at=START, user_prefix="G")
    [bad] = seed_enrolments(
        sync, program, count=1, started_at=START, user_prefix="B", timezone="Mars/Olympus_Mons"
    )
    result = await plan(db, datetime(2026, 7, 1, 9, 31, tzinfo=UTC))
    assert result.unknown_zones == ("Mars/Olympus_Mons",)
    assert set(nudges(sync)) == {f"checkin:{good}:2026-07-01"}
    assert bad != good


async def test_a_snooze_brings_one_reminder_when_it_ends(db: Database, sync: Any) -> None:
    program = daily_program(sync)
    [e] = seed_enrolments(sync, program, count=1, started_at=START)
    await plan(db, datetime(2026, 7, 1, 9, 30, tzinfo=UTC))
    sync.execute("UPDATE nudges SET status = 'sent'")  # delivered; then "remind me in 2 hours"
    until = datetime(2026, 7, 1, 11, 30, tzinfo=UTC)
    sync.execute("UPDATE enrolments SET snoozed_until = %s", (until,))
    assert (await plan(db, datetime(2026, 7, 1, 10, 0, tzinfo=UTC))).check_in == 0
    assert (await plan(db, datetime(2026, 7, 1, 11, 28, tzinfo=UTC))).check_in == 1
    assert (await plan(db, datetime(2026, 7, 1, 11, 40, tzinfo=UTC))).check_in == 0
    [[person]] = sync.execute("SELECT user_id FROM enrolments WHERE id = %s", (e,)).fetchall()
    row = nudges(sync)[f"snooze:u{person}:2026-07-01T11:30:00Z"]  # the person's, not the program's
    assert row["due_at"] == until and row["kind"] == "check_in"
    assert row["payload"] == {"local_date": "2026-07-01", "snoozed": True}


async def test_a_snooze_planned_under_the_old_enrolment_key_is_not_planned_again(
    db: Database, sync: Any
) -> None:
    # Planned before the key named the person: `snooze:{enrolment}:…`; the new key must not
    # bring a second reminder for the same snooze, whichever of the person's enrolments.
    program = daily_program(sync)
    [e] = seed_enrolments(sync, program, count=1, started_at=START)
    assert (await plan(db, datetime(2026, 7, 1, 9, 30, tzinfo=UTC))).check_in == 1  # the day's
    until = datetime(2026, 7, 1, 11, 30, tzinfo=UTC)
    sync.execute("UPDATE enrolments SET snoozed_until = %s", (until,))
    sync.execute(
        "INSERT INTO nudges (enrolment_id, user_id, kind, idempotency_key, due_at, payload)"
        " SELECT id, user_id, 'check_in', %s, %s, '{}'::jsonb FROM enrolments WHERE id = %s",
        (f"snooze:{e}:2026-07-01T11:30:00Z", until, e),
    )
    assert (await plan(db, datetime(2026, 7, 1, 11, 28, tzinfo=UTC))).check_in == 0
    assert [k for k in nudges(sync) if k.startswith("snooze:")] == [
        f"snooze:{e}:2026-07-01T11:30:00Z"
    ]
    # another snooze of the same person later is planned under the new key
    later = datetime(2026, 7, 1, 15, 0, tzinfo=UTC)
    sync.execute("UPDATE enrolments SET snoozed_until = %s", (later,))
    assert (await plan(db, datetime(2026, 7, 1, 14, 58, tzinfo=UTC))).check_in == 1


async def test_a_second_planner_skips_or_waits_while_one_is_planning(
    db: Database, sync: Any
) -> None:
    now = datetime(2026, 7, 1, 9, 31, tzinfo=UTC)
    async with db.transaction() as first:
        assert not (await plan_due_nudges(first, now)).skipped
        async with db.transaction() as second:
            assert (await plan_due_nudges(second, now)).skipped
    async with db.transaction() as conn:
        assert not (await plan_due_nudges(conn, now, wait=True)).skipped


async def test_someone_active_at_3am_in_bangkok_hears_nothing_before_8am_local(
    db: Database, sync: Any
) -> None:
    """No quiet hours chosen: the default 21:00-08:00 window holds, and event nudges (a week
    that opens, a re-engagement) move into 09:00-20:00 instead of inheriting 03:07."""
    program = seed_program(sync, checkin_days=ALL_DAYS, checkin_time=time(6, 30))
    bkk = ZoneInfo("Asia/Bangkok")
    night = local_datetime(date(2026, 7, 1), time(3, 7), bkk)
    [e] = seed_enrolments(
        sync,
        program,
        count=1,
        timezones=["Asia/Bangkok"],
        started_at=START,
        last_activity_at=night,
        quiet_start=None,
        quiet_end=None,
    )
    lock_week(sync, e, 2, night + timedelta(days=1))
    for hours in range(0, 24 * 4, 1):
        await plan(db, night + timedelta(hours=hours))
    rows = nudges(sync)
    assert {k.split(":")[0] for k in rows} >= {"checkin", "week", "reengage"}
    for key, row in rows.items():
        local = row["due_at"].astimezone(bkk).time()
        assert time(8) <= local < time(21), (key, local)
    # The week opened at 03:07 on a check-in day: its offer goes with that day's check-in
    # (06:30, moved to 08:00 by quiet hours), one message, not at 09:00 on its own.
    assert rows[f"checkin:{e}:2026-07-02"]["due_at"] == local_datetime(
        date(2026, 7, 2), time(8), bkk
    )
    assert rows[f"week:{e}:2"]["due_at"] == rows[f"checkin:{e}:2026-07-02"]["due_at"]


async def test_quiet_hours_off_lets_reminders_go_at_their_own_time(db: Database, sync: Any) -> None:
    program = seed_program(sync, checkin_days=ALL_DAYS, checkin_time=time(6, 30))
    [default, off] = seed_enrolments(sync, program, count=2, started_at=START)
    sync.execute(
        "UPDATE enrolments SET quiet_start = NULL, quiet_end = NULL WHERE id = %s", (default,)
    )
    await plan(db, datetime(2026, 7, 1, 6, 30, tzinfo=UTC))
    await plan(db, datetime(2026, 7, 1, 8, tzinfo=UTC))
    rows = nudges(sync)
    assert rows[f"checkin:{off}:2026-07-01"]["due_at"] == datetime(2026, 7, 1, 6, 30, tzinfo=UTC)
    assert rows[f"checkin:{default}:2026-07-01"]["due_at"] == datetime(2026, 7, 1, 8, tzinfo=UTC)
