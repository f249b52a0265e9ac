"""Row-level security scopes: whose rows a transaction may see (defence in depth).

Migration 0008 enables RLS on the person-scoped tables with two policies for the
non-owner role `coachbot_runtime`: `person_rows` (the rows of the person named
by the transaction setting `coachbot.user_id`) and `crossing_people` (every
row, while `coachbot.scope` is 'all'). A transaction enters a scope with one of
these calls (one round trip each); both are transaction-local, like `SET
LOCAL`, so they end with the transaction and a pooled connection never carries
them over. A query in a person's turn that forgets its
`WHERE user_id` then still returns only that person's rows. The table owner (who
runs migrations) bypasses RLS, as PostgreSQL's owners always do.
"""

from __future__ import annotations

from engine.store.database import Connection

__all__ = ["PERSON_SCOPE", "RUNTIME_ROLE", "enter_crossing_scope", "enter_person_scope"]

RUNTIME_ROLE = "coachbot_runtime"
# The person scope as select-list items, to ride along with the turn's lock (no extra round
# trip); the parameter `scope_user` is the person's id as text.
PERSON_SCOPE = (
    f"set_config('role', '{RUNTIME_ROLE}', true), set_config('coachbot.scope', '', true),"
    " set_config('coachbot.user_id', %(scope_user)s, true)"
)


async def enter_person_scope(conn: Connection, user_id: int) -> None:
    """From here to the end of the transaction, person-scoped tables show `user_id`'s rows."""
    await conn.execute(
        "SELECT set_config('role', %s, true), set_config('coachbot.scope', '', true),"
        " set_config('coachbot.user_id', %s, true)",
        (RUNTIME_ROLE, str(user_id)),
    )


async def enter_crossing_scope(conn: Connection) -> None:
    """The planner, dispatcher, analytics, matching: explicitly every person's rows."""
    await conn.execute(
        "SELECT set_config('role', %s, true), set_config('coachbot.user_id', '', true),"
        " set_config('coachbot.scope', 'all', true)",
        (RUNTIME_ROLE,),
    )
