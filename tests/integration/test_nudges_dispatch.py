"""Dispatching nudges: rendering, send-time checks, failures, leases, restarts and the console."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest

from bot.console_nudges import console_tick
from bot.nudges import tick
from engine.clock import VirtualClock
from engine.messages import Platform, PlatformIdentity
from engine.nudges import CHECKIN_REF, PlatformPacer, dispatch_due, plan_due_nudges
from engine.nudges.dispatcher import backoff
from engine.ports import DeliveryDeferred, RecipientUnreachable
from engine.store.database import Database
from tests.fakes.gateway import CountingGateway
from tests.integration.test_nudges_seed import (
    ALL_DAYS,
    daily_program,
    lock_week,
    seed_enrolments,
    seed_person,
    seed_program,
)

START = datetime(2026, 6, 1, tzinfo=UTC)


def at(when: datetime) -> VirtualClock:
    return VirtualClock(start=when)


def outbox(sync: Any) -> dict[str, dict[str, Any]]:
    rows = sync.execute(
        "SELECT idempotency_key, status, attempts, last_error, due_at, next_attempt_at,"
        " platform_message_id, sent_at FROM nudges"
    ).fetchall()
    names = (
        "status",
        "attempts",
        "last_error",
        "due_at",
        "next_attempt_at",
        "message_id",
        "sent_at",
    )
    return {r[0]: dict(zip(names, r[1:], strict=True)) for r in rows}


async def one_check_in_planned(db: Database, sync: Any) -> tuple[int, datetime]:
    """One person on a daily 09:30 check-in, planned at 09:30 on 10 June: (enrolment, now)."""
    [enrolment] = seed_enrolments(sync, daily_program(sync), count=1, started_at=START)
    now = datetime(2026, 6, 10, 9, 30, tzinfo=UTC)
    async with db.transaction() as conn:
        await plan_due_nudges(conn, now)
    return enrolment, now


async def test_a_checkin_reminder_is_sent_once_with_mood_buttons(db: Database, sync: Any) -> None:
    program = daily_program(sync)
    [e] = seed_enrolments(sync, program, count=1, started_at=START)
    gateway = CountingGateway()
    now = datetime(2026, 6, 10, 9, 30, tzinfo=UTC)
    planned, sent = await tick(db, {Platform.SLACK: gateway}, at(now))
    assert (planned.check_in, sent.sent) == (1, 1)
    [delivery] = gateway.delivered
    assert delivery.idempotency_key == f"checkin:{e}:2026-06-10"
    assert delivery.identity == PlatformIdentity(Platform.SLACK, "W1", "U0")
    question = delivery.replies[0]
    assert question.choice_ref == CHECKIN_REF
    assert [c.label for c in question.choices] == [str(n) for n in range(1, 11)]
    assert [c.value for c in question.choices] == [f"mood:{n}" for n in range(1, 11)]
    assert program.title in question.text
    row = outbox(sync)[delivery.idempotency_key]
    assert row["status"] == "sent" and row["message_id"] == "test-1" and row["sent_at"] == now
    # Ticking again sends nothing more.
    _, again = await tick(db, {Platform.SLACK: gateway}, at(now + timedelta(minutes=1)))
    assert again.claimed == 0 and len(gateway.delivered) == 1


async def test_week_unlocked_names_the_week_and_how_to_start(db: Database, sync: Any) -> None:
    program = seed_program(sync, checkin_days=[], reengage_after_days=None)
    [e] = seed_enrolments(sync, program, count=1, started_at=START)
    now = datetime(2026, 6, 10, 12, tzinfo=UTC)
    lock_week(sync, e, 2, now - timedelta(minutes=5))
    gateway = CountingGateway()
    await tick(db, {Platform.SLACK: gateway}, at(now))
    [delivery] = gateway.delivered
    [message] = delivery.replies  # one message, not a burst of bubbles
    opened, start = message.text.split("\n\n")
    assert opened == f"Week 2 of *{program.title}* is open: Week title 2"
    assert "type `next`" in start
    assert "Start week 2" in start


async def test_changes_after_planning_are_respected_at_send_time(db: Database, sync: Any) -> None:
    program = daily_program(sync)
    names = ["paused", "stopped", "away", "snoozed", "quiet", "plain"]
    ids = {
        n: seed_enrolments(sync, program, count=1, started_at=START, user_prefix=n)[0]
        for n in names
    }
    now = datetime(2026, 6, 10, 9, 30, tzinfo=UTC)
    async with db.transaction() as conn:
        assert (await plan_due_nudges(conn, now)).check_in == len(names)
    snooze = now + timedelta(hours=2)
    sync.execute("UPDATE enrolments SET status = 'paused' WHERE id = %s", (ids["paused"],))
    sync.execute("UPDATE enrolments SET reminders_enabled = false WHERE id = %s", (ids["stopped"],))
    sync.execute("UPDATE enrolments SET away_until = '2026-06-12' WHERE id = %s", (ids["away"],))
    sync.execute("UPDATE enrolments SET snoozed_until = %s WHERE id = %s", (snooze, ids["snoozed"]))
    sync.execute(
        "UPDATE enrolments SET quiet_start = '09:00', quiet_end = '10:15' WHERE id = %s",
        (ids["quiet"],),
    )
    gateway = CountingGateway()
    result = await dispatch_due(db, {Platform.SLACK: gateway}, at(now), worker_id="w")
    assert (result.sent, result.cancelled, result.rescheduled) == (1, 3, 2)
    rows = {n: outbox(sync)[f"checkin:{ids[n]}:2026-06-10"] for n in names}
    assert rows["paused"]["status"] == "cancelled"
    assert rows["paused"]["last_error"] == "cancelled: enrolment paused"
    assert rows["stopped"]["last_error"] == "cancelled: reminders turned off"
    assert rows["away"]["last_error"] == "cancelled: away until 2026-06-12"
    assert (rows["snoozed"]["status"], rows["snoozed"]["due_at"]) == ("pending", snooze)
    assert rows["quiet"]["status"] == "pending"
    assert rows["quiet"]["due_at"] == datetime(2026, 6, 10, 10, 15, tzinfo=UTC)
    assert rows["plain"]["status"] == "sent"
    # The snoozed one goes when the snooze ends (no attempt was used up).
    later = await dispatch_due(db, {Platform.SLACK: gateway}, at(snooze), worker_id="w")
    assert later.sent == 2
    assert outbox(sync)[f"checkin:{ids['snoozed']}:2026-06-10"]["attempts"] == 1


async def test_unreachable_recipient_is_recorded_not_retried(db: Database, sync: Any) -> None:
    program = daily_program(sync)
    [e] = seed_enrolments(sync, program, count=1, started_at=START)
    gateway = CountingGateway(script={"U0": [RecipientUnreachable("cannot_dm_bot")]})
    now = datetime(2026, 6, 10, 9, 30, tzinfo=UTC)
    _, result = await tick(db, {Platform.SLACK: gateway}, at(now))
    assert result.unreachable == 1
    row = outbox(sync)[f"checkin:{e}:2026-06-10"]
    assert (row["status"], row["last_error"]) == ("unreachable", "unreachable: cannot_dm_bot")
    reason = sync.execute("SELECT unreachable_reason FROM platform_identities").fetchone()[0]
    assert reason == "cannot_dm_bot"
    # The next day's reminder finds no reachable identity.
    _, next_day = await tick(db, {Platform.SLACK: gateway}, at(now + timedelta(days=1)))
    assert next_day.unreachable == 1 and gateway.delivered == []


async def test_deferred_delivery_backs_off_then_fails(db: Database, sync: Any) -> None:
    program = daily_program(sync)
    [e] = seed_enrolments(sync, program, count=1, started_at=START)
    errors = [DeliveryDeferred("rate limited", retry_after=90.0)] + [
        DeliveryDeferred("server error") for _ in range(4)
    ]
    gateway = CountingGateway(script={"U0": errors})
    clock = at(datetime(2026, 6, 10, 9, 30, tzinfo=UTC))
    pacer = PlatformPacer()
    _, first = await tick(db, {Platform.SLACK: gateway}, clock, pacer=pacer, max_attempts=3)
    key = f"checkin:{e}:2026-06-10"
    row = outbox(sync)[key]
    assert first.deferred == 1 and row["status"] == "pending" and row["attempts"] == 1
    assert row["next_attempt_at"] == clock.now() + timedelta(seconds=90)  # retry_after > backoff
    assert pacer.paused_for(Platform.SLACK) > 80  # the 429 holds the whole platform
    _, early = await tick(db, {Platform.SLACK: gateway}, clock, pacer=PlatformPacer())
    assert early.claimed == 0
    clock.advance(timedelta(seconds=90))
    await tick(db, {Platform.SLACK: gateway}, clock, max_attempts=3)
    row = outbox(sync)[key]
    assert row["attempts"] == 2 and row["next_attempt_at"] == clock.now() + backoff(2)
    clock.advance(backoff(2))
    _, last = await tick(db, {Platform.SLACK: gateway}, clock, max_attempts=3)
    row = outbox(sync)[key]
    assert last.failed == 1 and row["status"] == "failed" and row["attempts"] == 3
    assert row["last_error"] == "failed after 3 attempts: deferred: server error"


async def test_a_worker_whose_lease_was_taken_over_cannot_send_or_mark(
    db: Database, sync: Any
) -> None:
    e, now = await one_check_in_planned(db, sync)
    # Worker A claimed it and then stalled past its lease; B took over and sent it.
    sync.execute(
        "UPDATE nudges SET status = 'claimed', claimed_by = 'A',"
        " lease_expires_at = clock_timestamp() - interval '1 second'"
    )
    gateway = CountingGateway()
    result = await dispatch_due(db, {Platform.SLACK: gateway}, at(now), worker_id="B")
    assert result.sent == 1 and len(gateway.delivered) == 1
    # A wakes up: its guarded mark changes nothing.
    cur = sync.execute(
        "UPDATE nudges SET status = 'sent', platform_message_id = 'A-1'"
        " WHERE id = (SELECT id FROM nudges) AND claimed_by = 'A' AND status = 'claimed'"
    )
    assert cur.rowcount == 0
    row = sync.execute("SELECT claimed_by, platform_message_id FROM nudges").fetchone()
    assert row == ("B", "test-1")
    assert outbox(sync)[f"checkin:{e}:2026-06-10"]["status"] == "sent"


async def test_a_live_lease_is_not_taken_over(db: Database, sync: Any) -> None:
    _, now = await one_check_in_planned(db, sync)
    sync.execute(
        "UPDATE nudges SET status = 'claimed', claimed_by = 'A',"
        " lease_expires_at = clock_timestamp() + interval '1 minute'"
    )
    result = await dispatch_due(db, {Platform.SLACK: CountingGateway()}, at(now), worker_id="B")
    assert result.claimed == 0


async def test_a_worker_down_for_three_hours_catches_up_by_rule(db: Database, sync: Any) -> None:
    """Down 21:29–00:29 UTC: NY's 17:30 reminder goes late the same day, Berlin's 23:30 expires,
    a claim the crashed worker held is taken over, and a week that opened meanwhile is announced."""
    program = daily_program(sync, None)
    START = datetime(2026, 6, 10, 12, tzinfo=UTC)
    [berlin, new_york, claimed] = (
        seed_person(sync, program, zone, prefix, started_at=START, checkin_time=local)
        for zone, prefix, local in (
            ("Europe/Berlin", "B", time(23, 30)),
            ("America/New_York", "N", time(17, 30)),
            ("America/New_York", "C", time(17, 28)),
        )
    )
    # afternoon in Los Angeles: inside the sensible window
    weekly = seed_person(
        sync, program, "America/Los_Angeles", "W", started_at=START, checkin_days=[]
    )
    crash = datetime(2026, 6, 10, 21, 29, tzinfo=UTC)
    lock_week(sync, weekly, 3, crash + timedelta(hours=1))
    gateway = CountingGateway()
    # Last tick before the crash plans the reminders due within the horizon and claims the
    # 17:28 one; the worker dies holding the claim, before sending anything else.
    async with db.transaction() as conn:
        assert (await plan_due_nudges(conn, crash)).check_in == 3
    sync.execute(
        "UPDATE nudges SET status = 'claimed', claimed_by = 'crashed',"
        " lease_expires_at = clock_timestamp() - interval '1 second' WHERE enrolment_id = %s",
        (claimed,),
    )
    restart = crash + timedelta(hours=3)
    _, result = await tick(db, {Platform.SLACK: gateway}, at(restart))
    rows = outbox(sync)
    assert rows[f"checkin:{new_york}:2026-06-10"]["status"] == "sent"  # 20:29 in New York
    assert rows[f"checkin:{claimed}:2026-06-10"]["status"] == "sent"
    expired = rows[f"checkin:{berlin}:2026-06-10"]  # 02:29 the next day in Berlin
    assert expired["status"] == "expired"
    assert expired["last_error"].startswith("missed window: check-in for 2026-06-10")
    assert rows[f"week:{weekly}:3"]["status"] == "sent"
    assert (result.sent, result.expired) == (3, 1)
    assert sorted(gateway.counts().values()) == [1, 1, 1]


async def test_late_reminders_beyond_the_limit_expire_but_week_unlocks_still_go(
    db: Database, sync: Any
) -> None:
    program = daily_program(sync, time(8, 0))
    [e] = seed_enrolments(sync, program, count=1, started_at=START)
    now = datetime(2026, 6, 10, 8, 0, tzinfo=UTC)
    lock_week(sync, e, 2, now)
    async with db.transaction() as conn:
        await plan_due_nudges(conn, now)
    gateway = CountingGateway()
    await tick(db, {Platform.SLACK: gateway}, at(now + timedelta(hours=7)))
    rows = outbox(sync)
    assert rows[f"checkin:{e}:2026-06-10"]["status"] == "expired"
    assert "7.0h late" in rows[f"checkin:{e}:2026-06-10"]["last_error"]
    assert rows[f"week:{e}:2"]["status"] == "sent"


@dataclass
class FakeApp:
    db: Database
    clock: VirtualClock


class FakeSession:
    def __init__(self, identity: PlatformIdentity) -> None:
        self.identity = identity
        self.remembered: list[Any] = []

    def remember(self, replies: list[Any]) -> None:
        self.remembered.extend(r for r in replies if r.choices)


async def test_console_tick_prints_reminders_and_leaves_other_platforms_alone(
    db: Database, sync: Any
) -> None:
    program = daily_program(sync)
    seed_enrolments(sync, program, count=1, started_at=START, platform="console", user_prefix="me")
    seed_enrolments(sync, program, count=1, started_at=START, platform="slack", user_prefix="S")
    app = FakeApp(db, at(datetime(2026, 6, 10, 9, 31, tzinfo=UTC)))
    session = FakeSession(PlatformIdentity(Platform.CONSOLE, "W1", "me0"))
    lines = await console_tick(app, session)
    assert lines[0].startswith("🔔 (reminder) ⏰ Time for your check-in")
    assert [r.choice_ref for r in session.remembered] == [CHECKIN_REF]
    assert lines[0] == "🔔 (reminder) " + session.remembered[0].as_plain_text()
    statuses = dict(
        sync.execute(
            "SELECT pi.platform, n.status FROM nudges n"
            " JOIN platform_identities pi ON pi.user_id = n.user_id"
        ).fetchall()
    )
    # At the console's virtual time only its own person is planned and claimed: the Slack
    # person's reminder is left to a worker at real time (not planned, not used up).
    assert statuses == {"console": "sent"}


def test_backoff_grows_and_is_capped() -> None:
    assert [backoff(n).total_seconds() for n in (1, 2, 3)] == [30, 60, 120]
    assert backoff(20) == timedelta(hours=1)
    assert date(2026, 6, 10).isoweekday() == 3


class Crash(BaseException):
    """The process dies (no `except Exception` catches this)."""


async def test_a_slow_send_keeps_its_lease_and_is_not_taken_over(db: Database, sync: Any) -> None:
    _, now = await one_check_in_planned(db, sync)
    slow, fast = CountingGateway(worker="slow", delay=1.0), CountingGateway(worker="fast")
    lease = timedelta(seconds=0.3)
    first = asyncio.create_task(
        dispatch_due(db, {Platform.SLACK: slow}, at(now), worker_id="A", lease=lease)
    )
    await asyncio.sleep(0.6)  # twice the lease, mid-send
    other = await dispatch_due(db, {Platform.SLACK: fast}, at(now), worker_id="B", lease=lease)
    assert other.claimed == 0
    assert (await first).sent == 1
    assert len(slow.delivered) == 1 and fast.delivered == []


async def test_a_crash_between_send_and_mark_is_the_one_window_for_a_duplicate(
    db: Database, sync: Any
) -> None:
    """Documents the known limit: sent, then the process died before `sent` was recorded."""
    e, now = await one_check_in_planned(db, sync)
    shared = CountingGateway()

    async def crash_after_delivery(identity: Any) -> None:
        if shared.delivered:
            return
        shared.before_send = None
        await shared.send(identity=identity, replies=[])  # the platform got it...
        raise Crash  # ...and the worker died before marking it

    shared.before_send = crash_after_delivery
    lease = timedelta(seconds=0.2)
    with pytest.raises(Crash):
        await dispatch_due(db, {Platform.SLACK: shared}, at(now), worker_id="A", lease=lease)
    assert outbox(sync)[f"checkin:{e}:2026-06-10"]["status"] == "claimed"
    await asyncio.sleep(0.3)  # the lease runs out; another worker takes the row over
    result = await dispatch_due(db, {Platform.SLACK: shared}, at(now), worker_id="B")
    assert result.sent == 1
    assert len(shared.delivered) == 2  # delivered twice: the documented window


async def test_reminders_made_redundant_since_planning_are_cancelled(
    db: Database, sync: Any
) -> None:
    program = seed_program(
        sync, checkin_days=ALL_DAYS, checkin_time=time(9, 30), reengage_after_days=3, reengage_max=2
    )
    last = datetime(2026, 6, 7, 9, 0, tzinfo=UTC)
    [e] = seed_enrolments(sync, program, count=1, started_at=START, last_activity_at=last)
    now = datetime(2026, 6, 10, 9, 30, tzinfo=UTC)
    async with db.transaction() as conn:
        result = await plan_due_nudges(conn, now)
    assert (result.check_in, result.re_engage) == (1, 1)
    # The person turns up and checks in before the dispatcher gets to either nudge.
    user = sync.execute("SELECT user_id FROM enrolments").fetchone()[0]
    sync.execute(
        "INSERT INTO check_ins (enrolment_id, user_id, week_number, mood, created_at)"
        " VALUES (%s, %s, 1, 6, %s)",
        (e, user, now),
    )
    sync.execute("UPDATE enrolments SET last_activity_at = clock_timestamp()")
    gateway = CountingGateway()
    sent = await dispatch_due(db, {Platform.SLACK: gateway}, at(now), worker_id="w")
    assert (sent.cancelled, sent.sent) == (2, 0)
    rows = outbox(sync)
    assert rows[f"checkin:{e}:2026-06-10"]["last_error"] == (
        "cancelled: already checked in on 2026-06-10"
    )
    assert rows[f"reengage:{e}:1"]["last_error"] == "cancelled: active again since planned"


async def test_429s_do_not_use_up_attempts_but_server_errors_do(db: Database, sync: Any) -> None:
    program = daily_program(sync)
    [e] = seed_enrolments(sync, program, count=1, started_at=START)
    limited = [DeliveryDeferred("ratelimited", 2.0, rate_limited=True) for _ in range(6)]
    gateway = CountingGateway(script={"U0": limited})
    clock = at(datetime(2026, 6, 10, 9, 30, tzinfo=UTC))
    key = f"checkin:{e}:2026-06-10"
    for _ in range(6):
        await tick(db, {Platform.SLACK: gateway}, clock, pacer=PlatformPacer(), max_attempts=3)
        row = outbox(sync)[key]
        assert row["status"] == "pending" and row["attempts"] == 0
        assert row["next_attempt_at"] == clock.now() + timedelta(seconds=2)
        clock.advance(timedelta(seconds=2))
    _, sent = await tick(db, {Platform.SLACK: gateway}, clock, max_attempts=3)
    assert sent.sent == 1 and outbox(sync)[key]["status"] == "sent"


async def test_a_week_that_opens_on_a_check_in_day_arrives_as_one_message(
    db: Database, sync: Any
) -> None:
    program = daily_program(sync)
    [e] = seed_enrolments(sync, program, count=1, started_at=START)
    now = datetime(2026, 6, 10, 9, 28, tzinfo=UTC)
    lock_week(sync, e, 2, now - timedelta(minutes=1))
    gateway = CountingGateway()
    await tick(db, {Platform.SLACK: gateway}, at(now))
    assert {d.idempotency_key for d in gateway.delivered} == {
        f"week:{e}:2",
        f"checkin:{e}:2026-06-10",
    }
    rows = outbox(sync)
    sent = {rows[d.idempotency_key]["message_id"] for d in gateway.delivered}
    assert len(sent) == 1  # one send, both rows marked with its message id
    [message] = gateway.delivered[0].replies
    assert "Week 2" in message.text and "check-in" in message.text
    assert message.choice_ref == CHECKIN_REF and len(message.choices) == 10
    _, later = await tick(db, {Platform.SLACK: gateway}, at(now + timedelta(minutes=3)))
    assert later.claimed == 0


async def test_two_programs_bring_one_check_in_prompt_a_day(db: Database, sync: Any) -> None:
    first = seed_program(sync, checkin_days=ALL_DAYS, checkin_time=time(9, 30))
    second = seed_program(
        sync, slug="second", title="Second", checkin_days=ALL_DAYS, checkin_time=time(11)
    )
    [a] = seed_enrolments(sync, first, count=1, started_at=START)
    sync.execute(
        "INSERT INTO enrolments (user_id, program_id, program_version_id, timezone, started_at,"
        " last_activity_at, status, quiet_start, quiet_end)"
        " SELECT user_id, %s, %s, timezone, started_at, last_activity_at, 'active', '00:00',"
        " '00:00' FROM enrolments WHERE id = %s",
        (second.program_id, second.version_id, a),
    )
    gateway = CountingGateway()
    day = datetime(2026, 6, 10, tzinfo=UTC)
    for minutes in range(9 * 60, 12 * 60, 15):
        await tick(db, {Platform.SLACK: gateway}, at(day + timedelta(minutes=minutes)))
    prompts = [d for d in gateway.delivered if d.idempotency_key.startswith("checkin:")]
    assert len(prompts) == 1
    reasons = [r["last_error"] for r in outbox(sync).values() if r["status"] == "cancelled"]
    assert reasons == ["cancelled: already asked to check in on 2026-06-10"]


async def test_a_check_in_waiting_for_the_week_is_held_until_the_planner_opens_it(
    db: Database, sync: Any
) -> None:
    # The week opens at 10:00, after the 09:30 check-in: the check-in, planned for 09:30,
    # waits for it (decided at send time, from the week as it is then). The dispatcher
    # (every few seconds) may reach it before the planner (every minute) has opened the
    # week: it waits on, and both go as one message once the week is open.
    program = daily_program(sync)
    [e] = seed_enrolments(sync, program, count=1, started_at=START)
    opens = datetime(2026, 6, 10, 10, 0, tzinfo=UTC)
    sync.execute(
        "UPDATE enrolments SET current_week = 2, step_state = jsonb_build_object("
        "'locked_until', %s::text) WHERE id = %s",
        (opens.isoformat(), e),
    )
    sync.execute(
        "INSERT INTO week_progress (enrolment_id, week_number, status, unlocks_at)"
        " VALUES (%s, 2, 'locked', %s)",
        (e, opens),
    )
    async with db.transaction() as conn:
        await plan_due_nudges(conn, datetime(2026, 6, 10, 9, 26, tzinfo=UTC))
    key = f"checkin:{e}:2026-06-10"
    assert outbox(sync)[key]["due_at"] == opens - timedelta(minutes=30)
    gateway = CountingGateway()
    held = await dispatch_due(
        db, {Platform.SLACK: gateway}, at(opens - timedelta(minutes=30)), worker_id="w"
    )
    assert (held.rescheduled, gateway.delivered) == (1, [])
    assert outbox(sync)[key]["due_at"] == opens
    early = await dispatch_due(db, {Platform.SLACK: gateway}, at(opens), worker_id="w")
    assert (early.rescheduled, gateway.delivered) == (1, [])
    assert outbox(sync)[key]["due_at"] == opens + timedelta(minutes=1)
    planned, _ = await tick(db, {Platform.SLACK: gateway}, at(opens + timedelta(seconds=40)))
    assert planned.weeks_opened == 1 and gateway.delivered == []  # the week joins the check-in
    assert outbox(sync)[f"week:{e}:2"]["due_at"] == opens + timedelta(minutes=1)
    await tick(db, {Platform.SLACK: gateway}, at(opens + timedelta(minutes=1)))
    assert {d.idempotency_key for d in gateway.delivered} == {key, f"week:{e}:2"}
    [message] = gateway.delivered[0].replies
    assert "Week 2" in message.text and "check-in" in message.text
