"""The knowledge page: documents by category (versions, chunks, freshness), the questions
the knowledge base had no good source for (aggregated), and conversation-step ratings."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from itertools import groupby
from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import Response

from adapters.web.admin.auth import Session
from adapters.web.admin.pages import reading
from engine import analytics as a

if TYPE_CHECKING:
    from adapters.web.admin.context import AdminContext

STALE_DAYS_ENV = "KB_STALE_DAYS"  # documents not updated for longer are flagged stale


def stale_days(request: Request) -> int:
    """`?stale_days=N`, else KB_STALE_DAYS, else a year."""
    for raw in (request.query_params.get("stale_days"), os.environ.get(STALE_DAYS_ENV)):
        if raw and raw.strip().isdigit() and 0 < int(raw) <= 36500:
            return int(raw)
    return a.DEFAULT_STALE_DAYS


async def knowledge(ctx: AdminContext, request: Request, session: Session) -> Response:
    days = stale_days(request)
    async with reading(ctx) as conn:
        documents = await a.knowledge_documents(conn, now=datetime.now(UTC), stale_days=days)
        unanswered = await a.unanswered_questions(conn)
        ratings = await a.guarded(a.conversation_ratings, conn, a.Filters())
    categories = [(c, list(docs)) for c, docs in groupby(documents, key=lambda d: d.category)]
    return ctx.render(
        request,
        "knowledge.html",
        session,
        page="knowledge",
        title="Knowledge base",
        categories=categories,
        stale_days=days,
        stale=sum(d.stale for d in documents),
        unanswered=unanswered,
        ratings=ratings,
    )
