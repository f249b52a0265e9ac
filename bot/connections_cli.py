"""`coachbot connections …` and `coachbot retention …`, and their jobs in the worker.

Only this module (besides `bot.nudges`) adds scheduler jobs: the weekly
suggestion round (Mondays 09:00 UTC) and the nightly retention purge (03:30 UTC).
Both are safe on several replicas: the round holds an advisory lock and is keyed
by ISO week, and a second purge finds nothing left to delete.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta
from typing import Annotated, Any

import typer
from rich.console import Console

from bot.settings import Settings
from engine.connections import ConnectionRules, RoundResult, run_round
from engine.connections.intros import explanation
from engine.connections.rounds import expire_open_suggestions
from engine.ports import Clock
from engine.store.database import Database
from engine.store.retention import RetentionPeriods, purge_expired_data

log = logging.getLogger(__name__)

connections_app = typer.Typer(help="Colleague connections: rounds.", no_args_is_help=True)
retention_app = typer.Typer(
    help="Retention: purge data older than its period.", no_args_is_help=True
)


def connection_rules(settings: Settings) -> ConnectionRules:
    return ConnectionRules(
        repeat_window=timedelta(weeks=settings.connections_repeat_weeks),
        expire_after=timedelta(days=settings.connections_expire_days),
    )


def retention_periods(settings: Settings) -> RetentionPeriods:
    return RetentionPeriods(
        messages=timedelta(days=settings.retention_messages_days),
        conversation_summaries=timedelta(days=settings.retention_summaries_days),
        connection_suggestions=timedelta(days=settings.retention_suggestions_days),
        nudges=timedelta(days=settings.retention_nudges_days),
        processed_events=timedelta(days=settings.retention_idempotency_days),
    )


def describe_round(result: RoundResult) -> list[str]:
    """Printable lines: one per proposed pair, with names (for the admin), then a summary."""
    lines = []
    for p in result.proposals:
        a, b = result.names[p.first.user_id], result.names[p.second.user_id]
        lines.append(f"{a} ↔ {b}  [{p.reason_type}, score {p.score:.2f}]")
        lines.append(f"    why: {explanation(p)}")
    verb = "would store" if result.dry_run else "stored"
    lines.append(
        f"round {result.round_key}: {len(result.proposals)} pairs proposed, {verb}"
        f" {len(result.proposals) if result.dry_run else result.stored},"
        f" {result.expired} expired"
    )
    return lines


def _url() -> str:
    from bot.database import database_url
    from bot.settings import load_settings as settings

    return database_url(settings())


@connections_app.command("suggest")
def suggest(
    now: Annotated[str | None, typer.Option(help="ISO instant (default: now)")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="print only, store nothing")] = False,
) -> None:
    """Run a suggestion round: print the pairs and (unless --dry-run) queue the intros."""
    from bot.nudges import parse_now
    from bot.settings import load_settings as settings
    from engine.ports import SystemClock

    async def go() -> RoundResult:
        async with Database(_url(), max_size=1) as db:
            at = parse_now(now) if now else SystemClock().now()
            return await run_round(db, now=at, rules=connection_rules(settings()), dry_run=dry_run)

    console = Console()
    for line in describe_round(asyncio.run(go())):
        console.print(line, markup=False, highlight=False)


@retention_app.command("run")
def retention_run(
    now: Annotated[str | None, typer.Option(help="ISO instant (default: now)")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="count only, delete nothing")] = False,
) -> None:
    """Delete what is older than its retention period; print the count per table."""
    from bot.nudges import parse_now
    from bot.settings import load_settings as settings
    from engine.ports import SystemClock

    async def go() -> dict[str, int]:
        async with Database(_url(), max_size=1) as db:
            at = parse_now(now) if now else SystemClock().now()
            return await purge_expired_data(
                db, at, periods=retention_periods(settings()), dry_run=dry_run
            )

    counts = asyncio.run(go())
    verb = "would delete" if dry_run else "deleted"
    console = Console()
    for table, count in counts.items():
        console.print(f"{table}: {verb} {count}", markup=False, highlight=False)


def add_jobs(scheduler: Any, db: Database, clock: Clock, settings: Settings) -> None:
    """Add the weekly round and the nightly purge to the worker's `AsyncIOScheduler`."""
    rules, periods = connection_rules(settings), retention_periods(settings)

    async def round_job() -> None:
        try:
            result = await run_round(db, now=clock.now(), rules=rules)
        except Exception:
            log.exception("connection round failed")
            return
        log.info(
            "connection round %s: %d stored, %d expired",
            result.round_key,
            result.stored,
            result.expired,
        )

    async def retention_job() -> None:
        try:
            expired = await expire_open_suggestions(db, clock.now())
            counts = await purge_expired_data(db, clock.now(), periods=periods)
        except Exception:
            log.exception("retention purge failed")
            return
        log.info("retention purge: %s; %d suggestions expired", counts, expired)  # counts only

    scheduler.add_job(
        round_job, "cron", day_of_week="mon", hour=9, id="connections.round", replace_existing=True
    )
    scheduler.add_job(
        retention_job, "cron", hour=3, minute=30, id="retention.purge", replace_existing=True
    )
