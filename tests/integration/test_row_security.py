"""Row-level security: in a person's scope a query without `WHERE user_id` sees only them."""

from __future__ import annotations

from datetime import UTC, datetime

import psycopg
import pytest

from engine.store.database import Database
from engine.store.scope import enter_crossing_scope, enter_person_scope
from tests.integration.test_nudges_seed import seed_enrolments, seed_program


def _seed(pg_url: str) -> None:
    with psycopg.connect(pg_url) as conn:
        conn.execute("INSERT INTO users (id, display_name) VALUES (1, 'ada'), (2, 'grace')")
        for uid in (1, 2):
            conn.execute(
                "INSERT INTO messages (user_id, direction, text) VALUES (%s, 'in', %s)",
                (uid, f"secret of {uid}"),
            )
            conn.execute(
                "INSERT INTO connection_profiles (user_id, workspace) VALUES (%s, 'console:x')",
                (uid,),
            )
        conn.execute(
            "INSERT INTO connection_suggestions (workspace, round_key, user_a, user_b,"
            " reason_type, explanation, a_intro, b_intro, expires_at, created_at)"
            " VALUES ('console:x', 'r', 1, 2, 'similar_challenge', '', '', '', now(), now())"
        )


async def test_a_query_that_forgets_where_user_id_returns_only_that_persons_rows(
    pg_url: str,
) -> None:
    _seed(pg_url)
    async with Database(pg_url, max_size=1) as db:
        async with db.transaction() as conn:
            await enter_person_scope(conn, 1)
            cur = await conn.execute("SELECT user_id, text FROM messages")  # no WHERE
            assert await cur.fetchall() == [{"user_id": 1, "text": "secret of 1"}]
            cur = await conn.execute("SELECT user_id FROM connection_profiles")
            assert [r["user_id"] for r in await cur.fetchall()] == [1]
            cur = await conn.execute("SELECT count(*) AS n FROM connection_suggestions")
            assert (await cur.fetchone()) == {"n": 1}, "a pair is visible to both sides"
        async with db.transaction() as conn:  # SET LOCAL ended with the transaction
            cur = await conn.execute("SELECT count(*) AS n FROM messages")
            assert (await cur.fetchone()) == {"n": 2}
        async with db.transaction() as conn:
            await enter_crossing_scope(conn)
            cur = await conn.execute("SELECT count(*) AS n FROM messages")
            assert (await cur.fetchone()) == {"n": 2}


async def test_a_person_scope_cannot_write_another_persons_rows(pg_url: str) -> None:
    _seed(pg_url)
    async with Database(pg_url, max_size=1) as db:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            async with db.transaction() as conn:
                await enter_person_scope(conn, 1)
                await conn.execute(
                    "INSERT INTO messages (user_id, direction, text) VALUES (2, 'out', 'x')"
                )
        async with db.transaction() as conn:
            await enter_person_scope(conn, 1)
            cur = await conn.execute("UPDATE messages SET text = 'changed'")
            assert cur.rowcount == 1, "only the person's own row is touched"


# Tables with a user_id that are not one person's rows: kept on purpose outside the policies.
NOT_PERSON_ROWS = {
    "audit_log": "the operators' trail (exports, deletions, purges), never read in a turn",
    "processed_events": "idempotency keys, claimed by key (also before a person exists), no text",
    "slack_installations": "the Slack user who installed the app, not a Coachbot person",
}


def test_every_table_with_a_person_column_has_row_level_security(pg_url: str) -> None:
    # A table added by a later migration must join the policies (or say here why not). A
    # person's rows are also those keyed by one of their enrolments (`enrolment_schedule`).
    with psycopg.connect(pg_url) as conn:
        rows = conn.execute(
            """
            SELECT c.relname, c.relrowsecurity,
                   array_agg(p.polname ORDER BY p.polname) FILTER (WHERE p.polname IS NOT NULL)
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
            LEFT JOIN pg_policy p ON p.polrelid = c.oid
            WHERE c.relkind = 'r' AND EXISTS (
                SELECT 1 FROM information_schema.columns col
                WHERE col.table_schema = 'public' AND col.table_name = c.relname
                  AND col.column_name IN ('user_id', 'user_a', 'enrolment_id'))
            GROUP BY c.relname, c.relrowsecurity ORDER BY c.relname
            """
        ).fetchall()
    unprotected = {
        name: policies
        for name, secured, policies in rows
        if name not in NOT_PERSON_ROWS and not (secured and policies and len(policies) >= 2)
    }
    assert unprotected == {}


async def test_a_person_scope_sees_and_changes_only_its_own_enrolments_schedule(
    pg_url: str,
) -> None:
    with psycopg.connect(pg_url, autocommit=True) as conn:
        program = seed_program(conn)
        seed_enrolments(conn, program, count=2, started_at=datetime(2026, 7, 1, tzinfo=UTC))
        rows = conn.execute(
            "SELECT e.user_id FROM enrolment_schedule s JOIN enrolments e ON e.id = s.enrolment_id"
        ).fetchall()
    people = sorted(r[0] for r in rows)
    assert len(people) == 2, "every enrolment has a schedule row (0013's trigger)"
    async with Database(pg_url, max_size=1) as db, db.transaction() as conn:
        await enter_person_scope(conn, people[0])
        cur = await conn.execute("SELECT enrolment_id FROM enrolment_schedule")  # no WHERE
        assert len(await cur.fetchall()) == 1
        cur = await conn.execute("UPDATE enrolment_schedule SET next_checkin_at = NULL")
        assert cur.rowcount == 1, "only the person's own enrolment's row is touched"


async def test_schedule_classes_are_read_by_all_and_written_only_across_people(
    pg_url: str,
) -> None:
    # A class names no person, but a person's turn must not move or drop the check-ins of
    # everyone in it (`next_at = 'infinity'` would silence them all).
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(
            "INSERT INTO schedule_classes (timezone, checkin_time, checkin_days, next_at)"
            " VALUES ('UTC', '09:00', '{1,3}', now())"
        )
        seed_enrolments(
            conn, seed_program(conn), count=1, started_at=datetime(2026, 7, 1, tzinfo=UTC)
        )
        person = conn.execute("SELECT user_id FROM enrolments").fetchone()[0]
    async with Database(pg_url, max_size=1) as db:
        async with db.transaction() as conn:
            await enter_person_scope(conn, person)
            cur = await conn.execute("SELECT count(*) AS n FROM schedule_classes")
            assert await cur.fetchone() == {"n": 1}
            cur = await conn.execute("UPDATE schedule_classes SET next_at = 'infinity'")
            assert cur.rowcount == 0
            cur = await conn.execute("DELETE FROM schedule_classes")
            assert cur.rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            async with db.transaction() as conn:
                await enter_person_scope(conn, person)
                await conn.execute(
                    "INSERT INTO schedule_classes (timezone, checkin_time, checkin_days, next_at)"
                    " VALUES ('UTC', '10:00', '{1}', now())"
                )
        async with db.transaction() as conn:
            await enter_crossing_scope(conn)
            cur = await conn.execute("UPDATE schedule_classes SET next_at = next_at")
            assert cur.rowcount == 1
