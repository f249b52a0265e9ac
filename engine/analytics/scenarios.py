"""Scenario practice: completion, scores per scene, hint and forced rates, reviews.

Over the enrolments `Filters` selects (a cohort by start week, a program). Every row is
about a group of people; a group under `PRIVACY_MIN` people comes back suppressed, and
`guarded` hides rows a neighbouring cohort would expose by subtraction.

* `scenario_completion`: per scenario step, the people who started it, how many
  finished every scene, their average score, and how many scenes were forced.
* `scene_outcomes`: per scene, its average score (of scenes that ended), the share
  passed, the share in which a hint was used, and the share forced forward.
* `scenario_reviews`: per scenario (or the whole program: scope ''), the `rate 1-5`
  reviews, their count and average.
"""

from __future__ import annotations

from dataclasses import dataclass

from engine.analytics._sql import ENROLMENTS, opt_float, opt_int, params, ratio
from engine.analytics.types import Filters, shown
from engine.store.database import Connection

__all__ = [
    "ScenarioCompletionRow",
    "ScenarioReviewRow",
    "SceneOutcomeRow",
    "scenario_completion",
    "scenario_reviews",
    "scene_outcomes",
]

# The number of scenes of a scenario step, from the program version the person follows.
_SCENES = """
    coalesce(jsonb_array_length(jsonb_path_query_first(v.definition,
        '$.weeks[*].steps[*] ? (@.key == $k).scenes', jsonb_build_object('k', {key}))), 0)
"""


@dataclass(frozen=True, slots=True)
class ScenarioCompletionRow:
    program: str
    step_key: str
    started: int | None  # enrolments that began the scenario
    completed: int | None  # ... and ended every scene (passed or forced)
    completion_rate: float | None
    avg_score: float | None  # of completed runs: the mean of their scene scores, 0-1
    forced_scenes: int | None  # scenes forced forward, in completed runs
    people: int

    @property
    def suppressed(self) -> bool:
        return not shown(self.people)


@dataclass(frozen=True, slots=True)
class SceneOutcomeRow:
    program: str
    step_key: str
    scene_key: str
    started: int | None
    ended: int | None
    avg_score: float | None  # of scenes that ended, 0-1
    avg_attempts: float | None
    pass_rate: float | None  # passed / ended
    hint_rate: float | None  # scenes with at least one hint / started
    forced_rate: float | None  # forced / ended
    people: int

    @property
    def suppressed(self) -> bool:
        return not shown(self.people)


@dataclass(frozen=True, slots=True)
class ScenarioReviewRow:
    program: str
    scope: str  # the scenario step's key, or '' for the program as a whole
    reviews: int | None
    avg_rating: float | None  # 1-5
    people: int

    @property
    def suppressed(self) -> bool:
        return not shown(self.people)


async def scenario_completion(conn: Connection, filters: Filters) -> list[ScenarioCompletionRow]:
    """Per scenario step: started, completed (every scene ended), average score, forced."""
    cur = await conn.execute(
        f"""
        WITH e AS ({ENROLMENTS}),
        runs AS (
            SELECT e.program, e.program_version_id, e.user_id, sp.enrolment_id, sp.step_key,
                count(*) FILTER (WHERE sp.ended_at IS NOT NULL) AS ended,
                count(*) FILTER (WHERE sp.forced) AS forced, avg(sp.score) AS score,
                min(sp.id) AS first_id
            FROM e JOIN scene_progress sp ON sp.enrolment_id = e.id
            GROUP BY 1, 2, 3, 4, 5
        ),
        judged AS (
            SELECT r.*, {_SCENES.format(key="r.step_key")} AS scenes
            FROM runs r JOIN program_versions v ON v.id = r.program_version_id
        )
        SELECT program, step_key, count(DISTINCT user_id) AS people, count(*) AS started,
            count(*) FILTER (WHERE scenes > 0 AND ended >= scenes) AS completed,
            avg(score) FILTER (WHERE scenes > 0 AND ended >= scenes) AS avg_score,
            coalesce(sum(forced) FILTER (WHERE scenes > 0 AND ended >= scenes), 0) AS forced
        FROM judged GROUP BY program, step_key ORDER BY program, min(first_id)
        """,
        params(filters),
    )
    rows = []
    for r in await cur.fetchall():
        people = int(r["people"])
        started, completed = opt_int(r["started"], people), opt_int(r["completed"], people)
        rows.append(
            ScenarioCompletionRow(
                program=r["program"],
                step_key=r["step_key"],
                started=started,
                completed=completed,
                completion_rate=ratio(completed, started),
                avg_score=opt_float(r["avg_score"], people, 4),
                forced_scenes=opt_int(r["forced"], people),
                people=people,
            )
        )
    return rows


async def scene_outcomes(conn: Connection, filters: Filters) -> list[SceneOutcomeRow]:
    """Per scene of each scenario: average score, pass, hint and forced-progression rates."""
    cur = await conn.execute(
        f"""
        WITH e AS ({ENROLMENTS})
        SELECT e.program, sp.step_key, sp.scene_key, count(DISTINCT sp.user_id) AS people,
            count(*) AS started,
            count(*) FILTER (WHERE sp.ended_at IS NOT NULL) AS ended,
            count(*) FILTER (WHERE sp.passed) AS passed,
            count(*) FILTER (WHERE sp.forced) AS forced,
            count(*) FILTER (WHERE sp.hints_used > 0) AS hinted,
            avg(sp.score) FILTER (WHERE sp.ended_at IS NOT NULL) AS avg_score,
            avg(sp.attempts) FILTER (WHERE sp.ended_at IS NOT NULL) AS avg_attempts
        FROM e JOIN scene_progress sp ON sp.enrolment_id = e.id
        GROUP BY e.program, sp.step_key, sp.scene_key
        ORDER BY e.program, min(sp.id), sp.scene_key
        """,
        params(filters),
    )
    rows = []
    for r in await cur.fetchall():
        people = int(r["people"])
        started, ended = opt_int(r["started"], people), opt_int(r["ended"], people)
        rows.append(
            SceneOutcomeRow(
                program=r["program"],
                step_key=r["step_key"],
                scene_key=r["scene_key"],
                started=started,
                ended=ended,
                avg_score=opt_float(r["avg_score"], people, 4),
                avg_attempts=opt_float(r["avg_attempts"], people, 1),
                pass_rate=ratio(opt_int(r["passed"], people), ended),
                hint_rate=ratio(opt_int(r["hinted"], people), started),
                forced_rate=ratio(opt_int(r["forced"], people), ended),
                people=people,
            )
        )
    return rows


async def scenario_reviews(conn: Connection, filters: Filters) -> list[ScenarioReviewRow]:
    """Per scenario (or program, scope ''): how many rated it 1-5, and the average."""
    cur = await conn.execute(
        f"""
        WITH e AS ({ENROLMENTS})
        SELECT e.program, r.scope, count(DISTINCT r.user_id) AS people, count(*) AS reviews,
            avg(r.rating) AS avg_rating
        FROM e JOIN scenario_reviews r ON r.enrolment_id = e.id
        GROUP BY e.program, r.scope ORDER BY e.program, r.scope
        """,
        params(filters),
    )
    return [
        ScenarioReviewRow(
            program=r["program"],
            scope=r["scope"],
            reviews=opt_int(r["reviews"], int(r["people"])),
            avg_rating=opt_float(r["avg_rating"], int(r["people"])),
            people=int(r["people"]),
        )
        for r in await cur.fetchall()
    ]
