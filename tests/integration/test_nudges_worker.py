"""The worker's wiring: the APScheduler jobs plan and send by themselves; the CLI pieces print."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, time, timedelta
from typing import Any

import psycopg
import pytest

from bot.nudges import NudgeScheduler, list_command, tick_command
from engine.clock import VirtualClock
from engine.messages import Platform
from engine.store.database import Database
from tests.fakes.gateway import CountingGateway
from tests.integration.test_nudges_seed import daily_program, seed_enrolments

START = datetime(2026, 6, 1, tzinfo=UTC)


def _seed(pg_url: str) -> int:
    with psycopg.connect(pg_url, autocommit=True) as conn:
        program = daily_program(conn)
        [enrolment] = seed_enrolments(conn, program, count=1, started_at=START)
    return enrolment


async def test_the_scheduler_plans_and_dispatches_on_its_own(pg_url: str) -> None:
    enrolment = _seed(pg_url)
    gateway = CountingGateway()
    async with Database(pg_url, max_size=4) as db:
        scheduler = NudgeScheduler(
            db,
            {Platform.SLACK: gateway},
            VirtualClock(datetime(2026, 6, 10, 9, 31, tzinfo=UTC)),
            plan_every=timedelta(seconds=0.2),
            dispatch_every=timedelta(seconds=0.1),
        )
        jobs = {}
        scheduler.start()
        try:
            jobs = {job.id: job for job in scheduler.scheduler.get_jobs()}
            for _ in range(100):
                if gateway.delivered:
                    break
                await asyncio.sleep(0.05)
            await asyncio.sleep(0.5)  # more ticks: still one delivery
        finally:
            scheduler.shutdown()
    assert set(jobs) == {"nudges.plan", "nudges.dispatch", "housekeeping"}
    assert all(job.coalesce and job.max_instances == 1 for job in jobs.values())
    assert gateway.counts() == {f"checkin:{enrolment}:2026-06-10": 1}


def test_cli_tick_and_list_print_the_outbox(
    pg_url: str, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    enrolment = _seed(pg_url)
    monkeypatch.setenv("DATABASE_URL", pg_url)
    monkeypatch.setenv("COLUMNS", "200")
    for name in ("SLACK_BOT_TOKEN", "SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET", "DISCORD_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    tick_command("2026-06-10T09:31:00Z")
    out = capsys.readouterr().out
    assert "planned: 1 check-in" in out
    # No gateway is configured: the nudge stays pending for a worker that has one.
    assert "dispatched: 0 claimed" in out
    list_command("pending")
    out = capsys.readouterr().out
    assert f"checkin:{enrolment}:2026-06-10" in out and "pending" in out


def test_the_worker_process_plans_and_stops_cleanly_on_sigterm(pg_url: str, tmp_path: Any) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time as _time

    with psycopg.connect(pg_url, autocommit=True) as conn:
        program = daily_program(conn, time(0, 0))
        seed_enrolments(conn, program, count=1, started_at=START)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DISCORD_"))}
    env.update(DATABASE_URL=pg_url, COACHBOT_DATA_DIR=str(tmp_path))
    launched = datetime.now(UTC)
    worker = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import asyncio; from bot.settings import Settings; from bot.worker import run_worker;"
            " asyncio.run(run_worker(Settings()))",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = _time.time() + 20
        planned = 0
        while _time.time() < deadline and not planned:
            _time.sleep(0.2)
            with psycopg.connect(pg_url) as conn:
                planned = conn.execute("SELECT count(*) FROM nudges").fetchone()[0]
        # Today's 00:00 reminder, planned by the scheduler's first run (in the five minutes
        # before midnight UTC, tomorrow's is inside the planning horizon too).
        with psycopg.connect(pg_url) as conn:
            dates = {
                r[0].rsplit(":", 1)[1] for r in conn.execute("SELECT idempotency_key FROM nudges")
            }
        possible = {launched.date(), (datetime.now(UTC) + timedelta(minutes=5)).date()}
        assert planned >= 1 and dates <= {d.isoformat() for d in possible}, dates
        worker.send_signal(signal.SIGTERM)
        output, _ = worker.communicate(timeout=15)
    finally:
        if worker.poll() is None:
            worker.kill()
    assert worker.returncode == 0, output
