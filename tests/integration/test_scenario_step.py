"""A scenario step in a program written for this test: validated, synced and practised in the
console with the offline persona — passing, a hint, forced progression, the export."""

from __future__ import annotations

import json
from pathlib import Path

from engine.programs.loader import load_program
from engine.programs.sync import sync_programs
from engine.store import privacy
from tests.harness import Harness

PROGRAM = """
slug: rehearse-feedback
title: "Rehearse giving feedback"
persona: "A calm practice partner."
weeks:
  - title: "A hard conversation"
    unlock: {after_previous: false}
    steps:
      - key: late_reports
        type: scenario
        prompt: "Let's rehearse telling Omar his reports keep arriving late."
        personas:
          - key: omar
            name: Omar
            role: Analyst on your team
            background: "Good analyst, overloaded since the reorganisation."
            traits: {defensive: 7, candid: 5}
            goals: ["keep his good reputation"]
            hidden_facts: ["he was given two extra clients last month"]
            resistance: "Gets defensive unless the person names a specific example."
        scenes:
          - key: name_it
            title: Naming the problem
            objective: "Describe one concrete late report and its impact."
            criteria:
              - key: example
                check: "names a specific late report"
                keywords: [report, friday, monday, deadline]
              - key: impact
                check: "says what the delay caused"
                keywords: [client, waited, impact, delay]
            success_threshold: 1.0
            max_attempts: 3
            hint_after: 1
            hints: ["Pick one report and one consequence."]
          - key: next_step
            title: Agreeing what changes
            objective: "Agree one change and when to check in."
            criteria:
              - key: change
                check: "proposes a concrete change"
                keywords: [move, earlier, split, reduce]
              - {key: check_in, check: "sets a time to review", keywords: [week, review, check]}
            success_threshold: 1.0
            max_attempts: 2
            hints: ["Offer one change and a date."]
"""


async def test_a_scenario_file_never_seen_validates_syncs_and_runs_to_its_review(
    harness: Harness, tmp_path: Path
) -> None:
    path = tmp_path / "rehearse.yaml"
    path.write_text(PROGRAM, encoding="utf-8")
    loaded = load_program(path)
    async with harness.db.transaction() as conn:
        await sync_programs(conn, [loaded])
    omar = harness.person("lea")
    opening = " ".join(r.text for r in await omar.send("start rehearse-feedback"))
    assert "Naming the problem" in opening and "Omar" in opening

    hint = " ".join(r.text for r in await omar.send("hint"))
    assert "Pick one report and one consequence." in hint
    await omar.send("The Friday report came in on Monday.")
    passed = " ".join(
        r.text for r in await omar.send("The client waited two days, that delay hurt us.")
    )
    assert "Agreeing what changes" in passed  # the first scene passed, the second began
    await omar.send("Hmm.")
    review = " ".join(r.text for r in await omar.send("I don't know."))
    assert "review" in review.lower()  # forced after max_attempts; the scenario ended

    scenes = await harness.rows(
        "SELECT scene_key, passed, forced, hints_used, attempts, criteria FROM scene_progress"
        " ORDER BY scene_key"
    )
    by_key = {s["scene_key"]: s for s in scenes}
    assert by_key["name_it"]["passed"] and not by_key["name_it"]["forced"]
    assert by_key["name_it"]["hints_used"] == 1
    criteria = by_key["name_it"]["criteria"]
    assert isinstance(criteria, dict) and criteria["impact"]["quote"].startswith("The client")
    assert by_key["next_step"]["forced"] and not by_key["next_step"]["passed"]
    assert await harness.scalar("SELECT status FROM enrolments") == "completed"
    assert "rate 1-5" in review
    thanks = " ".join(r.text for r in await omar.send("rate 4 good practice, a bit short"))
    assert "4/5" in thanks
    [stored] = await harness.rows("SELECT scope, rating, comment FROM scenario_reviews")
    assert stored == {"scope": "late_reports", "rating": 4, "comment": "good practice, a bit short"}

    user_id = await harness.scalar("SELECT id FROM users")
    async with harness.db.transaction() as conn:
        exported = json.loads(privacy.export_json(await privacy.export_data(conn, user_id)))
    assert {s["scene_key"] for s in exported["scene_progress"]} == {"name_it", "next_step"}


async def test_both_builtin_scenarios_can_be_practised_in_the_console(harness: Harness) -> None:
    pia = harness.person("pia")
    await pia.send("start practice-conversations")
    for _ in range(12):  # end each scene: forced progression through both scenarios
        replies = await pia.send("end scene")
        if (
            any("review" in r.text.lower() for r in replies)
            and await harness.scalar("SELECT count(DISTINCT step_key) FROM scene_progress") == 2
        ):
            break
    keys = await harness.rows("SELECT DISTINCT step_key FROM scene_progress ORDER BY step_key")
    assert [k["step_key"] for k in keys] == ["ask_for_raise", "workout_with_friend"]
    assert await harness.scalar("SELECT status FROM enrolments") == "completed"
