"""A suggestion round: match, store the suggestions, queue the anonymous intros.

One round runs at a time (a transaction-scoped advisory lock), so two replicas
of the weekly job, or the job and `coachbot connections suggest`, cannot both
propose; a second run in the same ISO week finds everyone already suggested
this round and proposes nothing new. Intros go to the nudge outbox with the
keys `conn:<id>:intro:<user>`, so each is sent exactly once by whichever
dispatcher claims it (with the outbox's one remaining crash window).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from engine.connections.intros import explanation, intro_text
from engine.connections.matching import Proposal, propose_round
from engine.connections.similarity import Similarity, lexical_similarity
from engine.store import connections as store
from engine.store.database import Database

__all__ = ["ConnectionRules", "RoundResult", "expire_open_suggestions", "round_key", "run_round"]


@dataclass(frozen=True, slots=True)
class ConnectionRules:
    """The settings of connections (see `bot.settings`)."""

    repeat_window: timedelta = timedelta(weeks=12)
    expire_after: timedelta = timedelta(days=14)
    met_after: timedelta = timedelta(days=7)


@dataclass(slots=True)
class RoundResult:
    round_key: str
    proposals: list[Proposal] = field(default_factory=list)
    names: dict[int, str] = field(default_factory=dict)
    stored: int = 0
    expired: int = 0
    dry_run: bool = False


def round_key(now: datetime) -> str:
    """The ISO week a round belongs to: one round per week."""
    year, week, _ = now.isocalendar()
    return f"{year}-W{week:02d}"


async def run_round(
    db: Database,
    *,
    now: datetime,
    rules: ConnectionRules = ConnectionRules(),
    dry_run: bool = False,
    similarity: Similarity = lexical_similarity,
) -> RoundResult:
    """Propose this week's pairs; unless `dry_run`, store them and queue the intros."""
    key = round_key(now)
    result = RoundResult(key, dry_run=dry_run)
    async with db.transaction() as conn:
        await store.lock_round(conn)
        if not dry_run:
            result.expired = await store.expire_suggestions(conn, now)
        pool = await store.load_pool(conn)
        since = now - max(rules.repeat_window, timedelta(days=8))
        history = await store.load_history(conn, since=since)
        result.proposals = propose_round(
            pool,
            history,
            now=now,
            round_key=key,
            repeat_window=rules.repeat_window,
            similarity=similarity,
        )
        result.names = await store.display_names(conn, [p.user_id for p in pool])
        if dry_run:
            return result
        for proposal in result.proposals:
            a, b = proposal.first, proposal.second
            a_intro, b_intro = intro_text(proposal, a), intro_text(proposal, b)
            suggestion = await store.insert_suggestion(
                conn,
                workspace=a.workspace,
                round_key=key,
                user_a=a.user_id,
                user_b=b.user_id,
                reason_type=proposal.reason_type,
                explanation=explanation(proposal),
                a_intro=a_intro,
                b_intro=b_intro,
                expires_at=now + rules.expire_after,
                created_at=now,
            )
            if suggestion is None:
                continue
            result.stored += 1
            for person, text in ((a, a_intro), (b, b_intro)):
                await store.queue_nudge(
                    conn,
                    user_id=person.user_id,
                    kind="connection_intro",
                    key=f"conn:{suggestion}:intro:{person.user_id}",
                    due_at=now,
                    payload={"suggestion_id": suggestion, "text": text},
                )
    return result


async def expire_open_suggestions(db: Database, now: datetime) -> int:
    """Mark unanswered suggestions past their expiry `expired` (the nightly job)."""
    async with db.transaction() as conn:
        return await store.expire_suggestions(conn, now)
