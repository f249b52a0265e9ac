"""The scenarios and connections pages of the live dashboard: aggregates worked out by hand,
groups under five hidden, and a cohort that differs from its neighbour by one person hidden
too (the differencing attack of tests/web/test_differencing.py, on scenario scores).

The cohort: six people start in the week of Monday 9 November 2026 and practise the
scenario `talk` (scenes `open`, then `close`); one more person starts on Saturday
7 November, and is forced through `open` with a score of 0.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
import typer
from psycopg.types.json import Jsonb
from typer.testing import CliRunner

from bot.report import admin_app, report_command
from engine import analytics as a
from engine.store.database import Connection
from tests.web.live import run_db, seeded_dashboard
from tests.web.seed import Person, enrol, program

VICTIM_START = datetime(2026, 11, 7, 10, 0, tzinfo=UTC)  # a Saturday
COHORT_START = datetime(2026, 11, 9, 10, 0, tzinfo=UTC)  # the Monday after

REHEARSE = {
    "slug": "rehearse",
    "title": "Rehearse",
    "weeks": [
        {
            "title": "Practice",
            "steps": [
                {
                    "key": "talk",
                    "type": "scenario",
                    "prompt": "Let's rehearse. Type `hint` any time.",
                    "persona": {"name": "Kim", "role": "Manager"},
                    "scenes": [
                        {
                            "key": "open",
                            "title": "Opening",
                            "objective": "Say what you want.",
                            "criteria": [{"key": "ask", "check": "asks", "keywords": ["ask"]}],
                        },
                        {
                            "key": "close",
                            "title": "Closing",
                            "objective": "Agree a next step.",
                            "criteria": [{"key": "next", "check": "next step"}],
                        },
                    ],
                }
            ],
        }
    ],
}


async def _scene(
    conn: Connection,
    p: Person,
    scene: str,
    started: datetime,
    *,
    score: float,
    passed: bool = False,
    forced: bool = False,
    hints: int = 0,
) -> None:
    ended = started + timedelta(minutes=5) if passed or forced else None
    await conn.execute(
        "INSERT INTO scene_progress (enrolment_id, user_id, step_key, scene_key, attempts,"
        " hints_used, criteria, turns, score, passed, forced, started_at, ended_at)"
        " VALUES (%s, %s, 'talk', %s, 2, %s, %s, '[]', %s, %s, %s, %s, %s)",
        (p.enrolment_id, p.user_id, scene, hints, Jsonb({}), score, passed, forced, started, ended),
    )


async def _review(conn: Connection, p: Person, scope: str, rating: int) -> None:
    await conn.execute(
        "INSERT INTO scenario_reviews (enrolment_id, user_id, program_id, scope, rating)"
        " SELECT id, user_id, program_id, %s, %s FROM enrolments WHERE id = %s",
        (scope, rating, p.enrolment_id),
    )


async def _seed(conn: Connection) -> None:
    from engine.programs.sync import sync_programs

    await sync_programs(conn, [program(REHEARSE)])

    async def person(name: str, started: datetime) -> Person:
        return await enrol(
            conn, "rehearse", name, status="active", week=1, step=0,
            started=started, last_activity=started, weeks_total=1,
        )  # fmt: skip

    for n in range(6):
        started = COHORT_START + timedelta(hours=n)
        p = await person(f"p{n}", started)
        if n < 5:  # five pass the opening, two of them after a hint
            await _scene(conn, p, "open", started, score=1.0, passed=True, hints=int(n < 2))
        else:  # one is forced forward having met a third of the weight, after a hint
            await _scene(conn, p, "open", started, score=1 / 3, forced=True, hints=1)
        # three finish the closing scene; three are still in it
        await _scene(conn, p, "close", started + timedelta(hours=1), score=1.0, passed=n < 3)
        await _review(conn, p, "talk", [4, 5, 3, 4, 4, 4][n])
        if n < 2:
            await _review(conn, p, "", 2)  # two rate the whole program: too few to show
    victim = await person("victim", VICTIM_START)
    await _scene(conn, victim, "open", VICTIM_START, score=0.0, forced=True)


@pytest.fixture
def dashboard(pg_url: str) -> Iterator[httpx.Client]:
    with seeded_dashboard(pg_url, _seed) as client:
        yield client


def _table(html: str, heading: str) -> list[list[str]]:
    """The body rows of the table after `heading`, as cell texts."""
    section = html.split(heading, 1)[1].split("</table>", 1)[0]
    body = section.split("<tbody>", 1)[1]
    rows = re.findall(r"<tr>(.*?)</tr>", body, re.S)
    return [[re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", r, re.S)]
            for r in rows]  # fmt: skip


def test_the_scenarios_page_shows_completion_scores_hints_forced_and_reviews(
    dashboard: httpx.Client,
) -> None:
    html = dashboard.get("/admin/scenarios?program=rehearse").text
    scenes = {row[2]: row for row in _table(html, "<h2>Per scene</h2>")}
    # open: 7 people; scores (5 x 1 + 1/3 + 0) / 7; 3 of 7 hinted; 2 of 7 forced
    assert scenes["open"][3:] == ["7", "7", "76.2 %", "2.0", "71.4 %", "42.9 %", "28.6 %"]
    # close: 6 people, 3 ended (all passed), nobody hinted or forced
    assert scenes["close"][3:] == ["6", "3", "100.0 %", "2.0", "100.0 %", "0.0 %", "0.0 %"]
    [completion] = _table(html, "<h2>Completion</h2>")
    # 7 started; the 3 who ended both scenes averaged (1 + 1) / 2 each
    assert completion[2:] == ["7", "3", "42.9 %", "100.0 %", "0"]
    reviews = {row[1]: row for row in _table(html, "<h2>Reviews</h2>")}
    assert reviews["talk"][2:] == ["6", "4.0"]
    assert "fewer than 5 people" in reviews["the whole program"][2]
    assert 'id="scene-chart"' in html


def test_a_cohort_one_person_away_from_its_neighbour_is_hidden(dashboard: httpx.Client) -> None:
    everyone = dashboard.get("/admin/scenarios?program=rehearse").text
    week_of = dashboard.get("/admin/scenarios?program=rehearse&since=2026-11-09").text
    week_before = dashboard.get("/admin/scenarios?program=rehearse&since=2026-11-02").text
    assert "76.2 %" in everyone
    for cohort in (week_of, week_before):  # 6 vs 7 people: the victim's score would show
        opening = {row[2]: row for row in _table(cohort, "<h2>Per scene</h2>")}["open"]
        assert "fewer than 5 people" in opening[3]
    # the closing scene had the same six people in every cohort: nobody to expose
    closing = {row[2]: row for row in _table(week_of, "<h2>Per scene</h2>")}["close"]
    assert closing[5] == "100.0 %"


def test_the_report_carries_the_scenario_figures(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def read(conn: Connection) -> tuple[list[Any], list[Any], list[Any]]:
        await _seed(conn)
        f = a.Filters(program="rehearse")
        return (
            await a.scenario_completion(conn, f),
            await a.scene_outcomes(conn, f),
            await a.scenario_reviews(conn, f),
        )

    completion, scenes, reviews = run_db(pg_url, read)
    monkeypatch.setenv("DATABASE_URL", pg_url)
    app = typer.Typer()
    app.command("report")(report_command)
    app.add_typer(admin_app, name="admin")  # two commands: `report` is a subcommand
    args = ["report", "--program", "rehearse", "--format", "json"]
    with ThreadPoolExecutor(max_workers=1) as pool:  # asyncio.run away from the test's loop
        result = pool.submit(CliRunner().invoke, app, args).result()
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    assert [(s["scene_key"], s["avg_score"]) for s in body["scenes"]] == [
        ("open", 0.7619),
        ("close", 1.0),
    ]
    assert body["scenarios"][0]["completed"] == 3
    assert {r["scope"]: r["avg_rating"] for r in body["scenario_reviews"]} == {
        "": None,
        "talk": 4.0,
    }
    assert [(r.step_key, r.started, r.completed, r.forced_scenes) for r in completion] == [
        ("talk", 7, 3, 0)
    ]
    assert [r.scene_key for r in scenes] == ["open", "close"]
    assert {r.scope: (r.reviews, r.avg_rating) for r in reviews} == {
        "": (None, None),
        "talk": (6, 4.0),
    }


async def _connections(conn: Connection) -> None:
    cur = await conn.execute("SELECT coalesce(max(id), 0) AS n FROM users")
    start = int((await cur.fetchone() or {"n": 0})["n"])
    ids = [start + i + 1 for i in range(6)]
    for uid in ids:
        await conn.execute("INSERT INTO users (id) VALUES (%s)", (uid,))
    made = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
    statuses = ["connected", "connected", "declined", "expired", "viewed", "connected"]
    for n, status in enumerate(statuses):
        x, y = ids[n % 6], ids[(n + 1) % 6]
        await conn.execute(
            "INSERT INTO connection_suggestions (workspace, round_key, user_a, user_b,"
            " reason_type, explanation, a_intro, b_intro, status, a_met, expires_at,"
            " created_at) VALUES ('w', %s, %s, %s, 'expertise_match', '', '', '', %s, %s,"
            " %s, %s)",
            (f"r{n}", min(x, y), max(x, y), status, n == 0, made + timedelta(days=14), made),
        )
    await conn.execute(
        "INSERT INTO connection_suggestions (workspace, round_key, user_a, user_b,"
        " reason_type, explanation, a_intro, b_intro, status, expires_at, created_at)"
        " VALUES ('w', 'x', %s, %s, 'similar_challenge', '', '', '', 'declined', %s, %s)",
        (ids[0], ids[1], made + timedelta(days=14), made),
    )


def test_the_connections_page_shows_outcomes_by_reason(pg_url: str) -> None:
    with seeded_dashboard(pg_url, _connections) as client:
        html = client.get("/admin/connections").text
    table = {row[0]: row for row in _table(html, "What became of colleague suggestions")}
    # 6 suggestions among 6 people: 3 accepted, 1 declined, 1 expired, 1 open; 1 of 3 met
    assert table["expertise match"][1:] == ["6", "3", "1", "1", "1", "1", "33.3 %"]
    assert "fewer than 5 people" in table["similar challenge"][1]  # two people
    assert 'id="connection-chart"' in html
