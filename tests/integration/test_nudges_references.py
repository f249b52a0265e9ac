"""The outbox's references without foreign keys (migration 0017): refused when missing,
deleted with the enrolment or person, and never left behind by a tick and a delete that
overlap."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
import pytest

from engine.clock import VirtualClock
from engine.messages import Platform
from engine.nudges import dispatch_due, plan_due_nudges
from engine.store.connections import queue_nudge
from engine.store.database import Database
from engine.store.privacy import delete_person
from tests.fakes.gateway import CountingGateway
from tests.integration.test_nudges_seed import daily_program, seed_enrolments

START = datetime(2026, 6, 1, tzinfo=UTC)
NOW = datetime(2026, 6, 10, 9, 30, tzinfo=UTC)


def two_people(sync: Any) -> tuple[tuple[int, int], tuple[int, int]]:
    """Two people with a daily check-in due at NOW: ((enrolment, person), …)."""
    program = daily_program(sync)
    enrolments = seed_enrolments(sync, program, count=2, started_at=START)
    rows = sync.execute(
        "SELECT id, user_id FROM enrolments WHERE id = ANY(%s) ORDER BY id", (enrolments,)
    ).fetchall()
    (ada, grace) = ((r[0], r[1]) for r in rows)
    return ada, grace


def keys_of(sync: Any, user_id: int) -> list[str]:
    rows = sync.execute(
        "SELECT idempotency_key FROM nudges WHERE user_id = %s ORDER BY 1", (user_id,)
    ).fetchall()
    return [r[0] for r in rows]


async def until_waiting_on_a_lock(sync: Any, statement: str) -> None:
    """Until a session runs `statement` and waits for a lock (it is blocked, not done)."""
    for _ in range(400):
        row = sync.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type IN ('Lock', 'advisory')"
            " AND query LIKE %s AND pid <> pg_backend_pid()",
            (f"%{statement}%",),
        ).fetchone()
        if row[0]:
            return
        await asyncio.sleep(0.025)
    raise AssertionError(f"no session waits in {statement!r}")


async def delete(db: Database, user_id: int) -> None:
    async with db.transaction() as conn:
        await delete_person(conn, user_id, NOW)


def test_a_nudge_for_an_enrolment_or_person_that_does_not_exist_is_refused(sync: Any) -> None:
    (enrolment, person), _ = two_people(sync)
    with pytest.raises(psycopg.errors.ForeignKeyViolation) as missing_enrolment:
        sync.execute(
            "INSERT INTO nudges (enrolment_id, user_id, kind, idempotency_key, due_at)"
            " VALUES (%s, %s, 'check_in', 'k1', now())",
            (enrolment + 1000, person),
        )
    assert missing_enrolment.value.diag.constraint_name == "fk_nudges_enrolment_id_enrolments"
    with pytest.raises(psycopg.errors.ForeignKeyViolation) as missing_person:
        sync.execute(
            "INSERT INTO nudges (user_id, kind, idempotency_key, due_at)"
            " VALUES (%s, 'connection_intro', 'k2', now())",
            (person + 1000,),
        )
    assert missing_person.value.diag.constraint_name == "fk_nudges_user_id_users"
    # one good row among many bad ones: the whole statement goes
    with pytest.raises(psycopg.errors.ForeignKeyViolation):
        sync.execute(
            "INSERT INTO nudges (enrolment_id, user_id, kind, idempotency_key, due_at)"
            " VALUES (%s, %s, 'check_in', 'k3', now()), (%s, %s, 'check_in', 'k4', now())",
            (enrolment, person, enrolment, person + 1000),
        )
    assert keys_of(sync, person) == []
    sync.execute(
        "INSERT INTO nudges (enrolment_id, user_id, kind, idempotency_key, due_at)"
        " VALUES (%s, %s, 'check_in', 'k5', now())",
        (enrolment, person),
    )
    assert keys_of(sync, person) == ["k5"]


def test_the_enrolment_and_person_of_a_nudge_do_not_change(sync: Any) -> None:
    (enrolment, person), (other_enrolment, other) = two_people(sync)
    sync.execute(
        "INSERT INTO nudges (enrolment_id, user_id, kind, idempotency_key, due_at)"
        " VALUES (%s, %s, 'check_in', 'k', now())",
        (enrolment, person),
    )
    for change in ("enrolment_id = %(e)s", "user_id = %(u)s"):
        with pytest.raises(psycopg.errors.ForeignKeyViolation):
            sync.execute(
                f"UPDATE nudges SET {change} WHERE idempotency_key = 'k'",
                {"e": other_enrolment, "u": other},
            )
    sync.execute("UPDATE nudges SET status = 'sent' WHERE idempotency_key = 'k'")
    assert keys_of(sync, person) == ["k"]


async def test_deleting_a_person_deletes_their_nudges_and_no_one_elses(
    db: Database, sync: Any
) -> None:
    (_, ada), (_, grace) = two_people(sync)
    async with db.transaction() as conn:
        assert (await plan_due_nudges(conn, NOW)).check_in == 2
        for person in (ada, grace):  # an enrolment-free one too
            await queue_nudge(
                conn,
                user_id=person,
                kind="connection_intro",
                key=f"intro:{person}",
                due_at=NOW,
                payload={},
            )
    assert len(keys_of(sync, ada)) == 2
    await delete(db, ada)
    assert keys_of(sync, ada) == []
    assert len(keys_of(sync, grace)) == 2
    # an enrolment deleted on its own takes its nudges too
    sync.execute("DELETE FROM enrolments WHERE user_id = %s", (grace,))
    assert keys_of(sync, grace) == [f"intro:{grace}"]


async def test_a_person_deleted_while_a_tick_plans_keeps_no_nudge_and_is_sent_nothing(
    db: Database, sync: Any
) -> None:
    (_, ada), (_, grace) = two_people(sync)
    async with db.transaction() as planner:
        assert (await plan_due_nudges(planner, NOW)).check_in == 2
        deleting = asyncio.create_task(delete(db, ada))
        await until_waiting_on_a_lock(sync, "DELETE FROM users")
        assert not deleting.done()
    await deleting
    assert keys_of(sync, ada) == []
    gateway = CountingGateway()
    sent = await dispatch_due(db, {Platform.SLACK: gateway}, VirtualClock(start=NOW), worker_id="w")
    assert sent.sent == 1
    assert [d.identity.user_id for d in gateway.delivered] == ["U1"]  # grace only
    assert keys_of(sync, grace) != []


async def test_a_tick_while_a_delete_is_open_skips_or_plans_after_it_without_that_person(
    db: Database, sync: Any
) -> None:
    (_, ada), (_, grace) = two_people(sync)
    async with db.transaction() as deleting:
        await delete_person(deleting, ada, NOW)
        async with db.transaction() as conn:
            assert (await plan_due_nudges(conn, NOW)).skipped
        waiting = asyncio.create_task(plan_waiting(db))
        await until_waiting_on_a_lock(sync, "pg_advisory_xact_lock")
        assert not waiting.done()
    assert (await waiting).check_in == 1
    assert keys_of(sync, ada) == []
    assert keys_of(sync, grace) == [f"checkin:{enrolment_of(sync, grace)}:2026-06-10"]


async def plan_waiting(db: Database) -> Any:
    async with db.transaction() as conn:
        return await plan_due_nudges(conn, NOW, wait=True)


def enrolment_of(sync: Any, user_id: int) -> int:
    row = sync.execute("SELECT id FROM enrolments WHERE user_id = %s", (user_id,)).fetchone()
    return int(row[0])


async def test_a_nudge_queued_while_its_person_is_deleted_goes_with_them(
    db: Database, sync: Any
) -> None:
    # Not the planner: the insert locks its person (as the foreign key's check did), so
    # the delete waits for it and then takes the nudge along.
    (_, ada), _ = two_people(sync)
    async with db.transaction() as conn:
        await queue_nudge(
            conn, user_id=ada, kind="connection_intro", key="intro", due_at=NOW, payload={}
        )
        deleting = asyncio.create_task(delete(db, ada))
        await until_waiting_on_a_lock(sync, "DELETE FROM users")
    await deleting
    assert keys_of(sync, ada) == []
    # and once the person is gone, nothing can be queued for them
    async with db.transaction() as conn:
        with pytest.raises(psycopg.errors.ForeignKeyViolation):
            await queue_nudge(
                conn,
                user_id=ada,
                kind="connection_intro",
                key="late",
                due_at=NOW,
                payload={},
            )
    assert keys_of(sync, ada) == []


async def test_a_tick_after_the_delete_plans_nothing_for_that_person(
    db: Database, sync: Any
) -> None:
    (_, ada), _ = two_people(sync)
    await delete(db, ada)
    async with db.transaction() as conn:
        assert (await plan_due_nudges(conn, NOW + timedelta(minutes=1))).check_in == 1
    assert keys_of(sync, ada) == []
