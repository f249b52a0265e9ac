"""Onboarding that doesn't loop, and continuity between weeks, through console conversations.

Built-in onboarding and a program written for these tests (a profile step with its own
fields and a time zone, then two reflective weeks a week apart).
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from tests.harness import Harness, sync_program_text

PROGRAM = """
slug: team-habits
title: "Team habits"
description: "Two weeks on one team habit."
persona: "A calm coach."
weeks:
  - title: "Start"
    unlock: {after_previous: false}
    steps:
      - key: about
        type: extract
        prompt: "First, tell me about you: what name you go by, your team, and your city."
        fields:
          - name: first_name
            description: "What name do you go by?"
          - name: team
            description: "Which team are you on?"
          - name: city
            description: "Which city do you work from?"
          - name: coaching_style
            description: "How should I coach you: short and direct, or detailed?"
            patterns:
              - "(?i)\\\\b((?:short|brief|direct|detailed)[^.!?]*)"
          - name: timezone
            description: "What's your time zone? A city or a name like Asia/Tokyo is fine."
        hints:
          - "Say 'skip' for anything you'd rather keep to yourself."
      - key: habit
        type: question
        prompt: "Which team habit would you like to change, and why?"
        requires:
          - key: habit
            label: "the habit"
            keywords: [meeting, meetings, standup, review, reviews, handover]
      - key: reflect
        type: reflection
        prompt: "Looking back at this week: what did you learn, and what will you do next?"
  - title: "Follow through"
    unlock: {days: 7}
    steps:
      - key: progress
        type: question
        prompt: "What changed in the team this week?"
      - key: reflect2
        type: reflection
        prompt: "What did you learn this week, and what's your next step?"
