"""Nudge wiring: the scheduler jobs, one plan+dispatch tick, the console's and the CLI's views.

Only this module (and `bot.worker`) knows APScheduler. Its job store is in
memory on purpose: the `nudges` table is the source of truth, so a restarted
worker simply plans and dispatches again and catches up by the outbox's rules.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from engine.messages import Platform
from engine.nudges import (
    DispatchResult,
    PlanResult,
    PlatformPacer,
    dispatch_due,
    plan_due_nudges,
)
from engine.nudges.planner import DEFAULT_HORIZON, tidy_after_tick
from engine.ports import ChatGateway, Clock
from engine.store.database import Database
from engine.store.retention import prune_processed_events

log = logging.getLogger(__name__)

PLAN_EVERY = timedelta(minutes=1)
DISPATCH_EVERY = timedelta(seconds=2)
MAX_DRAIN_ROUNDS = 50


def worker_id() -> str:
    """Unique per process: host, pid and a random suffix (pids repeat across containers)."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


class FixedClock:
    def __init__(self, now: datetime) -> None:
        self._now = now

    def now(self) -> datetime:
        return self._now


async def plan(
    db: Database, now: datetime, *, horizon: timedelta = DEFAULT_HORIZON, wait: bool = False
) -> PlanResult:
    """One planning transaction at `now` (skipped if another replica is planning, unless `wait`)."""
    async with db.transaction() as conn:
        result = await plan_due_nudges(conn, now, horizon=horizon, wait=wait)
    await tidy_after_tick(db, result)  # after a big batch: the next minute's tick stays cheap
    return result


async def drain(
    db: Database,
    gateways: Mapping[Platform, ChatGateway],
    clock: Clock,
    *,
    worker: str,
    batch: int = 100,
    max_rounds: int = MAX_DRAIN_ROUNDS,
    **options: Any,
) -> DispatchResult:
    """Dispatch batch after batch until a batch comes back short (or `max_rounds`)."""
    total = DispatchResult()
    for _ in range(max_rounds):
        result = await dispatch_due(db, gateways, clock, worker_id=worker, batch=batch, **options)
        total.add(result)
        if result.claimed < batch:
            break
    return total


async def tick(
    db: Database,
    gateways: Mapping[Platform, ChatGateway],
    clock: Clock,
    now: datetime | None = None,
    *,
    worker: str | None = None,
    horizon: timedelta = DEFAULT_HORIZON,
    wait: bool = False,
    **options: Any,
) -> tuple[PlanResult, DispatchResult]:
    """One planning tick and the dispatch of everything then due.

    Args:
        db: The database.
        gateways: A `ChatGateway` per platform served.
        clock: The clock; `now`, when given, overrides it for this tick.
        worker: The worker id (a fresh one when None).
        horizon: How far ahead scheduled reminders are planned.
        wait: Wait for a replica that is planning right now instead of skipping planning.
        **options: Passed to `dispatch_due` (batch, lease, late_after, pacer, ...).
    """
    if now is not None:
        clock = FixedClock(now)
    planned = await plan(db, clock.now(), horizon=horizon, wait=wait)
    sent = await drain(db, gateways, clock, worker=worker or worker_id(), **options)
    return planned, sent


# --- the scheduler -------------------------------------------------------------------


