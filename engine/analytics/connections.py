"""Colleague connections by reason type: made, accepted, declined, expired, met rate.

Suggestions are not tied to a program, so `Filters.program` does not apply;
`Filters.since` keeps suggestions made at or after it. A reason type whose
suggestions involve fewer than `PRIVACY_MIN` distinct people is suppressed.
"""

from __future__ import annotations

from dataclasses import dataclass

from engine.analytics._sql import EVENT_SINCE, fetch, figures
from engine.analytics.types import CohortRow, Filters
from engine.store.database import Connection

__all__ = ["ConnectionOutcomeRow", "connection_outcomes"]


_COUNTS = ("suggested", "accepted", "declined", "expired", "open", "met")


@dataclass(frozen=True, slots=True)
class ConnectionOutcomeRow(CohortRow):
    reason_type: str
    suggested: int | None
    accepted: int | None  # both said yes (connected)
    declined: int | None
    expired: int | None
    open: int | None  # still waiting for an answer
    met: int | None  # connected pairs where someone said they met
    met_rate: float | None  # met / accepted
    people: int


async def connection_outcomes(conn: Connection, filters: Filters) -> list[ConnectionOutcomeRow]:
    """Per reason type, what became of the suggestions made in the period."""
    query = f"""
        SELECT s.reason_type, count(*) AS suggested,
            count(*) FILTER (WHERE s.status = 'connected') AS accepted,
            count(*) FILTER (WHERE s.status = 'declined') AS declined,
            count(*) FILTER (WHERE s.status = 'expired') AS expired,
            count(*) FILTER (WHERE s.status IN ('suggested', 'viewed')) AS open,
            count(*) FILTER (WHERE s.status = 'connected' AND (s.a_met OR s.b_met)) AS met,
            (SELECT count(DISTINCT u) FROM connection_suggestions t,
                LATERAL (VALUES (t.user_a), (t.user_b)) AS v(u)
             WHERE t.reason_type = s.reason_type
               AND {EVENT_SINCE.format(t="t.created_at")}) AS people
        FROM connection_suggestions s
        WHERE {EVENT_SINCE.format(t="s.created_at")}
        GROUP BY s.reason_type ORDER BY s.reason_type
        """
    return [
        figures(ConnectionOutcomeRow, r, counts=_COUNTS, rates={"met_rate": ("met", "accepted")})
        for r in await fetch(conn, query, filters)
    ]
