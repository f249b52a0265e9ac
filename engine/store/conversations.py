"""Conversation sessions (summary, sources used, rating) and unanswered-question counts."""

from __future__ import annotations

import re
from datetime import datetime

from psycopg.rows import DictRow
from psycopg.types.json import Jsonb

from engine.state import EnrolmentState
from engine.steps import ConversationRecord
from engine.store.database import Connection
from engine.store.upsert import upsert

MAX_QUESTION = 200

# A rating comes after the end: it keeps the time the conversation ended.
_SAVE_CONVERSATION = upsert(
    "conversation_sessions",
    "enrolment_id user_id week_number step_key turns summary end_reason context_used rating"
    " rated started_at ended_at updated_at",
    key="enrolment_id week_number step_key",
    update="turns summary end_reason context_used rating rated updated_at",
    expressions={
        "ended_at": "CASE WHEN EXCLUDED.rated THEN conversation_sessions.ended_at"
        " ELSE EXCLUDED.ended_at END"
    },
)


async def save_conversation(
    conn: Connection, enrolment: EnrolmentState, record: ConversationRecord, now: datetime
) -> None:
    """Insert the session as it ended, or update it with the rating or its skip (the writer of
    `ConversationRecord`)."""
    await conn.execute(
        _SAVE_CONVERSATION,
        (
            enrolment.id,
            enrolment.user_id,
            enrolment.current_week,
            record.step_key,
            min(record.turns, 32767),
            record.summary,
            record.end_reason,
            Jsonb([dict(u) for u in record.context_used]),
            record.rating,
            record.rated,
            record.started_at,
            now,
            now,
        ),
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
