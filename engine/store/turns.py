"""The SQL of the hot path: dedupe, find the person, lock, load, and persist the turn."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from psycopg.types.json import Jsonb

from engine.llm.budget import LlmCalls
from engine.llm.types import Usage
from engine.messages import PlatformIdentity
from engine.pending_question import PendingQuestion
from engine.state import AttemptRecord, EnrolmentState, Outgoing, Person
from engine.store.database import Connection, compact
from engine.store.privacy import IDENTITY_HASH_SQL
from engine.store.scope import PERSON_SCOPE
from engine.store.turn_reads import JOINS as READS_JOINS
from engine.store.turn_reads import TurnReads, columns, from_row
from engine.turn_state import Turn

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


_ENROLMENT_AS_E = ", ".join(f"{name} AS e_{name}" for name in EnrolmentState.__slots__)


@dataclass(frozen=True, slots=True)
class TurnRead:
    """What a turn reads first: a duplicate? who? their enrolment? deleted when?"""

    seen: bool
    person: Person | None
    enrolment: EnrolmentState | None
    deleted_at: datetime | None  # the identity's tombstone, when the person was deleted
    reads: TurnReads | None = None  # what routing and the coach request read (turn_reads)


# The enrolment `e`: the running program; else one completed with follow-up check-ins (the
# person answers them there; the engine's clock, not the database's, says when they end).
# `c`: LLM calls that answered this person lately (one reply of a turn carries the usage).
_LOAD_TURN = """
    SELECT EXISTS (SELECT 1 FROM processed_events WHERE key = %(key)s) AS seen,
        u.id, u.display_name, u.timezone, u.pending_question, e.*,
        c.llm_calls_hour, c.llm_calls_day,
        CASE WHEN u.id IS NULL THEN (SELECT t.deleted_at FROM identity_tombstones t
            WHERE t.identity_hash = {identity_hash}) END AS deleted_at{reads}
    FROM (VALUES (%(platform)s::text, %(workspace)s::text, %(user)s::text))
        AS i (platform, workspace_id, platform_user_id)
    LEFT JOIN platform_identities pi USING (platform, workspace_id, platform_user_id)
    LEFT JOIN users u ON u.id = pi.user_id
    LEFT JOIN LATERAL (
        SELECT {enrolment} FROM enrolments
        WHERE user_id = u.id AND deleted_at IS NULL
          AND (status IN ('active', 'paused')
               OR (status = 'completed' AND follow_up_until IS NOT NULL))
        ORDER BY status = 'completed', last_activity_at DESC, status = 'paused', id DESC
        LIMIT 1
    ) e ON true
    LEFT JOIN LATERAL (
        SELECT count(*) FILTER (WHERE m.created_at > %(now)s - interval '1 hour') AS llm_calls_hour,
            count(*) AS llm_calls_day
        FROM messages m
        WHERE m.user_id = u.id AND m.direction = 'out'
            AND m.created_at > %(now)s - interval '1 day'
            AND m.llm_provider IS NOT NULL AND m.llm_provider <> 'offline'
    ) c ON true
"""
_PARTS = {"enrolment": _ENROLMENT_AS_E, "identity_hash": IDENTITY_HASH_SQL}
_LOADS = {
    intro: compact(_LOAD_TURN.format(**_PARTS, reads=f",{columns(intro=intro)}") + READS_JOINS)
    for intro in (False, True)
}
# Without the background: under the lock, sent with BEGIN (unprepared, so planned each
# time); and the plan's load of a message routing reads none of it for (a command).
_BARE = compact(_LOAD_TURN.format(**_PARTS, reads=""))


def load_statement(*, intro: bool) -> str:
    """The load's SQL (with the open intro, or without: the common case, and the shorter)."""
    return _LOADS[intro]


def _load_params(identity: PlatformIdentity, key: str, now: datetime) -> dict[str, object]:
    return {
        "key": key,
        "now": now,
        "platform": identity.platform.value,
        "workspace": identity.workspace_id,
        "user": identity.user_id,
    }


def turn_read(row: dict[str, Any] | None) -> TurnRead:
    """A `TurnRead` from the row of the load statement."""
    assert row is not None
    person = None
    if row["id"] is not None:
        calls = LlmCalls(row["llm_calls_hour"] or 0, row["llm_calls_day"] or 0)
        question = PendingQuestion.from_json(row["pending_question"])
        person = Person(row["id"], row["display_name"], row["timezone"], calls, question)
    enrolment = None
    if row["e_id"] is not None:
        enrolment = EnrolmentState.from_row(
            {name: row[f"e_{name}"] for name in EnrolmentState.__slots__}
        )
    return TurnRead(bool(row["seen"]), person, enrolment, row["deleted_at"], from_row(row))


