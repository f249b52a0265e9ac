"""A new person's everyday answers, second round, through the console session: a face
emoji at a mood scale is read as a value and the value is said back, a role with no
article before "in <place>" still gives the place, and edits of a drafted goal read as
edits. Runs on the demo and onboarding programs and on a program written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness import Harness, at_demo_mood, position, said, sync_program_text


@pytest.mark.parametrize(("emoji", "mood"), [("😐", 5), ("🙂", 7), ("😄", 9), ("😞", 3), ("😭", 2)])
async def test_a_face_emoji_at_a_mood_scale_is_recorded_and_said_back(
    harness: Harness, emoji: str, mood: int
) -> None:
    session = await at_demo_mood(harness, "max")
    reply = said(await session.send(emoji))
    assert f"{mood} out of 10" in reply and "What's one thing" in reply, reply
    assert "Please answer with a number" not in reply, reply
    assert await harness.scalar("SELECT mood FROM check_ins") == mood
    assert await position(harness) == (1, 2)


async def test_an_emoji_that_is_no_face_at_a_mood_scale_is_still_asked_about(
    harness: Harness,
) -> None:
    session = await at_demo_mood(harness, "ned")
    reply = said(await session.send("🚗"))
    assert "from 1 to 10" in reply, reply
    assert await harness.scalar("SELECT count(*) FROM check_ins") == 0
    assert await position(harness) == (1, 1)


async def profile(h: Harness) -> dict[str, object]:
    rows = await h.rows("SELECT field, value FROM profile_fields")
    return {str(r["field"]): r["value"] for r in rows}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("I'm Priya, product designer in Lisbon", "Lisbon"),
        ("Omar here, backend developer from Cairo, 3 years in", "Cairo"),
        ("Kim. Nursing student in Seoul", "Seoul"),
        ("I'm Ana, a data analyst in São Paulo", "São Paulo"),
        ("Hi, I'm Tom, product manager at Berlin, mid-level", "Berlin"),
    ],
)
async def test_a_role_then_in_or_from_a_place_gives_the_location_with_or_without_an_article(
    harness: Harness, text: str, place: str
) -> None:
    session = harness.person("pri")
    await session.send("start onboarding")
    await session.send(text)
    assert (await profile(harness)).get("location") == place


async def test_a_role_at_a_company_is_no_location(harness: Harness) -> None:
    session = harness.person("uma")
    await session.send("start onboarding")
    await session.send("I'm Uma, product designer at Acme, senior")
    assert "location" not in await profile(harness)


async def scene_turns(h: Harness) -> int:
    count = await h.scalar("SELECT coalesce(sum(attempts), 0) FROM scene_progress")
    return int(str(count))


@pytest.mark.parametrize(
    "text",
    [
        "sorry what should I say?",
        "what do I say here?",
        "I don't know what to say",
        "can you give me a hint?",
        "help, I'm stuck",
        "I'm stuck, can I get a hint",
    ],
)
async def test_asking_for_help_in_a_scene_is_answered_by_the_coach_with_a_hint(
    harness: Harness, text: str
) -> None:
    session = harness.person("ola")
    opened = said(await session.send("start practice-conversations"))
    assert "*Dana" in opened, opened
    reply = said(await session.send(text))
    assert "Hint:" in reply and "*Dana" not in reply, reply
    assert await scene_turns(harness) == 0, "a request for help is no line of the scene"


@pytest.mark.parametrize(
    "text",
    [
        "can we do this practice another time?",
        "let's stop the scene for now",
        "I need a break from the roleplay",
        "can we continue the practice later?",
        "sorry, I have to go, let's finish the scene later",
        "pause the scene",
    ],
)
async def test_asking_to_stop_a_scene_is_answered_by_the_coach_with_how_to_come_back(
    harness: Harness, text: str
) -> None:
    session = harness.person("pat")
    await session.send("start practice-conversations")
    reply = said(await session.send(text))
    assert "*Dana" not in reply and "paused your program" in reply, reply
    assert "type `resume`" in reply and await scene_turns(harness) == 0
    assert await harness.scalar("SELECT status FROM enrolments") == "paused"  # as said
    await session.send("resume")
    back = said(await session.send("I'd like to talk about my salary, I want a raise"))
    assert "*Dana" in back, back


@pytest.mark.parametrize(
    "text",
    [
        "Not now.",
        "Maybe later.",
        "I'm not ready.",
        "I need a break.",
        "I have to go.",
        "What should I do then?",
        "Any suggestions?",
        "Ideas?",
        "I'm lost.",
    ],
)
async def test_a_line_of_the_scene_that_sounds_like_a_request_is_answered_by_the_persona(
    harness: Harness, text: str
) -> None:
    session = harness.person("quin")
    await session.send("start practice-conversations")
    reply = said(await session.send(text))
    assert "*Dana" in reply and "Hint:" not in reply and "come back" not in reply, reply
    assert await scene_turns(harness) == 1, "a line of the scene is a turn"


CHECK_IN = """
slug: daily-pulse
title: "Daily pulse"
persona: "A warm coach."
weeks:
  - title: "Today"
    unlock: {after_previous: false}
    steps:
      - key: pulse
        type: check_in
        prompt: "How are you today?"
        mood: true
        progress: false
      - key: note
        type: question
        prompt: "What's on your mind?"
"""


async def test_a_face_emoji_at_a_check_in_is_the_mood(harness: Harness, tmp_path: Path) -> None:
    await sync_program_text(harness, tmp_path / "pulse.yaml", CHECK_IN)
    session = harness.person("rae")
    await session.send("start daily-pulse")
    reply = said(await session.send("😐"))
    assert "5/10" in reply and "What's on your mind?" in reply, reply
    assert await harness.scalar("SELECT mood FROM check_ins") == 5
