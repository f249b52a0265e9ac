"""Where a person is based, said beside their role ("a nurse at a hospital in Tromsø"),
is captured by the offline coach even when the program's location field brings its own
patterns (which read only "based in …"), for cities the time-zone list does not know too.
Console conversations on a program written for this test and on the built-in onboarding."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness import Harness, said, sync_program_text

PROGRAM = """
slug: team-intro
title: "Team intro"
persona: "A calm coach."
weeks:
  - title: "Hello"
    unlock: {after_previous: false}
    steps:
      - key: about
        type: extract
        prompt: "Tell me what you do and where you're based."
        fields:
          - name: role
            description: "What do you do?"
          - name: location
            description: "Where are you based?"
            patterns:
              - "(?i)\\\\b(?:based in|i live in) ([^\\\\W\\\\d_][\\\\w'-]*)"
              - "(?i)\\\\b(remote)\\\\b"
        max_attempts: 4
"""

SAID = [
    ("I'm a nurse at a hospital in Tromsø", "Tromsø"),
    ("designer at Acme in Leeds", "Leeds"),
    ("I work at a bakery in Valparaíso", "Valparaíso"),
    ("Hi, I'm Ana, nurse at St Mary's in Cork", "Cork"),
    ("I'm an engineer at Equinor in Stavanger.", "Stavanger"),
]


@pytest.fixture
async def team(harness: Harness, tmp_path: Path) -> Harness:
    return await sync_program_text(harness, tmp_path / "team.yaml", PROGRAM)


async def location(h: Harness) -> object:
    return await h.scalar("SELECT value FROM profile_fields WHERE field = 'location'")


@pytest.mark.parametrize(("text", "place"), SAID)
async def test_a_place_beside_a_role_fills_a_location_field_with_its_own_patterns(
    team: Harness, text: str, place: str
) -> None:
    person = team.person("noor")
    await person.send("start team-intro")
    reply = said(await person.send(text))
    assert await location(team) == place, reply
    assert "Where are you based?" not in reply  # not asked again


async def test_the_fields_own_patterns_still_come_first(team: Harness) -> None:
    person = team.person("noor")
    await person.send("start team-intro")
    await person.send("I'm a developer in Oslo, fully remote")
    assert await location(team) == "remote"


@pytest.mark.parametrize(("text", "place"), SAID)
async def test_a_place_beside_a_role_fills_the_onboarding_location(
    harness: Harness, text: str, place: str
) -> None:
    person = harness.person("noor", timezone="Europe/Oslo")
    await person.send("start onboarding")
    await person.send(text)
    assert await location(harness) == place


@pytest.mark.parametrize(
    "text", ["I work in Marketing", "Mostly in Meetings lol", "From Monday I am a designer"]
)
async def test_a_department_or_a_day_is_not_taken_for_a_place(team: Harness, text: str) -> None:
    person = team.person("noor")
    await person.send("start team-intro")
    await person.send(text)
    assert await location(team) is None