async def load_turn(
    conn: Connection,
    identity: PlatformIdentity,
    *,
    key: str,
    now: datetime,
    intro: bool = False,
    background: bool = True,
) -> TurnRead:
    """Whether `key` was handled before, the person behind `identity`, their enrolment.

    One statement; it never creates anyone (`create_person` does, in the write
    transaction). The key is only *checked* here: `record_turn` claims it at the end.
    The person comes with their LLM calls of the hour and day before `now`, and with what
    the turn reads besides (`engine.store.turn_reads`; the open intro only with `intro`;
    none of it without `background`: `reads` is then None).
    """
    statement = _LOADS[intro] if background else _BARE
    cur = await conn.execute(statement, _load_params(identity, key, now))
    return turn_read(await cur.fetchone())


def locked_reload(
    user_id: int | None, identity: PlatformIdentity, *, key: str, now: datetime
) -> tuple[str, dict[str, object]]:
    """The opening of a turn's write transaction: the person's lock, then `load_turn`
    without the background (`turn_reads.load_reads` reads it when the turn needs it).

    Sent with BEGIN as one round trip (`Database.write`); the load is its own statement,
    so it reads what was committed before the lock was granted.
    """
    params = _load_params(identity, key, now)
    if user_id is None:
        return _BARE, params
    # With the lock, the row-level-security scope of the person (engine.store.scope).
    return f"SELECT pg_advisory_xact_lock(%(lock)s), {PERSON_SCOPE}; {_BARE}", {
        **params,
        "lock": user_id,
        "scope_user": str(user_id),
    }


async def create_person(
    conn: Connection,
    identity: PlatformIdentity,
    *,
    display_name: str | None,
    timezone: str | None,
) -> Person:
    """The person behind `identity`, created at first contact (in the write transaction)."""
    # Serialise on the identity so two replicas don't both create a user.
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
    return Person(created["user_id"], display_name, timezone or "UTC")


async def lock_person(conn: Connection, user_id: int) -> None:
    """Serialise this person's turns across processes and replicas; enter their RLS scope."""
    await conn.execute(
        f"SELECT pg_advisory_xact_lock(%(lock)s), {PERSON_SCOPE}",
        {"lock": user_id, "scope_user": str(user_id)},
    )


# Delivery settings are the person's (engine.store.delivery; a trigger copies them to every
# enrolment), not written here. A silence ends only if the turn moved the activity on.
_SAVE_ENROLMENT = """
    UPDATE enrolments SET status = %(status)s, current_week = %(current_week)s,
        current_step = %(current_step)s, step_attempt = %(step_attempt)s,
        hints_used = %(hints_used)s, step_state = %(step_state)s,
        completed_at = %(completed_at)s, last_activity_at = %(last_activity_at)s,
        reengage_count = reengage_count * (%(last_activity_at)s <= last_activity_at)::int,
        dormant_at = CASE WHEN %(last_activity_at)s <= last_activity_at THEN dormant_at END
    WHERE id = %(id)s
"""


# Only what the UPDATE names: psycopg caches a query's parsing only up to 50 parameters.
_SAVED = "status current_week current_step step_attempt hints_used completed_at last_activity_at id"


def _enrolment_params(e: EnrolmentState) -> dict[str, object]:
    return {
        **{name: getattr(e, name) for name in _SAVED.split()},
        "step_state": Jsonb(e.step_state.to_json()),
    }


async def save_enrolment(conn: Connection, e: EnrolmentState) -> None:
    await conn.execute(_SAVE_ENROLMENT, _enrolment_params(e))


