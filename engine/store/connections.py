"""The SQL of colleague connections: profiles, suggestions, declines, intro nudges."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from psycopg.types.json import Jsonb

from engine.connections.matching import History, PairRecord
from engine.connections.profile import LIST_FIELDS, ProfileField, ProfileSnapshot, split_list
from engine.store.database import Connection
from engine.store.rows import row_of

__all__ = [
    "ROUND_LOCK",
    "ensure_profile",
    "expire_suggestions",
    "export_rows",
    "insert_suggestion",
    "load_history",
    "load_pool",
    "load_profile",
    "lock_suggestion",
    "pending_intros",
    "queue_nudge",
    "record_decline",
    "reveal_info",
    "set_profile_field",
    "set_profile_flag",
    "update_suggestion",
]

ROUND_LOCK = 0x636F6E6E  # "conn": one suggestion round at a time across replicas

_COLUMNS = (
    "user_id, workspace, company, department, role, strengths, strength_tags, expertise,"
    " challenge, collaboration, availability, opt_in"
)


def _snapshot(row: dict[str, Any]) -> ProfileSnapshot:
    tags, expertise = tuple(row["strength_tags"] or ()), tuple(row["expertise"] or ())
    return row_of(ProfileSnapshot, row, strength_tags=tags, expertise=expertise)


async def load_profile(conn: Connection, user_id: int) -> ProfileSnapshot | None:
    cur = await conn.execute(
        f"SELECT {_COLUMNS} FROM connection_profiles WHERE user_id = %s", (user_id,)
    )
    row = await cur.fetchone()
    return None if row is None else _snapshot(row)


async def ensure_profile(conn: Connection, *, user_id: int, workspace: str) -> ProfileSnapshot:
    """The person's profile, created on first use (connections off).

    A new profile starts from what onboarding extracted (`profile_fields` named like
    a profile field, e.g. `role`); the person's own `profile …` commands win after.
    """
    await conn.execute(
        """
        INSERT INTO connection_profiles (user_id, workspace, company, department, role,
            challenge)
        SELECT %(u)s, %(w)s,
            max(value) FILTER (WHERE field = 'company'),
            max(value) FILTER (WHERE field = 'department'),
            max(value) FILTER (WHERE field = 'role'),
            max(value) FILTER (WHERE field IN ('challenge', 'current_challenge'))
        FROM profile_fields WHERE user_id = %(u)s AND value <> ''
        ON CONFLICT (user_id) DO NOTHING
        """,
        {"u": user_id, "w": workspace},
    )
    profile = await load_profile(conn, user_id)
    assert profile is not None
    return profile


async def set_profile_field(
    conn: Connection, *, user_id: int, field: ProfileField, value: str, now: datetime
) -> None:
    """Set one field ("" clears it); list fields take comma-separated items."""
    stored: object = Jsonb(list(split_list(value))) if field in LIST_FIELDS else (value or None)
    # `field` is a ProfileField member, never the person's text: safe as a column name.
    await conn.execute(
        f"UPDATE connection_profiles SET {field.value} = %s, updated_at = %s WHERE user_id = %s",
        (stored, now, user_id),
    )


async def set_profile_flag(
    conn: Connection,
    *,
    user_id: int,
    now: datetime,
    opt_in: bool | None = None,
    availability: str | None = None,
) -> None:
    await conn.execute(
        "UPDATE connection_profiles SET opt_in = COALESCE(%s, opt_in),"
        " availability = COALESCE(%s, availability), updated_at = %s WHERE user_id = %s",
        (opt_in, availability, now, user_id),
    )


async def load_pool(conn: Connection) -> list[ProfileSnapshot]:
    """Opted-in, available people with a reachable identity in their profile's workspace."""
    cur = await conn.execute(
        f"""
        SELECT {_COLUMNS} FROM connection_profiles cp
        WHERE opt_in AND availability = 'available'
          AND EXISTS (
            SELECT 1 FROM platform_identities pi
            WHERE pi.user_id = cp.user_id AND pi.unreachable_reason IS NULL
              AND pi.platform || ':' || pi.workspace_id = cp.workspace)
        ORDER BY user_id
        """
    )
    return [_snapshot(r) for r in await cur.fetchall()]


