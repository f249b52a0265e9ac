"""`coachbot report`: the analytics in the terminal (rich tables), or as JSON or CSV.

Also `coachbot admin hash-password`, which makes the ADMIN_PASSWORD_HASH for the dashboard.
"""

from __future__ import annotations

import asyncio
import csv
import dataclasses
import json
import sys
from collections.abc import Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from engine import analytics as a


class ReportFormat(StrEnum):
    text = "text"
    json = "json"
    csv = "csv"


# Section name -> (title, the fields that name a group rather than measure it).
SECTIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "overview": ("Overview", ()),
    "week_funnel": ("Funnel by week", ("program", "week")),
    "step_funnel": ("Funnel by step", ("program", "week", "position", "step_key", "step_type")),
    "drop_off": ("Drop-off by step", ("program", "week", "position", "step_key", "step_type")),
    "field_drop_off": ("Drop-off by profile field", ("program", "step_key", "field")),
    "week_durations": ("Median time per week (hours)", ("program", "week")),
    "step_attempts": ("Attempts and forced progressions", ("program", "week", "step_key")),
    "wellbeing": ("Mood and goal progress (cohort averages)", ("program", "week")),
    "engagement": ("Engagement score distribution", ("low", "high")),
    "nudges": ("Nudge outcomes", ("kind",)),
    "connections": ("Colleague connections by reason", ("reason_type",)),
    "conversation_ratings": ("Conversation step ratings (1-5)", ("program", "step_key")),
    "scenarios": ("Scenario practice: completion", ("program", "step_key")),
    "scenes": ("Scenario scenes: score, hints, forced", ("program", "step_key", "scene_key")),
    "scenario_reviews": ("Scenario reviews (1-5)", ("program", "scope")),
    "llm_usage": ("LLM usage", ("program",)),
    "llm_cost_by_day": ("LLM cost per day", ("day",)),
    "variants": ("Prompt variants (A/B)", ("program", "variant")),
}
HIDDEN_FIELDS = {"people", "active_people"}


async def gather(url: str, filters: a.Filters, *, now: datetime) -> dict[str, Any]:
    """Every analytics section for `filters`, as lists of result rows (or one row)."""
    from engine.store.database import Database

    async with Database(url, max_size=1) as db, db.transaction() as conn:
        await conn.execute("SET TRANSACTION READ ONLY")
        engagement = await a.engagement_distribution(conn, filters, now=now)
        return {
            "overview": [await a.overview(conn, filters)],
            "week_funnel": await a.week_funnel(conn, filters),
            "step_funnel": await a.step_funnel(conn, filters),
            "drop_off": await a.drop_off(conn, filters, now=now),
            "field_drop_off": await a.field_drop_off(conn, filters, now=now),
            "week_durations": await a.week_durations(conn, filters),
            "step_attempts": await a.step_attempts(conn, filters),
            "wellbeing": await a.wellbeing_trend(conn, filters),
            "engagement": list(engagement.buckets),
            "engagement_quartiles": {
                "people": engagement.people,
                "p25": engagement.p25,
                "median": engagement.median,
                "p75": engagement.p75,
            },
            "nudges": await a.nudge_outcomes(conn, filters),
            "connections": await a.connection_outcomes(conn, filters),
            "conversation_ratings": await a.conversation_ratings(conn, filters),
            "scenarios": await a.scenario_completion(conn, filters),
            "scenes": await a.scene_outcomes(conn, filters),
            "scenario_reviews": await a.scenario_reviews(conn, filters),
            "llm_usage": await a.llm_usage(conn, filters),
            "llm_cost_by_day": await a.llm_cost_by_day(conn, filters),
            "variants": await a.variant_comparison(conn, filters),
        }


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _rows(items: Sequence[Any]) -> list[dict[str, Any]]:
    """Result rows as plain dicts, without raw group sizes (except a histogram's counts)."""
    return [
        {
            k: _plain(v)
            for k, v in dataclasses.asdict(item).items()
            if k not in HIDDEN_FIELDS or isinstance(item, a.EngagementBucket)
        }
        for item in items
    ]


