"""A person's own data: export everything about them, or delete every row."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from psycopg.types.json import Jsonb

from engine.store import connections
from engine.store.database import Connection

IDENTITY_HASH_SQL = (
    "encode(sha256(convert_to(i.platform || ':' || i.workspace_id || ':' || i.platform_user_id,"
    " 'UTF8')), 'hex')"
)

# Every table holding rows about a person, and how to find them.
_EXPORT_QUERIES: dict[str, str] = {
    "user": "SELECT * FROM users WHERE id = %(u)s",
    "identities": "SELECT platform, workspace_id, platform_user_id, created_at"
    " FROM platform_identities WHERE user_id = %(u)s",
    "enrolments": "SELECT e.*, p.slug AS program FROM enrolments e"
    " JOIN programs p ON p.id = e.program_id WHERE e.user_id = %(u)s ORDER BY e.id",
    "week_progress": "SELECT w.* FROM week_progress w JOIN enrolments e ON e.id = w.enrolment_id"
    " WHERE e.user_id = %(u)s ORDER BY w.enrolment_id, w.week_number",
    "answers": "SELECT a.* FROM step_attempts a JOIN enrolments e ON e.id = a.enrolment_id"
    " WHERE e.user_id = %(u)s ORDER BY a.id",
    # The person's own words for each step: every attempt, in the order given.
    "own_words": "SELECT a.enrolment_id, a.week_number, a.step_key,"
    " array_agg(a.answer ORDER BY a.id) AS attempts FROM step_attempts a"
    " JOIN enrolments e ON e.id = a.enrolment_id WHERE e.user_id = %(u)s"
    " GROUP BY a.enrolment_id, a.week_number, a.step_key"
    " ORDER BY a.enrolment_id, a.week_number, min(a.id)",
    "messages": "SELECT id, enrolment_id, direction, text, platform, step_key, created_at"
    " FROM messages WHERE user_id = %(u)s ORDER BY id",
    # The knowledge passages each grounded reply rested on (message id, chunk ids, scores).
    "sources_used": "SELECT id AS message_id, created_at, context_used FROM messages"
    " WHERE user_id = %(u)s AND context_used IS NOT NULL ORDER BY id",
    "goals": "SELECT * FROM goals WHERE user_id = %(u)s ORDER BY id",
    "check_ins": "SELECT * FROM check_ins WHERE user_id = %(u)s ORDER BY id",
    "takeaways": "SELECT * FROM takeaways WHERE user_id = %(u)s ORDER BY id",
    "profile": "SELECT field, value, confidence, updated_at FROM profile_fields"
    " WHERE user_id = %(u)s ORDER BY field",
    "nudges": "SELECT kind, due_at, status, sent_at FROM nudges WHERE user_id = %(u)s ORDER BY id",
    "scene_progress": "SELECT s.*, p.slug AS program FROM scene_progress s"
    " JOIN enrolments e ON e.id = s.enrolment_id JOIN programs p ON p.id = e.program_id"
    " WHERE s.user_id = %(u)s ORDER BY s.id",
    "scenario_reviews": "SELECT r.*, p.slug AS program FROM scenario_reviews r"
    " JOIN programs p ON p.id = r.program_id WHERE r.user_id = %(u)s ORDER BY r.id",
    # Conversation steps: the summary in their words, the passages used, the rating.
    "conversations": "SELECT c.week_number, c.step_key, c.turns, c.summary, c.end_reason,"
    " c.context_used, c.rating, c.rated, c.started_at, c.ended_at, p.slug AS program"
    " FROM conversation_sessions c JOIN enrolments e ON e.id = c.enrolment_id"
    " JOIN programs p ON p.id = e.program_id WHERE c.user_id = %(u)s ORDER BY c.id",
}

_CURRENT_GOAL = (
    "SELECT description FROM goals WHERE user_id = %(u)s AND status = 'active'"
    " AND deleted_at IS NULL ORDER BY created_at DESC, id DESC LIMIT 1"
)


async def export_data(conn: Connection, user_id: int) -> dict[str, Any]:
    """Everything stored about the person, and nothing about anyone else."""
    data: dict[str, Any] = {}
    for name, query in _EXPORT_QUERIES.items():
        cur = await conn.execute(query, {"u": user_id})
        rows = await cur.fetchall()
        data[name] = rows[0] if name == "user" and rows else rows
    data.update(await connections.export_rows(conn, user_id))
    cur = await conn.execute(_CURRENT_GOAL, {"u": user_id})
    row = await cur.fetchone()
    data["goal"] = row["description"] if row else None  # the one sentence they confirmed
    return data


def export_json(data: dict[str, Any]) -> str:
    return json.dumps(data, default=str, indent=2, ensure_ascii=False)


async def delete_person(conn: Connection, user_id: int, now: datetime) -> None:
    """Remove every row about the person (foreign keys cascade from `users`; the outbox's
    nudges go by the delete triggers of migration 0017, after any running planning tick).
    Call it before the transaction writes or locks any enrolment row: the delete waits for
    the planning lock, and a tick holding it may be waiting for such a row (a deadlock).

    Each identity leaves a tombstone (a hash, not the platform ids), so a turn received
    before now but handled after is dropped instead of bringing the person back.
    """
    await conn.execute(
        f"""
        WITH tombstones AS (
            INSERT INTO identity_tombstones (identity_hash, deleted_at)
            SELECT {IDENTITY_HASH_SQL}, %(now)s FROM platform_identities i
            WHERE i.user_id = %(u)s
            ON CONFLICT (identity_hash) DO UPDATE SET deleted_at = EXCLUDED.deleted_at
        )
        DELETE FROM users WHERE id = %(u)s
        """,
        {"u": user_id, "now": now},
    )
    await conn.execute(
        "INSERT INTO audit_log (actor, action, detail, created_at)"
        " VALUES ('user', 'user_deleted', %s, %s)",
        (Jsonb({"at": now.isoformat()}), now),
    )