class NudgeScheduler:
    """Runs planning every minute and dispatching every two seconds in an `AsyncIOScheduler`."""

    def __init__(
        self,
        db: Database,
        gateways: Mapping[Platform, ChatGateway],
        clock: Clock,
        *,
        worker: str | None = None,
        plan_every: timedelta = PLAN_EVERY,
        dispatch_every: timedelta = DISPATCH_EVERY,
        pacer: PlatformPacer | None = None,
    ) -> None:
        from apscheduler.schedulers.asyncio import AsyncIOScheduler

        self.db = db
        self.gateways = gateways
        self.clock = clock
        self.worker = worker or worker_id()
        self.pacer = pacer or PlatformPacer()
        self.plan_every = plan_every
        self.dispatch_every = dispatch_every
        self.scheduler = AsyncIOScheduler(
            timezone=UTC,
            job_defaults={
                "coalesce": True,  # missed runs collapse into one; the outbox catches up
                "max_instances": 1,
                "misfire_grace_time": 30,
            },
        )

    def start(self) -> None:
        """Add the jobs and start; call from inside the running event loop."""
        first = datetime.now(UTC)
        self.scheduler.add_job(
            self.plan_job,
            "interval",
            seconds=self.plan_every.total_seconds(),
            id="nudges.plan",
            next_run_time=first,
            replace_existing=True,
        )
        self.scheduler.add_job(
            self.dispatch_job,
            "interval",
            seconds=self.dispatch_every.total_seconds(),
            id="nudges.dispatch",
            next_run_time=first + timedelta(seconds=1),
            replace_existing=True,
        )
        self.scheduler.add_job(
            self.housekeeping_job,
            "interval",
            hours=1,
            id="housekeeping",
            next_run_time=first + timedelta(seconds=30),
            replace_existing=True,
        )
        self.scheduler.start()

    async def housekeeping_job(self) -> None:
        try:
            pruned = await prune_processed_events(self.db, datetime.now(UTC))
        except Exception:
            log.exception("housekeeping failed")
            return
        if pruned:
            log.info("pruned %d old idempotency keys", pruned)

    def shutdown(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)

    async def plan_job(self) -> None:
        try:
            result = await plan(self.db, self.clock.now())
        except Exception:
            log.exception("nudge planning failed")
            return
        if result.total or result.weeks_opened or result.dormant:
            log.info("nudges planned: %s", result)

    async def dispatch_job(self) -> None:
        try:
            result = await drain(
                self.db, self.gateways, self.clock, worker=self.worker, pacer=self.pacer
            )
        except Exception:
            log.exception("nudge dispatch failed")
            return
        if result.claimed:
            log.info("nudges dispatched: %s", result)


# --- the command line ------------------------------------------------------------------


def parse_now(text: str) -> datetime:
    """An ISO 8601 instant; a naive one is taken as UTC."""
    value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


async def _tick_command(now: str | None) -> tuple[PlanResult, DispatchResult]:
    from bot.bootstrap import bootstrap
    from bot.gateways import sending_gateways
    from bot.settings import load_settings as settings

    app = await bootstrap(settings())
    try:
        async with sending_gateways(app) as gateways:
            clock: Clock = FixedClock(parse_now(now)) if now else app.clock
            # Only people this process can reach; the rest stay for a worker that can.
            return await tick(app.db, gateways, clock, platforms=tuple(gateways))
    finally:
        await app.close()


def tick_command(now: str | None = None) -> None:
    """`coachbot nudges tick [--now ISO]`: plan and dispatch once, then print a summary."""
    from rich.console import Console

    planned, sent = asyncio.run(_tick_command(now))
    console = Console()
    console.print(
        f"planned: {planned.check_in} check-in, {planned.week_unlocked} week unlocked,"
        f" {planned.re_engage} re-engage, {planned.goal_deadline} goal deadline"
        f" ({planned.weeks_opened} weeks opened, {planned.dormant} now dormant"
        f"{', skipped: another replica was planning' if planned.skipped else ''})"
    )
    console.print(
        f"dispatched: {sent.claimed} claimed, {sent.sent} sent, {sent.deferred} deferred,"
        f" {sent.rescheduled} rescheduled, {sent.expired} expired, {sent.cancelled} cancelled,"
        f" {sent.unreachable} unreachable, {sent.failed} failed"
    )


async def list_nudges(db: Database, *, status: str | None, limit: int) -> list[dict[str, Any]]:
    async with db.transaction() as conn:
        cur = await conn.execute(
            """
            SELECT id, kind, idempotency_key, status, due_at, attempts, sent_at, claimed_by,
                last_error
            FROM nudges WHERE %(status)s::text IS NULL OR status = %(status)s
            ORDER BY due_at DESC, id DESC LIMIT %(limit)s
            """,
            {"status": status, "limit": limit},
        )
        return list(await cur.fetchall())


def list_command(status: str | None = None, limit: int = 50) -> None:
    """`coachbot nudges list [--status pending|sent|…]`: the outbox as a table, newest first."""
    from rich.console import Console
    from rich.table import Table

    from bot.database import database_url
    from bot.settings import load_settings as settings

    async def rows() -> list[dict[str, Any]]:
        async with Database(database_url(settings()), max_size=1) as db:
            return await list_nudges(db, status=status, limit=limit)

    table = Table("id", "kind", "key", "status", "due (UTC)", "tries", "sent (UTC)", "note")
    table.columns[2].no_wrap = True  # keys are what people grep for
    for row in asyncio.run(rows()):
        table.add_row(
            str(row["id"]),
            row["kind"],
            row["idempotency_key"],
            row["status"],
            f"{row['due_at']:%Y-%m-%d %H:%M}",
            str(row["attempts"]),
            f"{row['sent_at']:%Y-%m-%d %H:%M}" if row["sent_at"] else "",
            row["last_error"] or "",
        )
    Console().print(table)
