"""Coaching that listens, in the console with the offline coach, on a program written here:
memory across attempts, meta-replies answered but not recorded, short direct answers,
coverage that never goes backwards, every attempt in the export, messages in order."""

from __future__ import annotations

from pathlib import Path

from engine.store import privacy
from tests.harness import Harness, sync_program_text

PROGRAM = """
slug: garden-club
title: "Garden club"
persona: "A friendly gardening mentor."
weeks:
  - title: "Your plot"
    unlock: {after_previous: false}
    steps:
      - key: plot
        type: question
        prompt: "Tell me about your garden: how big it is, what grows well, what keeps failing."
        requires:
          - key: size
            label: "how big it is"
            keywords: [square, metre, balcony, acre, small, big, tiny, plot, yard, pots]
          - key: thriving
            label: "what grows well"
            keywords: [tomato, herb, basil, thriv, flourish, loves it]
          - key: failing
            label: "what keeps failing"
            keywords: [die, dead, fail, slug, rot, eaten, wilt]
        max_attempts: 4
      - key: season
        type: question
        prompt: "Which season do you like best in the garden: spring, summer or autumn?"
        requires:
          - {key: season, label: "your favourite season", keywords: [spring, summer, autumn]}
        max_attempts: 3
      - key: wrap
        type: content
        prompt: "That's the week."
        body: "See you soon!"
"""


async def _start(h: Harness, tmp_path: Path, user: str) -> None:
    await sync_program_text(h, tmp_path / "garden.yaml", PROGRAM)
    await h.person(user).send("start garden-club")


async def _position(h: Harness, user: str) -> tuple[int, int]:
    rows = await h.rows(
        "SELECT e.current_step, e.step_attempt FROM enrolments e"
        " JOIN platform_identities i ON i.user_id = e.user_id"
        " WHERE i.platform_user_id = %s ORDER BY e.id DESC LIMIT 1",
        user,
    )
    return int(str(rows[0]["current_step"])), int(str(rows[0]["step_attempt"]))


def _question(reply: str) -> str:
    """The sentence of a reply that asks something."""
    asking = [s for s in reply.replace("?", "?\n").splitlines() if s.strip().endswith("?")]
    return asking[-1].split(".")[-1] if asking else ""


def _text(replies: list[object]) -> str:
    return "\n".join(str(getattr(r, "text", r)) for r in replies)


async def test_the_coach_remembers_earlier_attempts_and_answers_meta_replies(
    harness: Harness, tmp_path: Path
) -> None:
    await _start(harness, tmp_path, "gil")
    session = harness.person("gil")

    first = _text(await session.send("I have a tiny balcony with a few pots."))
    assert "what grows well" in first and "what keeps failing" in first
    assert "how big" not in _question(first)  # asks only for what is missing

    second = _text(await session.send("The basil loves it out there."))
    assert "what keeps failing" in second
    assert "what keeps failing" in _question(second)
    assert "how big" not in _question(second), "coverage went backwards"
    assert "what grows well" not in _question(second)
    assert await _position(harness, "gil") == (0, 2)

    meta = _text(await session.send("what do you mean? I just told you"))
    assert "So far I understand" in meta and "what keeps failing" in meta
    assert await _position(harness, "gil") == (0, 2), "a meta-reply spends no attempt"

    await session.send("Lettuce, every time: the slugs get it.")
    assert (await _position(harness, "gil"))[0] == 1, "three attempts together cover the step"

    attempts = await harness.rows(
        "SELECT a.answer, a.missing_items FROM step_attempts a"
        " JOIN enrolments e ON e.id = a.enrolment_id"
        " JOIN platform_identities i ON i.user_id = e.user_id"
        " WHERE i.platform_user_id = 'gil' AND a.step_key = 'plot' ORDER BY a.id"
    )
    assert [a["answer"] for a in attempts] == [
        "I have a tiny balcony with a few pots.",
        "The basil loves it out there.",
        "Lettuce, every time: the slugs get it.",
    ]
    missing = [set(a["missing_items"] or []) for a in attempts]  # type: ignore[call-overload]
    assert missing[0] == {"thriving", "failing"} and missing[1] == {"failing"}
    assert missing[2] == set()


async def test_a_short_direct_answer_is_accepted(harness: Harness, tmp_path: Path) -> None:
    await _start(harness, tmp_path, "ines")
    session = harness.person("ines")
    await session.send("A big yard; tomatoes thrive, but the carrots always rot.")
    assert (await _position(harness, "ines"))[0] == 1
    reply = _text(await session.send("autumn obviously"))
    assert "autumn obviously" in reply, "the acknowledgement gives the person's words back"
    assert (await _position(harness, "ines"))[0] == 2
    valid = await harness.scalar(
        "SELECT valid FROM step_attempts WHERE step_key = 'season' AND answer = 'autumn obviously'"
    )
    assert valid is True


async def test_export_keeps_every_attempt_and_messages_in_the_order_they_happened(
    harness: Harness, tmp_path: Path
) -> None:
    await _start(harness, tmp_path, "joao")
    session = harness.person("joao")
    for text in ("A small plot behind the house.", "isn't that what I said?", "Herbs thrive."):
        await session.send(text)
    await session.send("Everything else dies in August.")
    async with harness.db.transaction() as conn:
        user_id = await harness.scalar(
            "SELECT user_id FROM platform_identities WHERE platform_user_id = 'joao'"
        )
        data = await privacy.export_data(conn, int(str(user_id)))
    words = {row["step_key"]: row["attempts"] for row in data["own_words"]}
    assert words["plot"] == [
        "A small plot behind the house.",
        "Herbs thrive.",
        "Everything else dies in August.",
    ]
    messages = data["messages"]
    directions = "".join("<" if m["direction"] == "in" else ">" for m in messages)
    assert directions == "<>>><><><><>>", "every message comes before the replies to it"
    for i, message in enumerate(messages):
        if message["direction"] == "in" and message["text"] == "Herbs thrive.":
            assert messages[i + 1]["direction"] == "out"
            assert "what keeps failing" in messages[i + 1]["text"]
