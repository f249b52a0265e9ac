"""Analytics queries on a seeded cohort, checked against figures worked out by hand.

The cohort (tests/web/seed.py `seed_pilot`), program `pilot` of two weeks,
steps 1.0 profile (extract: name, role), 1.1 mood, 1.2 goal, 2.0 check, 2.1 reflect:
- u1-u6 completed (variants A A A B B B); u7-u11 abandoned at 1.0 (A A A B B); u7 and u8
  gave their name, nobody gave a role;
- u12 (A) active at 1.2 but silent for 30 days; u13 (B) active at 2.0, seen yesterday;
- program `tiny` has two people only, so everything about it is hidden.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from decimal import Decimal

import pytest

from engine import analytics as a
from engine.analytics import Filters
from engine.programs.catalog import PromptBook
from engine.store.database import Database
from engine.store.postgres import PostgresTurnStore
from tests.web.seed import NOW, Person, seed_pilot

PILOT = Filters(program="pilot")


@pytest.fixture
async def db(pg_url: str) -> AsyncIterator[Database]:
    database = Database(pg_url, max_size=2)
    await database.open()
    yield database
    await database.close()


@pytest.fixture
async def people(db: Database) -> dict[str, Person]:
    async with db.transaction() as conn:
        return await seed_pilot(conn)


async def test_overview_counts_the_cohort_and_hides_a_program_of_two(
    db: Database, people: dict[str, Person]
) -> None:
    async with db.transaction() as conn:
        pilot = await a.overview(conn, PILOT)
        tiny = await a.overview(conn, Filters(program="tiny"))
        everyone = await a.overview(conn, Filters())
        recent = await a.overview(conn, Filters(since=NOW - timedelta(days=10)))
    assert (pilot.people, pilot.enrolments, pilot.active, pilot.paused) == (13, 13, 2, 0)
    assert (pilot.completed, pilot.abandoned, pilot.completion_rate) == (6, 5, 0.4615)
    assert pilot.messages_in == 18  # 3 answers each from u1-u6; nudge replies have no enrolment
    assert pilot.llm_cost_usd == Decimal("0.18")
    assert tiny.people == 2 and tiny.enrolments is None and tiny.completion_rate is None
    assert everyone.people == 15 and everyone.enrolments == 15
    assert recent.people == 2 and recent.enrolments is None  # only tiny started since


async def test_week_funnel_counts_who_reached_and_completed_each_week(
    db: Database, people: dict[str, Person]
) -> None:
    async with db.transaction() as conn:
        rows = await a.week_funnel(conn, Filters())
    got = [(r.program, r.week, r.reached, r.completed, r.people) for r in rows]
    assert got == [
        ("pilot", 1, 13, 7, 13),
        ("pilot", 2, 7, 6, 7),
        ("tiny", 1, None, None, 2),
        ("tiny", 2, None, None, 0),
    ]


async def test_step_funnel_follows_positions(db: Database, people: dict[str, Person]) -> None:
    async with db.transaction() as conn:
        rows = await a.step_funnel(conn, PILOT)
    got = [(r.week, r.step_key, r.step_type, r.reached, r.passed) for r in rows]
    assert got == [
        (1, "profile", "extract", 13, 8),
        (1, "mood", "scale", 8, 8),
        (1, "goal", "question", 8, 7),
        (2, "check", "check_in", 7, 6),
        (2, "reflect", "reflection", 6, 6),
    ]
    assert [r.people for r in rows] == [13, 8, 8, 7, 6]


async def test_a_person_who_started_again_counts_once_as_a_person(
    db: Database, people: dict[str, Person]
) -> None:
    async with db.transaction() as conn:
        await conn.execute(
            "INSERT INTO enrolments (user_id, program_id, program_version_id, status,"
            " current_week, current_step, started_at, last_activity_at)"
            " SELECT user_id, program_id, program_version_id, 'active', 1, 1, %s, %s"
            " FROM enrolments WHERE id = %s",
            (NOW, NOW, people["u7"].enrolment_id),
        )
        rows = await a.step_funnel(conn, PILOT)
    got = [(r.step_key, r.reached, r.people) for r in rows[:2]]
    assert got == [("profile", 14, 13), ("mood", 9, 9)]


async def test_drop_off_by_step_hides_the_lone_silent_person(
    db: Database, people: dict[str, Person]
) -> None:
    async with db.transaction() as conn:
        rows = await a.drop_off(conn, PILOT, now=NOW)
        fields = await a.field_drop_off(conn, PILOT, now=NOW)
        patient = await a.drop_off(conn, PILOT, now=NOW, inactive_days=40)
    got = [(r.step_key, r.dropped, r.share, r.people) for r in rows]
    assert got == [("profile", 5, round(5 / 13, 4), 5), ("goal", None, None, 1)]
    # u9-u11 lacked a name (3 people: hidden); all five lacked a role.
    assert [(f.step_key, f.field, f.missing, f.people) for f in fields] == [
        ("profile", "name", None, 3),
        ("profile", "role", 5, 5),
    ]
    assert [r.step_key for r in patient] == ["profile"]  # u12 not silent long enough


async def test_median_hours_per_week(db: Database, people: dict[str, Person]) -> None:
    async with db.transaction() as conn:
        rows = await a.week_durations(conn, PILOT)
    assert [(r.week, r.median_hours, r.people) for r in rows] == [(1, 40.0, 7), (2, 84.0, 6)]


async def test_attempts_and_forced_progressions_per_step(
    db: Database, people: dict[str, Person]
) -> None:
    async with db.transaction() as conn:
        rows = await a.step_attempts(conn, PILOT)
    got = {r.step_key: (r.attempts, r.attempts_per_person, r.invalid, r.forced) for r in rows}
    # goal: u1 took three tries (two rejected, then forced on), u2-u6 one each.
    assert got["goal"] == (8, 1.33, 2, 1)
    assert got["mood"] == (None, None, None, None)  # u1-u3 only


async def test_mood_and_progress_are_cohort_averages(
    db: Database, people: dict[str, Person]
) -> None:
    async with db.transaction() as conn:
        rows = await a.wellbeing_trend(conn, PILOT)
    got = [(r.week, r.mood_avg, r.progress_avg, r.check_ins, r.people) for r in rows]
    assert got == [(1, None, None, None, 4), (2, 7.0, 35.0, 6, 6)]


async def test_engagement_score_of_one_person(db: Database, people: dict[str, Person]) -> None:
    async with db.transaction() as conn:
        mine = await a.engagement_for_person(conn, user_id=people["u1"].user_id, now=NOW)
        nobody = await a.engagement_for_person(conn, user_id=999_999, now=NOW)
    # 3 messages in 2 enrolled weeks: 40 * 0.15 = 6; median reply 90 min:
    # 30 * (2880 - 90) / 2820 = 29.68; check-ins in 2 of 2 weeks: 30. Total 65.68.
    assert mine is not None and nobody is None
    assert (mine.score, mine.messages_in, mine.median_reply_minutes) == (66, 3, 90.0)
    assert (mine.check_in_weeks, mine.weeks_enrolled) == (2, 2)
    assert a.describe_engagement(mine) == (
        "Your engagement score is 66/100: 3 messages to me, a usual reply within 1.5 hours,"
        " check-ins in 2 of 2 weeks."
    )


async def test_engagement_distribution_shows_quartiles_and_hides_small_bars(
    db: Database, people: dict[str, Person]
) -> None:
    async with db.transaction() as conn:
        dist = await a.engagement_distribution(conn, PILOT, now=NOW)
    # u1-u4 score 66, u5-u6 51 (one check-in week: 15 instead of 30), seven people 0.
    assert (dist.people, dist.p25, dist.median, dist.p75) == (13, 0.0, 0.0, 66.0)
    bars = {b.low: b.people for b in dist.buckets}
    assert bars[0] == 7 and bars[50] is None and bars[60] is None and bars[90] == 0
    assert len(dist.buckets) == 10


async def test_nudge_outcomes(db: Database, people: dict[str, Person]) -> None:
    async with db.transaction() as conn:
        rows = await a.nudge_outcomes(conn, PILOT)
    got = {
        r.kind: (r.planned, r.sent, r.answered_24h, r.unreachable, r.expired, r.people)
        for r in rows
    }
    assert got == {
        "check_in": (6, 6, 4, 0, 0, 6),  # u5 answered after 30 h, u6 never
        "re_engage": (5, 3, 0, 1, 1, 5),
        "week_unlocked": (None, None, None, None, None, 2),
    }
    assert next(r for r in rows if r.kind == "check_in").answer_rate == pytest.approx(4 / 6)


async def test_llm_usage_and_cost_per_day(db: Database, people: dict[str, Person]) -> None:
    async with db.transaction() as conn:
        usage = await a.llm_usage(conn, PILOT)
        days = await a.llm_cost_by_day(conn, PILOT)
        later = await a.llm_usage(conn, Filters(program="pilot", since=NOW - timedelta(days=1)))
    (row,) = usage
    assert (row.calls, row.input_tokens, row.output_tokens) == (18, 1800, 900)
    assert (row.cache_read_tokens, row.cache_write_tokens, row.cache_read_share) == (
        5400,
        1800,
        0.6,
    )
    assert row.cost_usd == Decimal("0.18") and row.active_people == 6
    assert row.cost_per_active_person == Decimal("0.03")
    assert [(d.day.isoformat(), d.calls, d.cost_usd) for d in days] == [
        ("2026-11-03", 12, Decimal("0.12")),
        ("2026-11-04", 6, Decimal("0.06")),
    ]
    assert later == []


async def test_prompt_variants_compared(db: Database, people: dict[str, Person]) -> None:
    async with db.transaction() as conn:
        rows = await a.variant_comparison(conn, PILOT)
    got = [
        (
            r.variant,
            r.enrolments,
            r.completed,
            r.completion_rate,
            r.attempts_per_step,
            r.forced_share,
        )
        for r in rows
    ]
    # A: u1-u3, u7-u9, u12; attempts 8 over 6 answered steps, one forced.
    # B: u4-u6, u10, u11, u13; attempts 3 over 3 steps.
    assert got == [
        ("A", 7, 3, round(3 / 7, 4), 1.33, round(1 / 6, 4)),
        ("B", 6, 3, 0.5, 1.0, 0.0),
    ]


async def test_saving_a_prompt_makes_a_new_active_version_the_engine_reads(
    db: Database, people: dict[str, Person]
) -> None:
    async with db.transaction() as conn:
        (system,) = [p for p in await a.list_prompts(conn, "pilot") if p.name == "system"]
        assert [(v.variant, v.version) for v in system.active] == [("A", 1), ("B", 1)]
        version = await a.save_prompt_version(
            conn, template_id=system.template_id, variant="A", body="Be kind.", author="admin"
        )
    assert version == 2
    async with db.transaction() as conn:
        view = await a.prompt_template(conn, system.template_id)
        program_id = (
            await (await conn.execute("SELECT id FROM programs WHERE slug = 'pilot'")).fetchone()
            or {}
        )["id"]
        store = PostgresTurnStore(conn)
        prompt = await PromptBook().get(store, program_id=program_id, name="system", variant="A")
        other = await PromptBook().get(store, program_id=program_id, name="system", variant="B")
        audit = await (await conn.execute("SELECT actor, action FROM audit_log")).fetchall()
    assert view is not None
    assert [(v.variant, v.version, v.body) for v in view.active] == [
        ("A", 2, "Be kind."),
        ("B", 1, "You are a brisk coach."),
    ]
    assert [(v.version, v.variant, v.is_active) for v in view.history] == [
        (2, "A", True),
        (1, "A", False),
        (1, "B", True),
    ]
    assert prompt is not None and prompt.body == "Be kind."
    assert other is not None and other.body == "You are a brisk coach."
    assert audit == [{"actor": "admin", "action": "prompt.edit"}]
    async with db.transaction() as conn:
        with pytest.raises(ValueError):
            await a.save_prompt_version(
                conn, template_id=system.template_id, variant="A", body="  ", author="admin"
            )


async def test_program_versions_and_validation(db: Database, people: dict[str, Person]) -> None:
    async with db.transaction() as conn:
        programs = await a.list_programs(conn)
        check = await a.check_version(conn, "pilot", 1)
        missing = await a.check_version(conn, "pilot", 9)
    assert [
        (p.slug, [(v.version, v.enrolments, v.running) for v in p.versions]) for p in programs
    ] == [("pilot", [(1, 13, None)]), ("tiny", [(1, None, None)])]
    assert check is not None and check.valid and missing is None
    assert [(title, [s.key for s in steps]) for title, steps in check.weeks] == [
        ("Getting started", ["profile", "mood", "goal"]),
        ("Keeping going", ["check", "reflect"]),
    ]
    assert check.prompts == ("follow_up", "system")
    assert check.source_status == "source file not on this machine"
