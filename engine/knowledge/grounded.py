"""The chat side of grounded answers: the reply to `ask …` and to "what did you base that on?".

A grounded reply carries its passages as `context_used` (chunk id, document, section,
relevance), stored on the outgoing message: the person's export lists them, and the
next turn can show them. Titles are stored too, so the record survives a document
being edited or removed.
"""

from __future__ import annotations

from typing import Any

from engine.knowledge.answer import Answerer
from engine.knowledge.model import GroundedAnswer
from engine.store import knowledge as store
from engine.store.database import Connection

ASK_HOW = (
    "Ask me a question after `ask`, like `ask how do I give feedback to a colleague?`"
    " I answer from my knowledge base and tell you my sources."
)
NOTHING_TO_EXPLAIN = (
    "My last message wasn't based on the knowledge base. Ask me something with"
    " `ask <question>` and I'll show you the passages I used."
)
MAX_QUOTE = 400


def context_used(answer: GroundedAnswer) -> list[dict[str, Any]]:
    return [
        {
            "chunk_id": p.chunk_id,
            "document": p.document,
            "section": p.section,
            "source": p.source,
            "relevance": round(p.relevance, 4),
        }
        for p in answer.passages
    ]


async def answer_question(
    conn: Connection, answerer: Answerer, question: str
) -> tuple[str, list[dict[str, Any]] | None]:
    """The reply text and, when it is grounded, the passages it used."""
    if not question.strip():
        return ASK_HOW, None
    answer = await answerer.answer(conn, question)
    return answer.text, (context_used(answer) if answer.grounded else None)


async def explain_sources(conn: Connection, user_id: int) -> str:
    """The passages behind the coach's reply to the person's previous message."""
    used = await store.last_grounded_reply(conn, user_id)
    if not used:
        return NOTHING_TO_EXPLAIN
    current = await store.chunks_by_id(conn, [int(u["chunk_id"]) for u in used])
    lines = ["I based that on these passages:"]
    for number, item in enumerate(used, 1):
        where = f" — {item['section']}" if item.get("section") else ""
        lines.append(f"{number}. *{item['document']}*{where}")
        row = current.get(int(item["chunk_id"]))
        if row is None:
            lines.append("   (this passage has since been changed or removed)")
            continue
        body = row["text"].partition("\n\n")[2] or row["text"]
        quote = " ".join(body.split())
        lines.append(f"   “{quote[:MAX_QUOTE]}{'…' if len(quote) > MAX_QUOTE else ''}”")
        if row["source"]:
            lines.append(f"   Source: {row['source']}")
    return "\n".join(lines)
