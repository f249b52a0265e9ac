"""Scenario progress and reviews in PostgreSQL: a scene's verdicts with quotes, the judge's
model and prompt version round-trip; the export shows them; delete-my-data removes them."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import psycopg
import pytest
from psycopg import AsyncConnection

from engine.scenarios import (
    OfflinePersona,
    apply_turn,
    build_judgement_request,
    end_scene,
    prompt_version,
    start,
)
from engine.scenarios.state import SceneProgress
from engine.scenarios.validation import builtin_scenarios
from engine.store.scenarios import review_rows, save_review, save_scene, scene_rows
from tests.harness import START, Harness


async def _enrolment(h: Harness, user: str) -> tuple[int, int, int]:
    await h.person(user).send("start demo")
    rows = await h.rows(
        "SELECT e.id, e.user_id, e.program_id FROM enrolments e"
        " JOIN platform_identities i ON i.user_id = e.user_id WHERE i.platform_user_id = %s",
        user,
    )
    row = rows[0]
    return int(str(row["id"])), int(str(row["user_id"])), int(str(row["program_id"]))


def _practised() -> tuple[SceneProgress, SceneProgress]:
    spec = builtin_scenarios()["ask-for-a-raise"]
    state = start(spec, START).state
    for i, text in enumerate(["I'd like to talk about a raise.", "Hello?"], 1):
        request = build_judgement_request(spec, state, text)
        judgement = OfflinePersona().judge(request)
        state = apply_turn(
            spec, state, text=text, judgement=judgement, now=START + timedelta(minutes=i)
        ).state
    outcome = end_scene(spec, state, START + timedelta(minutes=3))
    return outcome.finished[0], outcome.state.current


async def test_scene_progress_round_trips_and_updates_in_place(harness: Harness) -> None:
    enrolment, user, _ = await _enrolment(harness, "ada")
    opening, evidence = _practised()
    async with harness.db.transaction() as conn:
        for progress in (opening, evidence):
            await save_scene(
                conn,
                enrolment_id=enrolment,
                user_id=user,
                step_key="ask_for_raise",
                progress=progress,
                now=START,
            )
        await save_scene(
            conn,
            enrolment_id=enrolment,
            user_id=user,
            step_key="ask_for_raise",
            progress=opening,
            now=START,
        )  # again: one row, updated
        rows = await scene_rows(conn, enrolment_id=enrolment, step_key="ask_for_raise")
    assert [r["scene_key"] for r in rows] == ["opening", "evidence"]
    first = rows[0]
    assert first["attempts"] == 2 and first["forced"] is True and first["passed"] is False
    assert first["criteria"] == {
        "clear_ask": {
            "met": True,
            "quote": "I'd like to talk about a raise.",
            "attempt": 1,
            "weight": 1,
        }
    }
    assert first["score"] == pytest.approx(1 / 3)
    assert first["seconds_spent"] == 180 and first["ended_at"] == START + timedelta(minutes=3)
    assert [t["model"] for t in first["turns"]] == ["offline-persona/1"] * 2
    assert {t["prompt_version"] for t in first["turns"]} == {prompt_version()}
    assert "A line that would do it" in first["feedback"]
    assert rows[1]["ended_at"] is None and rows[1]["attempts"] == 0


async def _review(
    conn: AsyncConnection[Any],
    ids: tuple[int, int, int],
    *,
    scope: str,
    rating: int,
    comment: str | None = None,
) -> None:
    """Save a review at START for (enrolment, user, program) `ids`, as `_enrolment` gives them."""
    enrolment, user, program = ids
    await save_review(
        conn,
        enrolment_id=enrolment,
        user_id=user,
        program_id=program,
        scope=scope,
        rating=rating,
        comment=comment,
        now=START,
    )


async def test_a_review_is_one_per_scope_and_rating_again_replaces_it(harness: Harness) -> None:
    enrolment, user, program = await _enrolment(harness, "ada")
    async with harness.db.transaction() as conn:
        ids = (enrolment, user, program)
        for stars, comment in ((3, None), (4, "great practice")):
            await _review(conn, ids, scope="ask_for_raise", rating=stars, comment=comment)
        await _review(conn, ids, scope="", rating=5)
        rows = await review_rows(conn, user_id=user)
    assert [(r["scope"], r["rating"], r["comment"]) for r in rows] == [
        ("ask_for_raise", 4, "great practice"),
        ("", 5, None),
    ]


async def test_a_rating_outside_one_to_five_is_refused_by_the_database(harness: Harness) -> None:
    enrolment, user, program = await _enrolment(harness, "ada")
    with pytest.raises(psycopg.errors.CheckViolation):
        async with harness.db.transaction() as conn:
            await _review(conn, (enrolment, user, program), scope="", rating=6)


async def test_export_shows_scene_progress_and_delete_my_data_removes_it(harness: Harness) -> None:
    enrolment, user, program = await _enrolment(harness, "ada")
    other, other_user, _ = await _enrolment(harness, "grace")
    opening, _ = _practised()
    async with harness.db.transaction() as conn:
        for e, u in ((enrolment, user), (other, other_user)):
            await save_scene(
                conn,
                enrolment_id=e,
                user_id=u,
                step_key="ask_for_raise",
                progress=opening,
                now=START,
            )
            await _review(
                conn, (e, u, program), scope="ask_for_raise", rating=4, comment="great practice"
            )

    replies = await harness.person("ada").send("export my data")
    assert replies[0].attachment is not None
    data = json.loads(replies[0].attachment.content)
    (scene,) = data["scene_progress"]
    assert scene["user_id"] == user and scene["forced"] is True and scene["attempts"] == 2
    assert scene["criteria"]["clear_ask"]["quote"] == "I'd like to talk about a raise."
    assert scene["feedback"] and scene["program"] == "demo"
    (review,) = data["scenario_reviews"]
    assert review["rating"] == 4 and review["comment"] == "great practice"

    session = harness.person("ada")
    await session.send("delete my data")
    await session.send("yes delete")
    for table in ("scene_progress", "scenario_reviews"):
        assert await harness.scalar(f"SELECT count(*) FROM {table} WHERE user_id = %s", user) == 0
        assert (
            await harness.scalar(f"SELECT count(*) FROM {table} WHERE user_id = %s", other_user)
            == 1
        )