async def load_history(conn: Connection, *, since: datetime) -> History:
    """Suggestions since `since` (the repeat window), every decline and connected pair."""
    cur = await conn.execute(
        "SELECT user_a, user_b, created_at, round_key FROM connection_suggestions"
        " WHERE created_at >= %s",
        (since,),
    )
    pairs = tuple(
        PairRecord(r["user_a"], r["user_b"], r["created_at"], r["round_key"])
        for r in await cur.fetchall()
    )
    cur = await conn.execute("SELECT user_id, declined_user_id FROM connection_declines")
    declines = frozenset((r["user_id"], r["declined_user_id"]) for r in await cur.fetchall())
    cur = await conn.execute(
        "SELECT DISTINCT user_a, user_b FROM connection_suggestions WHERE status = 'connected'"
    )
    connected = frozenset(frozenset((r["user_a"], r["user_b"])) for r in await cur.fetchall())
    return History(pairs, declines, connected)


async def insert_suggestion(conn: Connection, **values: Any) -> int | None:
    """Store a suggestion; None when this round already has that pair."""
    cur = await conn.execute(
        """
        INSERT INTO connection_suggestions (workspace, round_key, user_a, user_b, reason_type,
            explanation, a_intro, b_intro, expires_at, created_at)
        VALUES (%(workspace)s, %(round_key)s, %(user_a)s, %(user_b)s, %(reason_type)s,
            %(explanation)s, %(a_intro)s, %(b_intro)s, %(expires_at)s, %(created_at)s)
        ON CONFLICT (round_key, user_a, user_b) DO NOTHING
        RETURNING id
        """,
        values,
    )
    row = await cur.fetchone()
    return None if row is None else int(row["id"])


async def queue_nudge(
    conn: Connection,
    *,
    user_id: int,
    kind: str,
    key: str,
    due_at: datetime,
    payload: dict[str, Any],
) -> bool:
    """Put a connection message in the outbox; the key makes it exactly once."""
    cur = await conn.execute(
        "INSERT INTO nudges (user_id, kind, idempotency_key, due_at, payload)"
        " VALUES (%s, %s, %s, %s, %s) ON CONFLICT (idempotency_key) DO NOTHING",
        (user_id, kind, key, due_at, Jsonb(payload)),
    )
    return cur.rowcount == 1


async def lock_suggestion(conn: Connection, suggestion_id: int) -> dict[str, Any] | None:
    cur = await conn.execute(
        "SELECT * FROM connection_suggestions WHERE id = %s FOR UPDATE", (suggestion_id,)
    )
    return await cur.fetchone()


async def update_suggestion(conn: Connection, suggestion_id: int, **values: Any) -> None:
    """Set columns of one suggestion (names come from the engine, never from people)."""
    assignments = ", ".join(f"{name} = %({name})s" for name in values)
    await conn.execute(
        f"UPDATE connection_suggestions SET {assignments} WHERE id = %(id)s",
        {**values, "id": suggestion_id},
    )


async def record_decline(conn: Connection, *, user_id: int, declined_user_id: int) -> None:
    await conn.execute(
        "INSERT INTO connection_declines (user_id, declined_user_id) VALUES (%s, %s)"
        " ON CONFLICT DO NOTHING",
        (user_id, declined_user_id),
    )


async def expire_suggestions(conn: Connection, now: datetime) -> int:
    """Unanswered suggestions past their expiry become `expired`; returns how many."""
    cur = await conn.execute(
        "UPDATE connection_suggestions SET status = 'expired'"
        " WHERE status IN ('suggested', 'viewed') AND expires_at <= %s",
        (now,),
    )
    return cur.rowcount


async def reveal_info(conn: Connection, user_id: int) -> tuple[str, str, str]:
    """(display name, platform, platform user id) of the person's newest identity."""
    cur = await conn.execute(
        "SELECT u.display_name, pi.platform, pi.platform_user_id FROM users u"
        " JOIN platform_identities pi ON pi.user_id = u.id WHERE u.id = %s"
        " ORDER BY pi.created_at DESC, pi.id DESC LIMIT 1",
        (user_id,),
    )
    row = await cur.fetchone()
    assert row is not None
    name = row["display_name"] or row["platform_user_id"]
    return str(name), str(row["platform"]), str(row["platform_user_id"])


