"""What became of nudges: sent, answered within a day, unreachable, expired."""

from __future__ import annotations

from engine.analytics._sql import EVENT_SINCE, PROGRAM_ENROLMENTS, fetch, figures
from engine.analytics.types import Filters, NudgeOutcomeRow
from engine.store.database import Connection

_COUNTS = ("planned", "sent", "answered_24h", "unreachable", "expired", "pending")


async def nudge_outcomes(conn: Connection, filters: Filters) -> list[NudgeOutcomeRow]:
    """Per kind, of the nudges due in the period: how many were sent, and answered.

    *Answered* means the person wrote to the bot within 24 hours after it was sent.
    """
    query = f"""
        WITH e AS ({PROGRAM_ENROLMENTS})
        SELECT n.kind, count(*) AS planned,
            count(*) FILTER (WHERE n.status = 'sent') AS sent,
            count(*) FILTER (WHERE n.status = 'sent' AND EXISTS (
                SELECT 1 FROM messages m WHERE m.user_id = n.user_id AND m.direction = 'in'
                    AND m.created_at > n.sent_at
                    AND m.created_at <= n.sent_at + interval '24 hours')) AS answered_24h,
            count(*) FILTER (WHERE n.status = 'unreachable') AS unreachable,
            count(*) FILTER (WHERE n.status = 'expired') AS expired,
            count(*) FILTER (WHERE n.status IN ('pending', 'claimed')) AS pending,
            count(DISTINCT n.user_id) AS people
        FROM e JOIN nudges n ON n.enrolment_id = e.id
        WHERE {EVENT_SINCE.format(t="n.due_at")}
        GROUP BY n.kind ORDER BY n.kind
        """
    return [figures(NudgeOutcomeRow, r, counts=_COUNTS) for r in await fetch(conn, query, filters)]
