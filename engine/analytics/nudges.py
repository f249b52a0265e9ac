"""What became of nudges: sent, answered within a day, unreachable, expired."""

from __future__ import annotations

from engine.analytics._sql import EVENT_SINCE, PROGRAM_ENROLMENTS, opt_int, params
from engine.analytics.types import Filters, NudgeOutcomeRow
from engine.store.database import Connection


async def nudge_outcomes(conn: Connection, filters: Filters) -> list[NudgeOutcomeRow]:
    """Per kind, of the nudges due in the period: how many were sent, and answered.

    *Answered* means the person wrote to the bot within 24 hours after it was sent.
    """
    cur = await conn.execute(
        f"""
        WITH e AS ({PROGRAM_ENROLMENTS})
        SELECT n.kind, count(*) AS planned,
            count(*) FILTER (WHERE n.status = 'sent') AS sent,
            count(*) FILTER (WHERE n.status = 'sent' AND EXISTS (
                SELECT 1 FROM messages m WHERE m.user_id = n.user_id AND m.direction = 'in'
                    AND m.created_at > n.sent_at
                    AND m.created_at <= n.sent_at + interval '24 hours')) AS answered,
            count(*) FILTER (WHERE n.status = 'unreachable') AS unreachable,
            count(*) FILTER (WHERE n.status = 'expired') AS expired,
            count(*) FILTER (WHERE n.status IN ('pending', 'claimed')) AS pending,
            count(DISTINCT n.user_id) AS people
        FROM e JOIN nudges n ON n.enrolment_id = e.id
        WHERE {EVENT_SINCE.format(t="n.due_at")}
        GROUP BY n.kind ORDER BY n.kind
        """,
        params(filters),
    )
    return [
        NudgeOutcomeRow(
            kind=r["kind"],
            planned=opt_int(r["planned"], r["people"]),
            sent=opt_int(r["sent"], r["people"]),
            answered_24h=opt_int(r["answered"], r["people"]),
            unreachable=opt_int(r["unreachable"], r["people"]),
            expired=opt_int(r["expired"], r["people"]),
            pending=opt_int(r["pending"], r["people"]),
            people=r["people"],
        )
        for r in await cur.fetchall()
    ]
