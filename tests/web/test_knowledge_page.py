"""The knowledge page: documents by category with versions, chunks and a stale flag;
questions without a good source only in aggregate; conversation ratings, small groups
hidden."""

from __future__ import annotations

from datetime import timedelta

from psycopg.types.json import Jsonb

from engine.knowledge import add_documents, starter_documents
from engine.store.conversations import count_unanswered
from engine.store.database import Connection
from tests.harness import Site
from tests.web.live import run_db, without_secrets
from tests.web.seed import START
from tests.web.test_dashboard import logged_in_client


async def _seed(conn: Connection) -> None:
    await add_documents(conn, starter_documents(), embedder=None, now=START)
    await conn.execute(
        "UPDATE kb_documents SET updated_at = %s WHERE title LIKE 'Goal frameworks%%'",
        (START - timedelta(days=800),),
    )
    for _ in range(5):
        await count_unanswered(conn, "How do I fix the office printer?", now=START)
    for _ in range(2):
        await count_unanswered(conn, "what about my neighbour Bob's divorce", now=START)
    cur = await conn.execute(
        "SELECT e.id, e.user_id, p.slug FROM enrolments e JOIN programs p ON p.id = e.program_id"
        " ORDER BY e.id"
    )
    rows = await cur.fetchall()
    pilot = [r for r in rows if r["slug"] == "pilot"][:6]
    tiny = [r for r in rows if r["slug"] == "tiny"]
    for row, rating in [*zip(pilot, (4, 5, 3, 4, 5, 4), strict=True), *((t, 1) for t in tiny)]:
        await conn.execute(
            "INSERT INTO conversation_sessions (enrolment_id, user_id, week_number, step_key,"
            " turns, summary, end_reason, context_used, rating, rated, ended_at)"
            " VALUES (%s, %s, 1, 'talk_it_through', 3, 'my words', 'objective', %s, %s, true, %s)",
            (row["id"], row["user_id"], Jsonb([]), rating, START),
        )


def test_the_knowledge_page_shows_documents_questions_in_aggregate_and_ratings(
    site: Site,
) -> None:
    run_db(site.pg_url, _seed)
    with logged_in_client(site) as client:
        reply = client.get("/admin/knowledge")
        assert reply.status_code == 200
        html = without_secrets(reply.text)
        assert "<h3>communication</h3>" in html and "<h3>goals</h3>" in html
        assert "Difficult conversations" in html and "v1" in html
        goals = html.split("Goal frameworks", 1)[1].split("</tr>", 1)[0]
        assert "badge stale" in goals  # older than the default year
        others = html.split("Difficult conversations", 1)[1].split("</tr>", 1)[0]
        assert "stale" not in others
        assert "how do i fix the office printer" in html and ">5<" in html
        assert "divorce" not in html and "Bob" not in html  # asked twice: a count only
        assert "Plus 1 other questions, asked 2 times" in html
        pilot = html.split("<td>pilot</td>", 1)[1].split("</tr>", 1)[0]
        assert "4.17" in pilot and ">6<" in pilot
        tiny = html.split("<td>tiny</td>", 1)[1].split("</tr>", 1)[0]
        assert "suppressed-cell" in tiny and "1.00" not in tiny
        assert "u1" not in html and "user_id" not in html
        fresh = client.get("/admin/knowledge?stale_days=100000").text
        assert "badge stale" in fresh  # out of range: the default applies
        lenient = client.get("/admin/knowledge?stale_days=36000").text
        assert "badge stale" not in lenient
