"""Conversation sessions (summary, sources used, rating) and unanswered-question counts."""

from __future__ import annotations

import re
from datetime import datetime

from psycopg.rows import DictRow
from psycopg.types.json import Jsonb

from engine.steps import ConversationRecord
from engine.store.database import Connection

MAX_QUESTION = 200


async def save_conversation(
    conn: Connection,
    *,
    enrolment_id: int,
    user_id: int,
    week_number: int,
    record: ConversationRecord,
    now: datetime,
) -> None:
    """Insert the session as it ended, or update it with the rating (or its skip)."""
    await conn.execute(
        """
        INSERT INTO conversation_sessions (enrolment_id, user_id, week_number, step_key, turns,
            summary, end_reason, context_used, rating, rated, started_at, ended_at, updated_at)
        VALUES (%(e)s, %(u)s, %(w)s, %(k)s, %(turns)s, %(summary)s, %(reason)s, %(used)s,
            %(rating)s, %(rated)s, %(started)s, %(now)s, %(now)s)
        ON CONFLICT (enrolment_id, week_number, step_key) DO UPDATE SET
            turns = EXCLUDED.turns, summary = EXCLUDED.summary,
            end_reason = EXCLUDED.end_reason, context_used = EXCLUDED.context_used,
            rating = EXCLUDED.rating, rated = EXCLUDED.rated,
            ended_at = CASE WHEN EXCLUDED.rated THEN conversation_sessions.ended_at
                ELSE EXCLUDED.ended_at END,
            updated_at = EXCLUDED.updated_at
        """,
        {
            "e": enrolment_id,
            "u": user_id,
            "w": week_number,
            "k": record.step_key,
            "turns": min(record.turns, 32767),
            "summary": record.summary,
            "reason": record.end_reason,
            "used": Jsonb([dict(u) for u in record.context_used]),
            "rating": record.rating,
            "rated": record.rated,
            "started": record.started_at,
            "now": now,
        },
    )


def normalise_question(text: str) -> str:
    """The question as sent, folded to compare: lower case, one space, no end punctuation."""
    folded = " ".join(text.casefold().split()).strip(" ?!.")
    return re.sub(r"\s+([?!.,])", r"\1", folded)[:MAX_QUESTION]


async def count_unanswered(conn: Connection, question: str, *, now: datetime) -> None:
    """One more ask of `question` without a good source (text only, never who asked)."""
    text = normalise_question(question)
    if not text:
        return
    await conn.execute(
        "INSERT INTO kb_unanswered (question, asked, last_asked_on) VALUES (%s, 1, %s)"
        " ON CONFLICT (question) DO UPDATE SET asked = kb_unanswered.asked + 1,"
        " last_asked_on = greatest(kb_unanswered.last_asked_on, EXCLUDED.last_asked_on)",
        (text, now.replace(hour=0, minute=0, second=0, microsecond=0)),
    )


async def unanswered(conn: Connection, *, min_count: int) -> tuple[list[DictRow], int, int]:
    """Questions asked at least `min_count` times (most asked first), and how many other
    questions (and asks) there were, shown only as counts."""
    cur = await conn.execute(
        "SELECT question, asked, last_asked_on FROM kb_unanswered WHERE asked >= %s"
        " ORDER BY asked DESC, question LIMIT 100",
        (min_count,),
    )
    shown = await cur.fetchall()
    cur = await conn.execute(
        "SELECT count(*) AS n, coalesce(sum(asked), 0) AS asks FROM kb_unanswered WHERE asked < %s",
        (min_count,),
    )
    rest = await cur.fetchone()
    assert rest is not None
    return shown, int(rest["n"]), int(rest["asks"])
