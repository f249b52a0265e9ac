"""Engagement: a 0-100 score per person from messages, reply speed and check-in regularity.

    score = 40 * min(1, messages written per enrolled week / 10)
          + 30 * responsiveness   (1 when the median reply comes within an hour of the
                                   bot's message, falling linearly to 0 at 48 hours)
          + 30 * min(1, weeks with a check-in / enrolled weeks)

A person may see their own score (`engagement_for_person`); admins see only the
distribution (`engagement_distribution`), as quartiles and a histogram whose bars hide
groups of fewer than five people.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from engine.analytics._sql import ENROLMENTS, params
from engine.analytics.types import (
    PRIVACY_MIN,
    EngagementBucket,
    EngagementDistribution,
    EngagementScore,
    Filters,
)
from engine.store.database import Connection

FAST_REPLY_MINUTES = 60.0
SLOW_REPLY_MINUTES = 48 * 60.0

_SCORES = f"""
    WITH e AS ({ENROLMENTS}),
    ue AS (SELECT * FROM e WHERE %(user)s::bigint IS NULL OR e.user_id = %(user)s::bigint),
    msgs AS (
        SELECT m.user_id, m.direction, m.created_at,
            lag(m.direction) OVER w AS prev_dir, lag(m.created_at) OVER w AS prev_at
        FROM messages m WHERE m.enrolment_id IN (SELECT id FROM ue)
        WINDOW w AS (PARTITION BY m.user_id ORDER BY m.created_at, m.id)
    ),
    msg_stats AS (
        SELECT user_id, count(*) FILTER (WHERE direction = 'in') AS messages_in,
            percentile_cont(0.5) WITHIN GROUP (
                ORDER BY extract(epoch FROM created_at - prev_at) / 60.0)
                FILTER (WHERE direction = 'in' AND prev_dir = 'out'
                    AND created_at - prev_at < interval '7 days') AS reply_minutes
        FROM msgs GROUP BY user_id
    ),
    enrolled AS (
        SELECT user_id, sum(greatest(1, ceil(extract(epoch FROM
            least(COALESCE(completed_at, %(now)s), %(now)s) - started_at) / 604800.0)))::int
            AS weeks
        FROM ue GROUP BY user_id
    ),
    checks AS (
        SELECT c.user_id,
            count(DISTINCT (c.enrolment_id, date_trunc('week', c.created_at)))::int AS weeks
        FROM check_ins c WHERE c.enrolment_id IN (SELECT id FROM ue) GROUP BY c.user_id
    ),
    scores AS (
        SELECT n.user_id, COALESCE(ms.messages_in, 0)::int AS messages_in, ms.reply_minutes,
            COALESCE(c.weeks, 0) AS check_in_weeks, n.weeks AS weeks_enrolled,
            round(
                40 * least(1.0, COALESCE(ms.messages_in, 0)::float / n.weeks / 10)
                + 30 * CASE WHEN ms.reply_minutes IS NULL THEN 0 ELSE greatest(0.0, least(1.0,
                    (%(slow)s - ms.reply_minutes) / (%(slow)s - %(fast)s))) END
                + 30 * least(1.0, COALESCE(c.weeks, 0)::float / n.weeks)
            )::int AS score
        FROM enrolled n LEFT JOIN msg_stats ms USING (user_id) LEFT JOIN checks c USING (user_id)
    )
"""


def _params(filters: Filters, now: datetime, user: int | None) -> dict[str, Any]:
    return params(filters, now=now, user=user, fast=FAST_REPLY_MINUTES, slow=SLOW_REPLY_MINUTES)


async def engagement_for_person(
    conn: Connection, *, user_id: int, now: datetime
) -> EngagementScore | None:
    """This person's own score (None when they have no enrolment). Show it to them only."""
    cur = await conn.execute(_SCORES + "SELECT * FROM scores", _params(Filters(), now, user_id))
    row = await cur.fetchone()
    if row is None:
        return None
    reply = row["reply_minutes"]
    return EngagementScore(
        user_id=row["user_id"],
        score=row["score"],
        messages_in=row["messages_in"],
        median_reply_minutes=None if reply is None else round(float(reply), 1),
        check_in_weeks=row["check_in_weeks"],
        weeks_enrolled=row["weeks_enrolled"],
    )


async def engagement_distribution(
    conn: Connection, filters: Filters, *, now: datetime
) -> EngagementDistribution:
    """Everyone's scores as quartiles and ten 10-point bars; bars of 1-4 people are hidden."""
    cur = await conn.execute(
        _SCORES
        + """
        SELECT b.bucket, count(s.user_id) AS people,
            (SELECT count(*) FROM scores) AS total,
            (SELECT percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY score)
             FROM scores) AS quartiles
        FROM generate_series(0, 9) AS b(bucket)
        LEFT JOIN scores s ON least(s.score / 10, 9) = b.bucket
        GROUP BY b.bucket ORDER BY b.bucket
        """,
        _params(filters, now, None),
    )
    rows = await cur.fetchall()
    total = int(rows[0]["total"]) if rows else 0
    visible = total >= PRIVACY_MIN
    quartiles = rows[0]["quartiles"] if rows and visible else None
    buckets = tuple(
        EngagementBucket(
            low=r["bucket"] * 10,
            high=100 if r["bucket"] == 9 else r["bucket"] * 10 + 9,
            people=int(r["people"]) if visible and not 0 < r["people"] < PRIVACY_MIN else None,
        )
        for r in rows
    )
    return EngagementDistribution(
        people=total,
        p25=None if quartiles is None else float(quartiles[0]),
        median=None if quartiles is None else float(quartiles[1]),
        p75=None if quartiles is None else float(quartiles[2]),
        buckets=buckets,
    )


def describe_engagement(mine: EngagementScore) -> str:
    """A person's own score in words, for them alone (e.g. a `my engagement` command)."""
    parts = [f"{mine.messages_in} message{'s' if mine.messages_in != 1 else ''} to me"]
    if mine.median_reply_minutes is not None:
        minutes = mine.median_reply_minutes
        usually = f"{minutes:.0f} minutes" if minutes < 90 else f"{minutes / 60:.1f} hours"
        parts.append(f"a usual reply within {usually}")
    parts.append(f"check-ins in {mine.check_in_weeks} of {mine.weeks_enrolled} weeks")
    return f"Your engagement score is {mine.score}/100: " + ", ".join(parts) + "."