"""


def text_of(replies: list) -> str:  # type: ignore[type-arg]
    return "\n".join(r.text for r in replies)


async def _install(harness: Harness, tmp_path: Path) -> None:
    await sync_program_text(harness, tmp_path / "team-habits.yaml", PROGRAM)


async def _profile(harness: Harness, user: str) -> dict[str, object]:
    rows = await harness.rows(
        "SELECT f.field, f.value FROM profile_fields f JOIN platform_identities i"
        " ON i.user_id = f.user_id WHERE i.platform_user_id = %s",
        user,
    )
    return {str(r["field"]): r["value"] for r in rows}


async def _zone(harness: Harness, user: str) -> object:
    return await harness.scalar(
        "SELECT u.timezone FROM users u JOIN platform_identities i ON i.user_id = u.id"
        " WHERE i.platform_user_id = %s",
        user,
    )


async def test_builtin_onboarding_first_message_is_not_the_name_and_a_bare_name_is_taken(
    harness: Harness,
) -> None:
    bea = harness.person("bea", timezone=None)
    await bea.send("start onboarding")
    about = text_of(await bea.send("what is this?"))
    assert "coach" in about.casefold() and "what should i call you?" in about.casefold()
    got = text_of(
        await bea.send(
            "I'm a senior product designer based in Porto. I like direct, short feedback."
        )
    )
    assert "=" not in got and "senior" in got and "Porto" in got
    assert got.count("What should I call you?") == 1
    named = text_of(await bea.send("Bea"))
    assert "Thanks, Bea!" in named
    profile = await _profile(harness, "bea")
    assert profile["name"] == "Bea" and profile["location"] == "Porto"
    assert "what is this" not in str(profile.values()).casefold()
    # The zone Porto implies is offered, and "yes" sets it as the `timezone` command would.
    offer = text_of(await bea.send("pass"))
    assert "Porto → Europe/Lisbon, right?" in offer
    done = text_of(await bea.send("yes"))
    assert "Europe/Lisbon" in done and "What would you like to work on first?" in done
    assert await _zone(harness, "bea") == "Europe/Lisbon"


@pytest.mark.parametrize(
    ("said", "name"),
    [("it's Kofi", "Kofi"), ("call me B.", "B"), ("Mariana Costa", "Mariana Costa")],
)
async def test_the_name_asked_for_is_taken_in_varied_wordings(
    harness: Harness, said: str, name: str
) -> None:
    p = harness.person("p1")
    await p.send("start onboarding")
    asked = text_of(await p.send("I work as a nurse in Leeds."))
    assert "What should I call you?" in asked
    await p.send(said)
    assert (await _profile(harness, "p1"))["name"] == name


async def test_the_name_is_asked_at_most_twice_then_onboarding_moves_on(harness: Harness) -> None:
    p = harness.person("shy")
    await p.send("start onboarding")
    said = [text_of(await p.send("I'm a teacher based in Lyon, mid-level."))]
    for answer in ("hmm why", "?", "whatever", "no idea", "dunno", "nah"):
        said.append(text_of(await p.send(answer)))
    everything = "\n".join(said)
    assert everything.count("What should I call you?") <= 2
    assert "name" not in await _profile(harness, "shy")


@pytest.mark.parametrize(
    "decline",
    [
        "skip",
        "I'd rather not share",
        "pass",
        "prefiro não dizer",
        "prefiero no decirlo",
        "lieber nicht",
        "je préfère ne pas répondre",
    ],
)
async def test_declining_a_field_is_accepted_in_several_languages(
    harness: Harness, decline: str
) -> None:
    p = harness.person("decliner")
    await p.send("start onboarding")
    asked = text_of(await p.send("Hi, I'm Lena, a data analyst in Berlin."))
    first = "How experienced are you"
    assert first in asked
    reply = text_of(await p.send(decline))
    assert "can't be skipped" not in reply
    assert first not in reply  # moved on to the next field
    assert "experience_level" not in await _profile(harness, "decliner")


async def test_test_program_skip_promised_by_the_hint_works_and_zone_is_asked_without_a_city(
    harness: Harness, tmp_path: Path
) -> None:
    await _install(harness, tmp_path)
    p = harness.person("yuki", timezone=None)
    await p.send("start team-habits")
    hint = text_of(await p.send("hint"))
    assert "skip" in hint
    opener = text_of(await p.send("hello"))
    assert "what name do you go by?" in opener.casefold()
    assert "Which team are you on?" in text_of(await p.send("Yuki"))
    asked = text_of(await p.send("the platform team"))
    assert "Which city do you work from?" in asked
    asked_style = text_of(await p.send("skip"))
    assert "How should I coach you" in asked_style
    zone_q = text_of(await p.send("short and direct please"))
    assert "time zone" in zone_q.casefold() and "right?" not in zone_q
    set_ = text_of(await p.send("Osaka"))
    assert "Asia/Tokyo" in set_ and await _zone(harness, "yuki") == "Asia/Tokyo"
    assert "Which team habit" in set_
    profile = await _profile(harness, "yuki")
    assert profile["first_name"] == "Yuki" and "city" not in profile


async def _profile_step(p: object, *answers: str) -> str:
    send = p.send  # type: ignore[attr-defined]
    await send("start team-habits")
    out = ""
    for answer in ("hi", *answers):
        out = text_of(await send(answer))
    return out


async def test_a_platform_zone_is_never_asked_for(harness: Harness, tmp_path: Path) -> None:
    await _install(harness, tmp_path)
    p = harness.person("sam", timezone="America/Chicago")  # as Slack gives it
    out = await _profile_step(p, "Sam", "growth", "Austin", "short please")
    assert "time zone" not in out.casefold() and "Which team habit" in out


async def _week_one(p: object, style: str = "short and direct") -> None:
    await _profile_step(p, "Rita", "design", "Porto", style, "yes")
    send = p.send  # type: ignore[attr-defined]
    await send(
        "Our standup meetings drag on, I want them under ten minutes because people lose focus."
    )


async def test_week_end_shows_the_summary_in_the_persons_words_and_week_two_recalls_the_action(
    harness: Harness, tmp_path: Path
) -> None:
    await _install(harness, tmp_path)
    p = harness.person("rita", timezone=None)
    await _week_one(p)
    end = text_of(
        await p.send(
            "I learned that a timer keeps everyone honest. Next week I'll message Rui about"
            " moving the standup to 9:30."
        )
    )
    assert "Your week in your own words" in end
    assert "a timer keeps everyone honest" in end and "standup meetings drag on" in end
    assert "you shared" not in end.casefold() and "answers, starting with" not in end
    assert "Well done, Rita!" in end
    harness.clock.advance(timedelta(days=8))
    opening = text_of(await p.send("hello"))
    assert "Welcome back, Rita!" in opening
    assert "Last week you planned to message Rui about moving the standup" in opening
    assert "What changed in the team" not in opening  # the follow-up comes first
    after = text_of(await p.send("It went well, Rui agreed and we moved it."))
    assert "What changed in the team this week?" in after
    kept = await harness.rows(
        "SELECT a.answer FROM step_attempts a WHERE a.step_key = 'follow_up' AND a.week_number = 2"
    )
    assert [r["answer"] for r in kept] == ["It went well, Rui agreed and we moved it."]


async def test_a_short_preference_shortens_the_offline_coach(
    harness: Harness, tmp_path: Path
) -> None:
    await _install(harness, tmp_path)
    answer = (
        "Our standup meetings drag on, I want them under ten minutes because people lose focus."
    )
    replies = {}
    for user, style in (("brief", "short and direct"), ("full", "detailed, with examples")):
        p = harness.person(user)
        await _profile_step(p, "Ana", "design", "Porto", style)
        replies[user] = text_of(await p.send(answer))
    assert len(replies["brief"]) < len(replies["full"])
    assert "Looking back at this week" in replies["brief"]  # the next question still comes


ZONE_ONLY = """
slug: check-zone
title: "Zone check"
description: "Only what is missing."
persona: "A calm coach."
weeks:
  - title: "One"
    unlock: {after_previous: false}
    steps:
      - key: about
        type: extract
        prompt: "Your name and city, please."
        fields:
          - {name: name, description: "What should I call you?"}
          - {name: location, description: "Where are you based?"}
          - {name: timezone, description: "Which time zone are you in?"}
      - key: done
        type: content
        prompt: "All set."
        body: "That's it."
