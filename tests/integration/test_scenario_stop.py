""" "stop" in the middle of a role-play scene: the practice stops, the program is paused
(no reminders arrive, as the reply says), the scene keeps its place and what was already
met, and `resume` brings the person back into it. Runs on a program written for this test
(with daily check-in reminders) and on the built-in practice program."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from adapters.console import ConsoleSession
from bot.console_nudges import console_advance
from tests.harness import Harness, said, sync_program_text

PROGRAM = """
slug: rehearse-a-no
title: "Rehearse saying no"
persona: "A calm practice partner."
schedule:
  checkin_days: [mon, tue, wed, thu, fri, sat, sun]
  checkin_time: "10:00"
  reengage_after_days: 1
  reengage_max: 3
weeks:
  - title: "Saying no"
    unlock: {after_previous: false}
    steps:
      - key: extra_project
        type: scenario
        prompt: "Let's rehearse turning down an extra project from Priya."
        personas:
          - key: priya
            name: Priya
            role: Head of department
            background: "Needs someone for a new client project and likes asking you."
            traits: {assertive: 7}
            goals: ["staff the new project this week"]
            hidden_facts: ["another team lead has offered to take it"]
            resistance: "Pushes back unless the person names their current load."
        scenes:
          - key: decline
            title: Declining clearly
            objective: "Say no and name what you are already carrying."
            criteria:
              - {key: refusal, check: "declines clearly", keywords: [cannot, "can't", "no"]}
              - key: load
                check: "names the current workload"
                keywords: [launch, deadline, already, workload]
            success_threshold: 1.0
            max_attempts: 6
            hint_after: 5
            hints: ["Say no first, then what you are carrying."]
"""

STOPS = [
    "stop",
    "Stop.",
    "quit",
    "exit",
    "stop the scene",
    "can we stop the roleplay?",
    "let's do this practice another time",
    "sorry, I have to go, can we finish the role-play later?",
]


@pytest.fixture
async def h(harness: Harness, tmp_path: Path) -> Harness:
    return await sync_program_text(harness, tmp_path / "no.yaml", PROGRAM)


async def in_scene(h: Harness, user: str) -> ConsoleSession:
    """A person in the scene, one criterion met by their first line."""
    person = h.person(user)
    opening = said(await person.send("start rehearse-a-no"))
    assert "Declining clearly" in opening, opening
    await person.send("I'm sorry, I can't take this on.")
    return person


async def met_keys(h: Harness) -> list[str]:
    state = await h.scalar("SELECT step_state FROM enrolments")
    assert isinstance(state, dict), state
    return [m["key"] for m in state["scenario"]["scenes"][0]["met"]]


@pytest.mark.parametrize("stop", STOPS)
async def test_stop_in_a_scene_pauses_the_program_and_keeps_the_scene(
    h: Harness, stop: str
) -> None:
    person = await in_scene(h, "ines")
    assert await met_keys(h) == ["refusal"]
    reply = said(await person.send(stop))
    assert "paused your program" in reply and "`resume`" in reply, reply
    assert "Priya" in reply and "Declining clearly" in reply
    assert await h.scalar("SELECT status FROM enrolments") == "paused"
    assert await met_keys(h) == ["refusal"]  # the place is kept, as said
    assert "paused" in said(await person.send("I already have the launch deadline."))
    assert await met_keys(h) == ["refusal"]  # a line while paused is no turn of the scene


async def test_no_reminder_arrives_after_stop_until_resume_brings_the_scene_back(
    h: Harness,
) -> None:
    person = await in_scene(h, "ines")
    await person.send("stop")
    delivered = await console_advance(h, person, h.clock, timedelta(days=3))
    assert delivered == []  # "I won't send reminders"
    assert await h.scalar("SELECT count(*) FROM nudges WHERE status = 'sent'") == 0
    back = said(await person.send("resume"))
    assert "Declining clearly" in back, back
    assert await h.scalar("SELECT status FROM enrolments") == "active"
    done = said(await person.send("I'm already carrying the launch deadline."))
    assert "Declining clearly*: done" in done, done  # the first line still counts


async def test_stop_works_the_same_in_the_built_in_practice_program(h: Harness) -> None:
    person = h.person("omar")
    await person.send("start practice-conversations")
    await person.send("I'd like to talk about my salary.")
    reply = said(await person.send("stop"))
    assert "paused your program" in reply and "Dana" in reply, reply
    assert await h.scalar("SELECT status FROM enrolments") == "paused"
    back = said(await person.send("resume"))
    assert "We're in the scene" in back


@pytest.mark.parametrize(
    "line",
    [
        "Stop interrupting me, please, I want to finish my point",
        "Let's stop here for now.",
        "I need a break.",
        "I can't stop right now, sorry Priya",
    ],
)
async def test_a_line_of_the_scene_with_stop_in_it_is_still_spoken_to_the_persona(
    h: Harness, line: str
) -> None:
    person = await in_scene(h, "ines")
    reply = said(await person.send(line))
    assert reply.startswith("*Priya:*"), reply
    assert await h.scalar("SELECT status FROM enrolments") == "active"
