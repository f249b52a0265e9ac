"""The chat side of grounded answers: questions to the coach, and "what did you base that on?".

A question (`ask …`, or free text when no step waits) is retrieved against the knowledge
base while the turn plans; when passages are found, the turn's one coach call carries
them (delimited, with ids) and the reply cites the ids it used — the offline coach
quotes the best passages. The reply ends with its sources by title and records the
passages it used as `context_used` on the outgoing message: the export lists them and
the next turn can show them. Titles are stored too, so the record survives a document
being edited or removed. A question with no good source is counted by its text alone
(`kb_unanswered`): the admin sees what the knowledge base lacks, never who asked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from engine.knowledge.answer import NO_MATERIAL
from engine.llm.types import CoachRequest, CoachResult, KnowledgePassage, StepKind
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
ASK_SYSTEM = (
    "You are a coach answering a person's question in a chat, only from the knowledge"
    " passages given with the question. Be warm and practical. Never diagnose or give"
    " medical, legal or financial advice; point to a professional instead."
)
ASK_QUESTION = (
    "A question to the coach, outside any program step. Answer it in two to five sentences"
    " using only the knowledge passages, and list the ids of the passages you used in"
    " `sources`. If the passages do not answer it, say so and leave `sources` empty."
)
_SMALL_TALK = re.compile(
    r"^\s*(?:hi|hello|hey|hiya|yo|howdy|hallo|moin|servus|hola|bonjour|salut|ciao|hej"
    r"|good (?:morning|afternoon|evening|night)|thanks?(?: you)?|thx|ok(?:ay)?|cool|great"
    r"|bye|goodbye|see you|cheers)\b[\s!?.,:)]*(?:there|coach|bot|everyone|all)?[\s!?.,:)]*$",
    re.IGNORECASE,
)
_QUESTION = re.compile(
    r"\?\s*$|^\s*(?:how|what|why|when|where|which|who|should|can|could|would|is|are|do|does"
    r"|any|tips?)\b",
    re.IGNORECASE,
)


def is_small_talk(text: str) -> bool:
    """A greeting, thanks or ok: the bot behaves as it always has, no knowledge search."""
    return _SMALL_TALK.match(text) is not None or not re.search(r"\w", text)


def looks_like_question(text: str) -> bool:
    """Asked as a question (counted when unanswered); other free text is not counted."""
    return _QUESTION.search(text) is not None


def ask_request(question: str, passages: Sequence[KnowledgePassage]) -> CoachRequest:
    """The turn's one coach call for a question, carrying the passages found for it."""
    return CoachRequest(
        system_prompt=ASK_SYSTEM,
        program_context="",
        kind=StepKind.ASK,
        step_key="ask",
        question=ASK_QUESTION,
        answer=question,
        max_attempts=1,
        passages=tuple(passages),
    )


def grounded_reply(
    result: CoachResult, passages: Sequence[KnowledgePassage]
) -> tuple[str, list[dict[str, Any]] | None]:
    """The reply with its sources by title, and the passages it used (None: no material).

    A reply that cites none of the passages is not shown: it would rest on nothing the
    knowledge base holds.
    """
    cited = set(result.sources)
    used = [p for p in passages if p.id in cited]
    if not used:
        return NO_MATERIAL, None
    titles = "; ".join(dict.fromkeys(p.document for p in used))
    return f"{result.reply.strip()}\n\nSources: {titles}", [p.context() for p in used]


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
