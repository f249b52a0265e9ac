"""The "< 5 hidden" rule against the differencing attack, on the live dashboard.

Ten people start in the week of Monday 9 November 2026 and feel fine (mood 8); one
person started two days earlier, on Saturday 7 November, and feels terrible (mood 1).
Before the guard, `since=2026-11-07` (11 people) minus `since=2026-11-08` (10 people)
gave the eleventh person's mood: 11 x avg11 - 10 x 8.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from engine.analytics import Filters, differencing_safe, guarded
from engine.analytics import wellbeing_trend as trend
from engine.store.database import Connection
from tests.web.live import run_db, seeded_dashboard
from tests.web.seed import PILOT, check_in, enrol, program

VICTIM_START = datetime(2026, 11, 7, 10, 0, tzinfo=UTC)  # a Saturday
COHORT_START = datetime(2026, 11, 9, 10, 0, tzinfo=UTC)  # the Monday after


async def _seed(conn: Connection) -> None:
    from engine.programs.sync import sync_programs

    await sync_programs(conn, [program(PILOT)])
    for n in range(10):
        started = COHORT_START + timedelta(hours=n)
        p = await enrol(
            conn, "pilot", f"fine{n}", status="active", week=2, step=0,
            started=started, last_activity=started,
        )  # fmt: skip
        await check_in(conn, p, 1, started + timedelta(days=1), 8, 50)
    victim = await enrol(
        conn, "pilot", "victim", status="active", week=2, step=0,
        started=VICTIM_START, last_activity=VICTIM_START,
    )  # fmt: skip
    await check_in(conn, victim, 1, VICTIM_START + timedelta(days=1), 1, 0)


@pytest.fixture
def dashboard(pg_url: str) -> Iterator[httpx.Client]:
    with seeded_dashboard(pg_url, _seed) as client:
        yield client


def _moods(html: str) -> list[str]:
    """The mood column of the wellbeing table (numbers, or the hidden placeholder)."""
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return re.findall(r'<td class="num">([0-9.]+)</td>|fewer than 5 people', body)


def test_day_cut_points_collapse_into_the_same_week(dashboard: httpx.Client) -> None:
    saturday = dashboard.get("/admin/wellbeing?program=pilot&since=2026-11-07").text
    sunday = dashboard.get("/admin/wellbeing?program=pilot&since=2026-11-08").text
    assert _moods(saturday) == _moods(sunday)
    assert 'value="2026-11-02"' in saturday  # shown as the Monday it snapped to


def test_neighbouring_weeks_that_differ_by_one_person_are_both_hidden(
    dashboard: httpx.Client,
) -> None:
    everyone = dashboard.get("/admin/wellbeing?program=pilot").text
    week_before = dashboard.get("/admin/wellbeing?program=pilot&since=2026-11-02").text
    week_of = dashboard.get("/admin/wellbeing?program=pilot&since=2026-11-09").text
    assert "7.4" in everyone  # the unfiltered average (8 x 10 + 1) / 11 is shown
    assert "7.4" not in week_before and "fewer than 5 people" in week_before
    assert "8.0" not in week_of and "fewer than 5 people" in week_of


def test_far_cohorts_that_do_not_expose_anyone_stay_visible(pg_url: str) -> None:
    async def read(conn: Connection) -> list[object]:
        # Weeks with nobody starting: the cohort equals its neighbours and the unfiltered.
        await _seed(conn)
        return list(await guarded(trend, conn, Filters(program="pilot", since=datetime(
            2026, 10, 19, tzinfo=UTC))))  # fmt: skip

    (row,) = run_db(pg_url, read)
    assert getattr(row, "mood_avg", None) == pytest.approx(7.36, abs=0.01)


def test_a_row_missing_next_door_counts_as_zero_people() -> None:
    from engine.analytics import WellbeingRow

    row = WellbeingRow("pilot", 3, 5.0, 40.0, 6, 6)
    assert differencing_safe([row], [[]]) == [row]  # 6 people against 0: not a small group
    small = WellbeingRow("pilot", 3, 5.0, 40.0, 9, 7)
    (hidden,) = differencing_safe([small], [[WellbeingRow("pilot", 3, 5.0, 40.0, 8, 5)]])
    assert hidden.mood_avg is None and hidden.suppressed
