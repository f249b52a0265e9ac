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

from engine.analytics._sql import ENROLMENTS, fetch, figures
from engine.analytics.types import CohortRow, Filters
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

_RUN_COUNTS = ("started", "completed", "forced_scenes")
_RUN_RATES = {"completion_rate": ("completed", "started")}
_SCENE_AVERAGES = {"avg_score": 4, "avg_attempts": 1}
_SCENE_RATES = {
    "pass_rate": ("passed", "ended"),
    "hint_rate": ("hinted", "started"),
    "forced_rate": ("forced", "ended"),
}


@dataclass(frozen=True, slots=True)
class ScenarioCompletionRow(CohortRow):
    program: str
    step_key: str
    started: int | None  # enrolments that began the scenario
    completed: int | None  # ... and ended every scene (passed or forced)
    completion_rate: float | None
    avg_score: float | None  # of completed runs: the mean of their scene scores, 0-1
    forced_scenes: int | None  # scenes forced forward, in completed runs
    people: int


@dataclass(frozen=True, slots=True)
class SceneOutcomeRow(CohortRow):
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


@dataclass(frozen=True, slots=True)
class ScenarioReviewRow(CohortRow):
    program: str
    scope: str  # the scenario step's key, or '' for the program as a whole
    reviews: int | None
    avg_rating: float | None  # 1-5
    people: int


async def scenario_completion(conn: Connection, filters: Filters) -> list[ScenarioCompletionRow]:
    """Per scenario step: started, completed (every scene ended), average score, forced."""
    query = f"""
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
            coalesce(sum(forced) FILTER (WHERE scenes > 0 AND ended >= scenes), 0)
                AS forced_scenes
        FROM judged GROUP BY program, step_key ORDER BY program, min(first_id)
        """
    return [
        figures(
            ScenarioCompletionRow,
            r,
            counts=_RUN_COUNTS,
            averages={"avg_score": 4},
            rates=_RUN_RATES,
        )
        for r in await fetch(conn, query, filters)
    ]


async def scene_outcomes(conn: Connection, filters: Filters) -> list[SceneOutcomeRow]:
    """Per scene of each scenario: average score, pass, hint and forced-progression rates."""
    query = f"""
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
        """
    return [
        figures(
            SceneOutcomeRow,
            r,
            counts=("started", "ended"),
            averages=_SCENE_AVERAGES,
            rates=_SCENE_RATES,
        )
        for r in await fetch(conn, query, filters)
    ]


async def scenario_reviews(conn: Connection, filters: Filters) -> list[ScenarioReviewRow]:
    """Per scenario (or program, scope ''): how many rated it 1-5, and the average."""
    query = f"""
        WITH e AS ({ENROLMENTS})
        SELECT e.program, r.scope, count(DISTINCT r.user_id) AS people, count(*) AS reviews,
            avg(r.rating) AS avg_rating
        FROM e JOIN scenario_reviews r ON r.enrolment_id = e.id
        GROUP BY e.program, r.scope ORDER BY e.program, r.scope
        """
    return [
        figures(ScenarioReviewRow, r, counts=("reviews",), averages={"avg_rating": 2})
        for r in await fetch(conn, query, filters)
    ]
