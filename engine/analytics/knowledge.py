"""The knowledge base for admins: documents and their freshness, questions it could not
answer, and how people rated conversation steps.

Documents are operator material, shown as they are. Unanswered questions are stored
only as aggregate counts of their text (no person, no message); a question's text is
shown only once at least `PRIVACY_MIN` asks share it, the rest only as counts.
Conversation ratings are cohort figures: a step rated by fewer than `PRIVACY_MIN`
people is suppressed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from engine.analytics._sql import ENROLMENTS, opt_float, opt_int, params, row_of
from engine.analytics.types import PRIVACY_MIN, CohortRow, Filters
from engine.store import conversations
from engine.store import knowledge as kb
from engine.store.database import Connection

__all__ = [
    "DEFAULT_STALE_DAYS",
    "ConversationRatingRow",
    "KnowledgeDocumentRow",
    "UnansweredQuestions",
    "conversation_ratings",
    "knowledge_documents",
    "unanswered_questions",
]

DEFAULT_STALE_DAYS = 365


@dataclass(frozen=True, slots=True)
class KnowledgeDocumentRow:
    id: int
    title: str
    category: str
    content_type: str
    source: str | None
    version: int
    chunks: int
    embedded: int
    updated_at: datetime
    stale: bool  # not updated for longer than the configured age


@dataclass(frozen=True, slots=True)
class UnansweredQuestions:
    """Questions asked at least `min_count` times, and the rest as counts only."""

    shown: list[tuple[str, int]]  # (question text as sent, normalised; times asked)
    other_questions: int
    other_asks: int
    min_count: int


@dataclass(frozen=True, slots=True)
class ConversationRatingRow(CohortRow):
    program: str
    step_key: str
    sessions: int | None  # conversations that ended
    rated: int | None  # ... and got a 1-5 rating (the rest skipped it or have not answered)
    rating_avg: float | None
    people: int


async def knowledge_documents(
    conn: Connection, *, now: datetime, stale_days: int = DEFAULT_STALE_DAYS
) -> list[KnowledgeDocumentRow]:
    """Every document by category and title, with its chunks and a stale flag."""
    cut = now - timedelta(days=stale_days)
    return [
        row_of(
            KnowledgeDocumentRow,
            r,
            chunks=int(r["chunks"]),
            embedded=int(r["embedded"]),
            stale=r["updated_at"] < cut,
        )
        for r in await kb.list_documents(conn)
    ]


async def unanswered_questions(
    conn: Connection, *, min_count: int = PRIVACY_MIN
) -> UnansweredQuestions:
    """The questions without a good source that at least `min_count` asks share."""
    least = max(min_count, 1)
    rows, others, asks = await conversations.unanswered(conn, min_count=least)
    return UnansweredQuestions(
        shown=[(r["question"], int(r["asked"])) for r in rows],
        other_questions=others,
        other_asks=asks,
        min_count=least,
    )


async def conversation_ratings(conn: Connection, filters: Filters) -> list[ConversationRatingRow]:
    """Per program and conversation step: sessions ended, rated, and the average rating."""
    cur = await conn.execute(
        f"""
        WITH e AS ({ENROLMENTS})
        SELECT e.program, c.step_key, count(*) AS sessions,
            count(c.rating) AS rated, avg(c.rating) AS rating_avg,
            count(DISTINCT e.user_id) AS people,
            count(DISTINCT e.user_id) FILTER (WHERE c.rating IS NOT NULL) AS raters
        FROM e JOIN conversation_sessions c ON c.enrolment_id = e.id
        GROUP BY e.program, c.step_key ORDER BY e.program, c.step_key
        """,
        params(filters),
    )
    return [
        ConversationRatingRow(
            program=r["program"],
            step_key=r["step_key"],
            sessions=opt_int(r["sessions"], r["people"]),
            rated=opt_int(r["rated"], r["people"]),
            rating_avg=opt_float(r["rating_avg"], min(r["people"], r["raters"])),
            people=int(r["people"]),
        )
        for r in await cur.fetchall()
    ]
