"""The SQL of the hot path: dedupe, find the person, lock, load and save the enrolment."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from psycopg.types.json import Jsonb

from engine.messages import PlatformIdentity
from engine.state import AttemptRecord, EnrolmentState, Outgoing, Person
from engine.store.database import Connection

ENROLMENT_COLUMNS = ", ".join(EnrolmentState.__slots__)


async def claim_event(conn: Connection, key: str) -> bool:
    """Record an incoming idempotency key; False when it was handled before.

    A concurrent duplicate waits on the unique index until the first commits.
    """
    cur = await conn.execute(
        "INSERT INTO processed_events (key) VALUES (%s) ON CONFLICT DO NOTHING RETURNING key",
        (key,),
    )
    return await cur.fetchone() is not None


async def find_person(
    conn: Connection,
    identity: PlatformIdentity,
    *,
    display_name: str | None,
    timezone: str | None,
    key: str,
) -> tuple[bool, Person]:
    """Whether idempotency `key` was handled before, and the person behind `identity`.

    One round trip for a known person; a first contact creates the user. The key is
    only *checked* here: `record_turn` claims it, in the same transaction, at the end.
    """
    cur = await conn.execute(
        """
        SELECT EXISTS (SELECT 1 FROM processed_events WHERE key = %s) AS seen,
            u.id, u.display_name, u.timezone
        FROM (VALUES (1)) AS one
        LEFT JOIN platform_identities i
            ON i.platform = %s AND i.workspace_id = %s AND i.platform_user_id = %s
        LEFT JOIN users u ON u.id = i.user_id
        """,
        (key, identity.platform.value, identity.workspace_id, identity.user_id),
    )
    row = await cur.fetchone()
    assert row is not None
    if row["seen"] or row["id"] is not None:
        return row["seen"], Person(row["id"], row["display_name"], row["timezone"])
    person = await _create_person(conn, identity, display_name=display_name, timezone=timezone)
    return False, person


async def _create_person(
    conn: Connection,
    identity: PlatformIdentity,
    *,
    display_name: str | None,
    timezone: str | None,
) -> Person:
    # First contact: serialise on the identity so two replicas don't both create a user.
    key = f"{identity.platform.value}:{identity.workspace_id}:{identity.user_id}"
    await conn.execute("SELECT pg_advisory_xact_lock(hashtext('identity'), hashtext(%s))", (key,))
    cur = await conn.execute(
        """
        SELECT u.id, u.display_name, u.timezone FROM platform_identities i
        JOIN users u ON u.id = i.user_id
        WHERE i.platform = %s AND i.workspace_id = %s AND i.platform_user_id = %s
        """,
        (identity.platform.value, identity.workspace_id, identity.user_id),
    )
    row = await cur.fetchone()
    if row is not None:
        return Person(row["id"], row["display_name"], row["timezone"])
    cur = await conn.execute(
        """
        WITH new_user AS (
            INSERT INTO users (display_name, timezone) VALUES (%(name)s, %(tz)s) RETURNING id
        )
        INSERT INTO platform_identities (user_id, platform, workspace_id, platform_user_id)
        SELECT id, %(platform)s, %(workspace)s, %(user)s FROM new_user
        RETURNING user_id
        """,
        {
            "name": display_name,
            "tz": timezone or "UTC",
            "platform": identity.platform.value,
            "workspace": identity.workspace_id,
            "user": identity.user_id,
        },
    )
    created = await cur.fetchone()
    assert created is not None
    return Person(created["user_id"], display_name, timezone or "UTC", is_new=True)


async def lock_person(conn: Connection, user_id: int) -> None:
    """Serialise this person's turns across connections, processes and replicas."""
    await conn.execute("SELECT pg_advisory_xact_lock(%s)", (user_id,))


async def load_enrolment(conn: Connection, user_id: int) -> EnrolmentState | None:
    """The person's running enrolment they used most recently."""
    cur = await conn.execute(
        f"""
        SELECT {ENROLMENT_COLUMNS} FROM enrolments
        WHERE user_id = %s AND status IN ('active', 'paused') AND deleted_at IS NULL
        ORDER BY last_activity_at DESC, id DESC LIMIT 1
        """,
        (user_id,),
    )
    row = await cur.fetchone()
    return None if row is None else EnrolmentState.from_row(row)


async def running_enrolment(
    conn: Connection, user_id: int, program_id: int
) -> EnrolmentState | None:
    """The person's running enrolment in one program, if any."""
    cur = await conn.execute(
        f"""
        SELECT {ENROLMENT_COLUMNS} FROM enrolments
        WHERE user_id = %s AND program_id = %s AND status IN ('active', 'paused')
          AND deleted_at IS NULL
        """,
        (user_id, program_id),
    )
    row = await cur.fetchone()
    return None if row is None else EnrolmentState.from_row(row)