def to_json(report: dict[str, Any], filters: a.Filters) -> str:
    body: dict[str, Any] = {
        "program": filters.program,
        "since": _plain(filters.since),
        "privacy_min": a.PRIVACY_MIN,
        "note": f"null means {a.SUPPRESSED}",
    }
    for name in SECTIONS:
        body[name] = _rows(report[name])
    body["overview"] = body["overview"][0]
    body["engagement"] = {**report["engagement_quartiles"], "buckets": body["engagement"]}
    return json.dumps(body, indent=2)


def write_csv(report: dict[str, Any], out: Any) -> None:
    """One tidy table: section, group (key=value pairs), metric, value, suppressed."""
    writer = csv.writer(out)
    writer.writerow(["section", "group", "metric", "value", "suppressed"])
    for name, (_, dims) in SECTIONS.items():
        for row in _rows(report[name]):
            group = " ".join(f"{d}={row[d]}" for d in dims)
            for metric, value in row.items():
                if metric not in dims:
                    writer.writerow(
                        [
                            name,
                            group,
                            metric,
                            "" if value is None else value,
                            "true" if value is None else "false",
                        ]
                    )
    for metric, value in report["engagement_quartiles"].items():
        writer.writerow(
            [
                "engagement",
                "",
                metric,
                "" if value is None else value,
                "true" if value is None else "false",
            ]
        )


def print_text(report: dict[str, Any], filters: a.Filters, console: Console) -> None:
    scope = filters.program or "all programs"
    if filters.since:
        scope += f", since {filters.since.date().isoformat()}"
    console.print(
        f"[bold]Coachbot report[/] ({scope}). Groups of fewer than "
        f"{a.PRIVACY_MIN} people are hidden."
    )
    for name, (title, dims) in SECTIONS.items():
        rows = _rows(report[name])
        caption = None
        if name == "engagement" and report["engagement_quartiles"]["median"] is not None:
            q = report["engagement_quartiles"]
            caption = f"quartiles {q['p25']:g} / {q['median']:g} / {q['p75']:g}"
        if not rows:
            console.print(f"\n[bold]{title}[/]: no data")
            continue
        table = Table(title=title, title_justify="left", title_style="bold", caption=caption)
        for column in rows[0]:
            if column in dims:
                table.add_column(column.replace("_", " "), justify="left")
            else:
                table.add_column(column.replace("_", " "), justify="right")
        for row in rows:
            table.add_row(*_cells(row, dims))
        console.print()
        console.print(table)


def _cells(row: dict[str, Any], dims: tuple[str, ...]) -> list[str]:
    """A hidden group says so once, in its first figure's cell."""
    cells: list[str] = []
    said = False
    for key, value in row.items():
        if key in dims or value is not None:
            cells.append(str(value))
        elif not said:
            cells.append(f"[dim]{a.SUPPRESSED}[/]")
            said = True
        else:
            cells.append("[dim]·[/]")
    return cells


def report_command(
    program: str | None = typer.Option(None, "--program", "-p", help="a program slug"),
    since: datetime | None = typer.Option(
        None, "--since", formats=["%Y-%m-%d"], help="enrolments started (and events) since"
    ),
    output_format: ReportFormat = typer.Option(ReportFormat.text, "--format", "-f"),
) -> None:
    """Analytics: funnels, drop-off, check-ins, engagement, nudges, connections, scenarios,
    LLM cost, A/B variants."""
    from bot.database import resolve_url
    from bot.settings import load_settings

    settings = load_settings()
    url = resolve_url(settings.database_url, settings.coachbot_data_dir)
    filters = a.Filters(program=program, since=since.replace(tzinfo=UTC) if since else None)
    report = asyncio.run(gather(url, filters, now=datetime.now(UTC)))
    if output_format is ReportFormat.json:
        print(to_json(report, filters))
    elif output_format is ReportFormat.csv:
        write_csv(report, sys.stdout)
    else:
        print_text(report, filters, Console())


admin_app = typer.Typer(help="Admin dashboard helpers.", no_args_is_help=True)


@admin_app.command("hash-password")
def hash_password_command(
    password: str = typer.Option(
        ...,
        prompt="Admin password",
        hide_input=True,
        confirmation_prompt=True,
        help="read from a prompt when not given",
    ),
) -> None:
    """Print an ADMIN_PASSWORD_HASH (scrypt) for the dashboard login."""
    from adapters.web.admin.auth import hash_password

    print(hash_password(password))