async def pending_intros(conn: Connection, user_id: int, now: datetime) -> list[dict[str, Any]]:
    """Suggestions waiting for this person's answer: id and the intro they see."""
    cur = await conn.execute(
        """
        SELECT id, CASE WHEN user_a = %(u)s THEN a_intro ELSE b_intro END AS intro
        FROM connection_suggestions
        WHERE status IN ('suggested', 'viewed') AND expires_at > %(now)s
          AND ((user_a = %(u)s AND a_response IS NULL) OR (user_b = %(u)s AND b_response IS NULL))
        ORDER BY id
        """,
        {"u": user_id, "now": now},
    )
    return list(await cur.fetchall())


# The ref ("conn.12", "conn.12.met") of the intro or "did you meet?" waiting for the
# person's answer, as a scalar subquery; `engine.store.turn_reads` sends it in the turn's load.
OPEN_INTRO_SQL = """(
    SELECT 'conn.' || s.id || CASE WHEN n.kind = 'connection_met' THEN '.met' ELSE '' END
    FROM nudges n
    JOIN connection_suggestions s ON s.id = (n.payload ->> 'suggestion_id')::bigint
    WHERE n.user_id = {user} AND n.status = 'sent'
      AND n.kind IN ('connection_intro', 'connection_met')
      AND n.sent_at > coalesce(
          (SELECT max(created_at) FROM messages WHERE user_id = {user} AND direction = 'in'),
          '-infinity')
      AND CASE WHEN n.kind = 'connection_met'
          THEN s.status = 'connected'
              AND (CASE WHEN s.user_a = {user} THEN s.a_met ELSE s.b_met END) IS NULL
          ELSE s.status IN ('suggested', 'viewed') AND s.expires_at > {now}
              AND (CASE WHEN s.user_a = {user} THEN s.a_response ELSE s.b_response END)
                  IS NULL
          END
    ORDER BY n.sent_at DESC LIMIT 1)"""


async def open_intro_prompt(conn: Connection, user_id: int, now: datetime) -> str | None:
    """The ref of the intro or "did you meet?" the bot sent since the person last wrote.

    None when the person has written since (their message answers something else) or
    the suggestion no longer waits for their answer.
    """
    cur = await conn.execute(
        f"SELECT {OPEN_INTRO_SQL.format(user='%(u)s', now='%(now)s')} AS ref",
        {"u": user_id, "now": now},
    )
    row = await cur.fetchone()
    return None if row is None or row["ref"] is None else str(row["ref"])


async def export_rows(conn: Connection, user_id: int) -> dict[str, Any]:
    """The person's profile and their side of each suggestion (never the other's id)."""
    cur = await conn.execute(
        "SELECT company, department, role, strengths, strength_tags, expertise, challenge,"
        " collaboration, availability, opt_in, created_at, updated_at"
        " FROM connection_profiles WHERE user_id = %s",
        (user_id,),
    )
    profile = await cur.fetchone()
    cur = await conn.execute(
        """
        SELECT id, reason_type, status, created_at, expires_at, connected_at,
            CASE WHEN user_a = %(u)s THEN a_intro ELSE b_intro END AS intro_shown,
            CASE WHEN user_a = %(u)s THEN a_response ELSE b_response END AS my_response,
            CASE WHEN user_a = %(u)s THEN a_met ELSE b_met END AS i_said_we_met
        FROM connection_suggestions WHERE user_a = %(u)s OR user_b = %(u)s ORDER BY id
        """,
        {"u": user_id},
    )
    suggestions = list(await cur.fetchall())
    cur = await conn.execute(
        "SELECT count(*) AS n FROM connection_declines WHERE user_id = %s", (user_id,)
    )
    row = await cur.fetchone()
    return {
        "connection_profile": profile,
        "connection_suggestions": suggestions,
        "connection_declines_made": int(row["n"]) if row else 0,
    }


async def lock_round(conn: Connection) -> None:
    """One matching round at a time, across workers (transaction-scoped)."""
    await conn.execute("SELECT pg_advisory_xact_lock(%s)", (ROUND_LOCK,))


async def display_names(conn: Connection, user_ids: list[int]) -> dict[int, str]:
    """Each person's display name (or "user N"), for the dry-run listing."""
    cur = await conn.execute("SELECT id, display_name FROM users WHERE id = ANY(%s)", (user_ids,))
    return {r["id"]: r["display_name"] or f"user {r['id']}" for r in await cur.fetchall()}
