"""`coachbot report` over the hand-computed pilot cohort, in text, JSON and CSV."""

from __future__ import annotations

import csv
import io
import json
from concurrent.futures import ThreadPoolExecutor

import pytest
import typer
from typer.testing import CliRunner, Result

from adapters.web.admin.auth import verify_password
from bot.report import admin_app, report_command
from tests.web.live import run_db
from tests.web.seed import seed_pilot


@pytest.fixture
def seeded(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    run_db(pg_url, seed_pilot)
    monkeypatch.setenv("DATABASE_URL", pg_url)
    return pg_url


def cli() -> typer.Typer:
    """The two registrations bot/cli.py makes."""
    app = typer.Typer()
    app.command("report")(report_command)
    app.add_typer(admin_app, name="admin")
    return app


def report(*args: str) -> Result:
    # asyncio.run on a thread of its own, away from the test session's event loop.
    with ThreadPoolExecutor(max_workers=1) as pool:
        result = pool.submit(CliRunner().invoke, cli(), ["report", *args]).result()
    assert result.exit_code == 0, result.output
    return result


def test_json_report_carries_the_figures_and_nulls_for_small_groups(seeded: str) -> None:
    body = json.loads(report("--program", "pilot", "--format", "json").stdout)
    assert body["program"] == "pilot" and body["privacy_min"] == 5
    assert body["overview"]["enrolments"] == 13 and body["overview"]["completed"] == 6
    assert [(r["week"], r["reached"], r["completed"]) for r in body["week_funnel"]] == [
        (1, 13, 7),
        (2, 7, 6),
    ]
    assert body["llm_usage"][0]["cost_usd"] == "0.180000"
    assert body["engagement"]["median"] == 0.0 and body["engagement"]["p75"] == 66.0
    nudges = {r["kind"]: r for r in body["nudges"]}
    assert nudges["check_in"]["answered_24h"] == 4 and nudges["week_unlocked"]["sent"] is None
    assert all("people" not in r for r in body["week_funnel"])  # no raw group sizes


def test_csv_report_is_one_tidy_table(seeded: str) -> None:
    rows = list(csv.DictReader(io.StringIO(report("--format", "csv").stdout)))
    assert set(rows[0]) == {"section", "group", "metric", "value", "suppressed"}
    funnel = {
        (r["group"], r["metric"]): (r["value"], r["suppressed"])
        for r in rows
        if r["section"] == "week_funnel"
    }
    assert funnel[("program=pilot week=1", "reached")] == ("13", "false")
    assert funnel[("program=tiny week=1", "reached")] == ("", "true")


def test_text_report_shows_tables_and_the_placeholder(seeded: str) -> None:
    out = report("--program", "pilot", "--since", "2026-11-01").stdout
    assert "Funnel by week" in out and "Nudge outcomes" in out
    assert "fewer than 5 people" in out


def test_hash_password_command_makes_a_hash_the_login_accepts() -> None:
    result = CliRunner().invoke(
        cli(), ["admin", "hash-password"], input="s3cret passphrase\ns3cret passphrase\n"
    )
    assert result.exit_code == 0, result.output
    stored = result.stdout.strip().splitlines()[-1]
    assert stored.startswith("scrypt$16384$8$1$")
    assert verify_password("s3cret passphrase", stored) and not verify_password("nope", stored)


def test_conversation_ratings_are_reported_with_small_groups_hidden(seeded: str) -> None:
    from tests.web.test_knowledge_page import _seed

    run_db(seeded, _seed)
    body = json.loads(report("--format", "json").stdout)
    rows = {r["program"]: r for r in body["conversation_ratings"]}
    assert rows["pilot"]["rating_avg"] == 4.17 and rows["pilot"]["rated"] == 6
    assert rows["tiny"]["rating_avg"] is None and rows["tiny"]["sessions"] is None
    assert "Conversation step ratings" in report().stdout
