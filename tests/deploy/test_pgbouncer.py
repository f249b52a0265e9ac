"""The runtime through PgBouncer in transaction mode (Debian's package, on loopback).

The turn, the nudge planner/dispatcher and the Slack end-to-end tests are rerun, unchanged,
in a child pytest whose `pg_url` goes through PgBouncer (see `tests.db.through_pooler`).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from bot.database import sqlalchemy_url, use_pooler_safe_sqlalchemy
from engine.store.database import Database, behind_pooler
from tests.db import server_url
from tests.deploy.pgbouncer import Bouncer, pgbouncer_binary, run_pgbouncer

ROOT = Path(__file__).resolve().parents[2]
REUSED = (
    "tests/integration/test_engine_turns.py",
    "tests/integration/test_nudges_planner.py",
    "tests/integration/test_nudges_dispatch.py",
    "tests/adapters/test_slack_with_engine.py",
)

# Planning 100k enrolments is about the planner's statements, not the pooler, and takes
# half a minute: it runs once, in the direct suite.
SKIPPED = (
    "--deselect",
    "tests/integration/test_nudges_planner.py::test_planning_100k_enrolments_is_a_handful_of_statements",
)


@pytest.fixture(scope="module")
def bouncer() -> Iterator[Bouncer]:
    if pgbouncer_binary() is None:
        if os.environ.get("REQUIRE_PGBOUNCER"):
            pytest.fail("REQUIRE_PGBOUNCER is set but pgbouncer is not installed")
        pytest.skip("pgbouncer is not installed (apt-get install -y pgbouncer; .ci/run does it)")
    with run_pgbouncer(server_url()) as running:
        yield running


def _via(bouncer: Bouncer, pg_url: str) -> str:
    dbname = psycopg.conninfo.conninfo_to_dict(pg_url)["dbname"]
    return f"postgresql://postgres@{bouncer.address}/{dbname}"


async def _same_query_in_ten_transactions(db: Database) -> None:
    for i in range(10):
        async with db.transaction() as conn:
            await conn.execute("SELECT %s::int + 1 AS n", (i,))


async def test_automatic_prepared_statements_break_behind_a_transaction_pooler(
    bouncer: Bouncer, pg_url: str
) -> None:
    # The control: with psycopg's default (prepare after 5 runs) the pooler loses them.
    async with Database(_via(bouncer, pg_url), max_size=2, pgbouncer="off") as db:
        with pytest.raises(psycopg.errors.InvalidSqlStatementName):
            await _same_query_in_ten_transactions(db)


@pytest.mark.parametrize("mode", ["transaction", "auto"])
async def test_prepared_statements_are_off_through_pgbouncer(
    bouncer: Bouncer, pg_url: str, mode: str
) -> None:
    async with Database(_via(bouncer, pg_url), max_size=2, pgbouncer=mode) as db:  # type: ignore[arg-type]
        await _same_query_in_ten_transactions(db)


async def test_a_pooler_is_detected_and_a_direct_server_is_not(
    bouncer: Bouncer, pg_url: str
) -> None:
    direct = await psycopg.AsyncConnection.connect(server_url())
    pooled = await psycopg.AsyncConnection.connect(_via(bouncer, pg_url))
    try:
        assert await behind_pooler(direct) is False
        assert await behind_pooler(pooled) is True
    finally:
        await direct.close()
        await pooled.close()


def test_turn_nudge_and_slack_tests_pass_through_pgbouncer(bouncer: Bouncer) -> None:
    env = {**os.environ, "TEST_PGBOUNCER": bouncer.address}
    env.pop("PYTEST_XDIST_WORKER", None)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x", *REUSED, *SKIPPED],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=280,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert re.search(r"\d+ passed", result.stdout)
    assert "skipped" not in result.stdout.splitlines()[-1]
    through = sum(
        s.get("total_xact_count", 0)
        for name, s in bouncer.stats().items()
        if name.startswith("coachbot_test_")
    )
    assert through > 200, "the child tests did not go through PgBouncer"


SESSION_STATE = re.compile(
    r"""pg_(try_)?advisory_lock(_shared)?\s*\("""  # session advisory locks outlive the transaction
    r"""|["']\s*(LISTEN|UNLISTEN)\b"""  # a notification channel pins one server connection
    # a session SET outlives the transaction; SET LOCAL / SET TRANSACTION do not
    r"""|["']\s*SET\s+(?!LOCAL\b|TRANSACTION\b|NULL\b|DEFAULT\b)"""
    r"""|set_config\([^)]*,\s*false\s*\)"""
    # Case-sensitive: the SQL here is written in capitals, and prose ("Set your...") is not SQL.
)


def test_runtime_sql_keeps_no_session_state() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for package in ("engine", "bot", "adapters")
        for path in sorted((ROOT / package).rglob("*.py"))
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if SESSION_STATE.search(line)
    ]
    assert offenders == [], "\n".join(offenders)


def test_the_session_state_check_catches_what_it_should() -> None:
    caught = [
        'conn.execute("SELECT pg_advisory_lock(%s)", (1,))',
        'await conn.execute("LISTEN nudges")',
        "conn.execute(\"SET statement_timeout = '5s'\")",
        "SELECT set_config('app.user', '1', false)",
    ]
    allowed = [
        'conn.execute("SELECT pg_advisory_xact_lock(%s)", (1,))',
        "conn.execute(\"SET LOCAL statement_timeout = '5s'\")",
        'conn.execute("SET TRANSACTION READ ONLY")',
        "UPDATE nudges SET status = 'sent'",
        'ForeignKey("goals.id", ondelete="SET NULL")',
        "SELECT set_config('jit', 'off', true)",
    ]
    assert all(SESSION_STATE.search(line) for line in caught)
    assert not any(SESSION_STATE.search(line) for line in allowed)


async def test_sqlalchemy_engines_follow_the_same_rule(bouncer: Bouncer, pg_url: str) -> None:
    # The Slack OAuth installation store builds its own SQLAlchemy engine.
    use_pooler_safe_sqlalchemy("auto")
    engine = create_async_engine(sqlalchemy_url(_via(bouncer, pg_url)), pool_size=1)
    try:
        for i in range(10):
            async with engine.begin() as conn:
                await conn.execute(text("SELECT :n + 1"), {"n": i})
    finally:
        await engine.dispose()
