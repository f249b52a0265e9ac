"""Analytics over what the engine itself wrote: five people driven through the demo program."""

from __future__ import annotations

from engine import analytics as a
from engine.analytics import Filters
from engine.programs.model import ProgramSpec
from tests.harness import Harness
from tests.integration.driver import complete_program

DEMO = Filters(program="demo")
PEOPLE = ("ana", "ben", "cai", "dee", "eli")


async def test_five_people_through_the_demo_program(harness: Harness) -> None:
    h = harness
    for name in PEOPLE:
        await complete_program(h, "demo", user=name)
    definition = await h.scalar(
        "SELECT v.definition FROM program_versions v JOIN programs p ON p.id = v.program_id"
        " WHERE p.slug = 'demo'"
    )
    spec = ProgramSpec.model_validate(definition)
    async with h.db.transaction() as conn:
        summary = await a.overview(conn, DEMO)
        weeks = await a.week_funnel(conn, DEMO)
        steps = await a.step_funnel(conn, DEMO)
        attempts = await a.step_attempts(conn, DEMO)
        moods = await a.wellbeing_trend(conn, DEMO)
        usage = await a.llm_usage(conn, DEMO)
        variants = await a.variant_comparison(conn, DEMO)
        durations = await a.week_durations(conn, DEMO)
        dropped = await a.drop_off(conn, DEMO, now=h.clock.now())
    assert (summary.people, summary.enrolments, summary.completed) == (5, 5, 5)
    assert summary.completion_rate == 1.0
    assert [(w.week, w.reached, w.completed) for w in weeks] == [
        (n, 5, 5) for n in range(1, len(spec.weeks) + 1)
    ]
    assert len(steps) == spec.steps_total
    assert all((s.reached, s.passed) == (5, 5) for s in steps)
    assert [d.week for d in durations] == list(range(1, len(spec.weeks) + 1))
    assert dropped == []

    raw = (
        await h.rows(
            "SELECT count(*) AS n, count(*) FILTER (WHERE forced) AS forced FROM step_attempts"
        )
    )[0]
    assert sum(r.attempts or 0 for r in attempts) == raw["n"]
    assert sum(r.forced or 0 for r in attempts) == raw["forced"]

    checked = await h.rows(
        "SELECT week_number, avg(mood)::float AS mood FROM check_ins"
        " WHERE mood IS NOT NULL GROUP BY 1 ORDER BY 1"
    )
    assert checked, "the demo program records moods"
    assert [(m.week, m.mood_avg) for m in moods if m.mood_avg is not None] == [
        (r["week_number"], round(float(str(r["mood"])), 2)) for r in checked
    ]

    calls = await h.scalar("SELECT count(*) FROM messages WHERE llm_model IS NOT NULL")
    assert [(u.program, u.calls, u.active_people) for u in usage] == [("demo", calls, 5)]
    assert sum(v.people for v in variants) == 5

    user_id = await h.scalar(
        "SELECT user_id FROM platform_identities WHERE platform_user_id = 'ana'"
    )
    async with h.db.transaction() as conn:
        mine = await a.engagement_for_person(conn, user_id=int(str(user_id)), now=h.clock.now())
    assert mine is not None and 0 <= mine.score <= 100 and mine.messages_in > 0