async def save_enrolment(conn: Connection, e: EnrolmentState) -> None:
    await conn.execute(
        """
        UPDATE enrolments SET status = %(status)s, timezone = %(timezone)s,
            quiet_start = %(quiet_start)s, quiet_end = %(quiet_end)s,
            reminders_enabled = %(reminders_enabled)s, checkin_days = %(checkin_days)s,
            checkin_time = %(checkin_time)s, snoozed_until = %(snoozed_until)s,
            away_until = %(away_until)s, current_week = %(current_week)s,
            current_step = %(current_step)s, step_attempt = %(step_attempt)s,
            hints_used = %(hints_used)s, step_state = %(step_state)s,
            completed_at = %(completed_at)s, last_activity_at = %(last_activity_at)s,
            reengage_count = 0, dormant_at = NULL
        WHERE id = %(id)s
        """,
        {
            **{name: getattr(e, name) for name in EnrolmentState.__slots__},
            "step_state": Jsonb(e.step_state),
        },
    )


async def record_turn(
    conn: Connection,
    *,
    person: Person,
    enrolment_id: int | None,
    incoming: str,
    platform: str,
    attempts: Sequence[AttemptRecord],
    outgoing: Sequence[Outgoing],
    now: datetime,
    key: str,
) -> bool:
    """Claim the idempotency key and write the incoming message, the attempts and the
    replies, in one statement. False when a duplicate claimed the key first: the caller
    must roll back (a concurrent duplicate waits on the key's unique index until then).
    """
    out_rows = [
        (
            o.text,
            o.step_key,
            o.prompt_version_id,
            o.usage.model if o.usage else None,
            o.usage.input_tokens if o.usage else None,
            o.usage.output_tokens if o.usage else None,
            o.usage.cache_read_tokens if o.usage else None,
            o.usage.cache_write_tokens if o.usage else None,
            o.usage.latency_ms if o.usage else None,
            o.usage.cost_usd if o.usage else None,
            Jsonb(o.context_used) if o.context_used is not None else None,
        )
        for o in outgoing
    ]
    attempt_rows = [
        (
            a.week_number,
            a.step_key,
            a.attempt_no,
            a.answer,
            a.classification,
            a.valid,
            ",".join(a.missing),
            a.hints_used,
            a.forced,
            a.llm_error,
        )
        for a in attempts
    ]
    cur = await conn.execute(
        """
        WITH claim AS (
            INSERT INTO processed_events (key) VALUES (%(key)s)
            ON CONFLICT DO NOTHING RETURNING key
        ), incoming AS (
            INSERT INTO messages (user_id, enrolment_id, direction, text, platform, created_at)
            VALUES (%(user)s, %(enrolment)s, 'in', %(text)s, %(platform)s, %(now)s)
            RETURNING id
        ), attempts AS (
            INSERT INTO step_attempts (enrolment_id, week_number, step_key, attempt_no, answer,
                classification, valid, missing_items, hints_used, forced, llm_error, message_id,
                created_at)
            SELECT %(enrolment)s, a.week, a.key, a.no, a.answer, a.class, a.valid,
                string_to_array(a.missing, ','), a.hints, a.forced, a.error, incoming.id, %(now)s
            FROM incoming, unnest(%(a_week)s::smallint[], %(a_key)s::text[],
                %(a_no)s::smallint[], %(a_answer)s::text[], %(a_class)s::text[],
                %(a_valid)s::boolean[], %(a_missing)s::text[], %(a_hints)s::smallint[],
                %(a_forced)s::boolean[], %(a_error)s::text[])
                AS a(week, key, no, answer, class, valid, missing, hints, forced, error)
        ), outgoing AS (
            INSERT INTO messages (user_id, enrolment_id, direction, text, platform, step_key,
                prompt_version_id, llm_model, input_tokens, output_tokens, cache_read_tokens,
                cache_write_tokens, latency_ms, cost_usd, context_used, created_at)
            SELECT %(user)s, %(enrolment)s, 'out', o.*, %(now)s + interval '1 microsecond'
            FROM unnest(%(o_text)s::text[], %(o_platform)s::text[], %(o_step)s::text[],
                %(o_prompt)s::bigint[], %(o_model)s::text[], %(o_in)s::int[], %(o_out)s::int[],
                %(o_cr)s::int[], %(o_cw)s::int[], %(o_lat)s::int[], %(o_cost)s::numeric[],
                %(o_ctx)s::jsonb[]) AS o
        )
        SELECT EXISTS (SELECT 1 FROM claim) AS claimed
        """,
        {
            "key": key,
            "user": person.user_id,
            "enrolment": enrolment_id,
            "text": incoming,
            "platform": platform,
            "now": now,
            **_columns(
                attempt_rows,
                "a_week a_key a_no a_answer a_class a_valid a_missing a_hints a_forced a_error",
            ),
            **_columns(
                [(r[0], platform, *r[1:]) for r in out_rows],
                "o_text o_platform o_step o_prompt o_model o_in o_out o_cr o_cw o_lat o_cost o_ctx",
            ),
        },
    )
    row = await cur.fetchone()
    return bool(row and row["claimed"])


def _columns(rows: Sequence[tuple[object, ...]], names: str) -> dict[str, list[object]]:
    keys = names.split()
    return {key: [row[i] for row in rows] for i, key in enumerate(keys)}