async def record_turn(
    conn: Connection,
    *,
    person: Person,
    enrolment_id: int | None,
    save: EnrolmentState | None = None,
    question: tuple[PendingQuestion | None] | None = None,
    incoming: str,
    platform: str,
    attempts: Sequence[AttemptRecord],
    outgoing: Sequence[Outgoing],
    now: datetime,
    key: str,
) -> bool:
    """Claim the idempotency key and write the incoming message, the attempts, the
    replies and the enrolment `save`, in one statement. False when a duplicate claimed
    the key first: the caller must roll back (a concurrent duplicate waits on the key's
    unique index until then).

    The replies are inserted from the incoming message's row, so the message always gets
    the lower id: ordered by id, every message comes before the replies to it. `question`
    (when given) is the person's pending question to keep, `(None,)` to clear it.
    """
    # The replies and attempts travel as one JSON parameter each: psycopg dumps a list
    # parameter in Python element by element, and 23 of them cost more than the rest of
    # the statement's parameters together; json.dumps is one call into C.
    out_rows = [
        {
            "n": n,
            "text": o.text,
            "step": o.step_key,
            "prompt": o.prompt_version_id,
            **(_usage(o.usage) if o.usage else {}),
            "ctx": o.context_used,
        }
        for n, o in enumerate(outgoing)
    ]
    attempt_rows = [
        {
            "week": a.week_number,
            "key": a.step_key,
            "no": a.attempt_no,
            "answer": a.answer,
            "class": a.classification,
            "valid": a.valid,
            "missing": ",".join(a.missing),
            "hints": a.hints_used,
            "forced": a.forced,
            "error": a.llm_error,
        }
        for a in attempts
    ]
    saved = f"), saved AS ({_SAVE_ENROLMENT}" if save is not None else ""
    asked: dict[str, object] = {}
    if question is not None:
        saved += "), asked AS (UPDATE users SET pending_question = %(question)s WHERE id = %(user)s"
        asked["question"] = None if question[0] is None else Jsonb(question[0].to_json())
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
            FROM incoming, jsonb_to_recordset(%(attempts)s) AS a(week smallint, key text,
                no smallint, answer text, class text, valid boolean, missing text,
                hints smallint, forced boolean, error text)
        ), outgoing AS (
            INSERT INTO messages (user_id, enrolment_id, direction, text, platform, step_key,
                prompt_version_id, llm_model, llm_provider, input_tokens, output_tokens,
                cache_read_tokens, cache_write_tokens, latency_ms, cost_usd, context_used,
                created_at)
            SELECT %(user)s, %(enrolment)s, 'out', o.text, %(platform)s, o.step, o.prompt,
                o.model, o.provider, o.tokens_in, o.tokens_out, o.cache_read, o.cache_write,
                o.latency, o.cost, o.ctx, %(now)s + interval '1 microsecond'
            FROM incoming, jsonb_to_recordset(%(outgoing)s) AS o(n int, text text, step text,
                prompt bigint, model text, provider text, tokens_in int, tokens_out int,
                cache_read int, cache_write int, latency int, cost numeric, ctx jsonb)
            ORDER BY o.n
        """
        + saved
        + """
        )
        SELECT EXISTS (SELECT 1 FROM claim) AS claimed
        """,
        {
            **(_enrolment_params(save) if save is not None else {}),
            **asked,
            "key": key,
            "user": person.user_id,
            "enrolment": enrolment_id,
            "text": incoming,
            "platform": platform,
            "now": now,
            "attempts": Jsonb(attempt_rows),
            "outgoing": Jsonb(out_rows),
        },
    )
    row = await cur.fetchone()
    return bool(row and row["claimed"])


def _usage(usage: Usage) -> dict[str, object]:
    """A reply's LLM figures, as `record_turn`'s JSON rows name them (cost as a string:
    exact into `numeric`)."""
    return {
        "model": usage.model,
        "provider": usage.provider or None,
        "tokens_in": usage.input_tokens,
        "tokens_out": usage.output_tokens,
        "cache_read": usage.cache_read_tokens,
        "cache_write": usage.cache_write_tokens,
        "latency": usage.latency_ms,
        "cost": None if usage.cost_usd is None else str(usage.cost_usd),
    }


async def persist_turn(
    turn: Turn, enrolment_at_start: EnrolmentState | None, *, now: datetime
) -> bool:
    """Write what the turn did and claim its key; False when a duplicate claimed it first.

    A program switch or restart leaves the enrolment the turn began with behind: it is
    saved too. After `delete my data` only the key is claimed (nothing of the person
    may be written again).
    """
    conn = turn.conn
    if turn.deleted:
        return await claim_event(conn, turn.message.idempotency_key)
    if enrolment_at_start is not None and enrolment_at_start is not turn.enrolment:
        await save_enrolment(conn, enrolment_at_start)
    if turn.enrolment is not None and not turn.message.opened:
        turn.enrolment.last_activity_at = now  # opening the chat is no activity
    action = turn.message.action
    return await record_turn(
        conn,
        person=turn.person,
        enrolment_id=turn.enrolment.id if turn.enrolment else None,
        save=turn.enrolment,
        question=(turn.person.question,) if turn.question_changed else None,
        incoming=turn.message.text if action is None else f"[{action.value[:500]}]",
        platform=turn.message.identity.platform.value,
        attempts=turn.log.attempts,
        outgoing=turn.log.outgoing,
        now=now,
        key=turn.message.idempotency_key,
    )