"""


async def test_when_only_the_zone_is_missing_it_is_asked_straight_away(
    harness: Harness, tmp_path: Path
) -> None:
    await sync_program_text(harness, tmp_path / "check-zone.yaml", ZONE_ONLY)
    p = harness.person("kai", timezone=None)
    await p.send("start onboarding")
    await p.send("I'm Kai, a nurse based in Nairobi.")
    for _ in range(8):  # decline the rest, the zone included
        if "What would you like to work on first?" in text_of(await p.send("skip")):
            break
    assert await _zone(harness, "kai") == "UTC"
    opening = text_of(await p.send("start check-zone"))
    if "Pause it and start" in opening:  # one running program at a time: onboarding pauses
        opening = text_of(await p.send("yes"))
    assert "Nairobi → Africa/Nairobi, right?" in opening
    assert "Your name and city" not in opening
    done = text_of(await p.send("yes"))
    assert "Africa/Nairobi" in done and "All set." in done
    assert await _zone(harness, "kai") == "Africa/Nairobi"


async def test_names_and_places_with_accents_are_read_and_acknowledged(harness: Harness) -> None:
    p = harness.person("tomas", timezone=None)
    await p.send("start onboarding")
    said = text_of(
        await p.send("Hi, I'm Tomás, a founder of a pre-seed fintech in São Paulo. Keep it short.")
    )
    assert "Nice to meet you, Tomás" in said and "you'd like me to keep it short" in said
    assert "São Paulo → America/Sao_Paulo, right?" in said
    profile = await _profile(harness, "tomas")
    assert profile["name"] == "Tomás" and profile["location"] == "São Paulo"
