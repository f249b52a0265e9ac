"""A mistyped yes through the console: a yes at a choice step with yes/no options and at
a confirmation, never a no; at `delete my data` it deletes nothing and says how to confirm."""

from __future__ import annotations

from pathlib import Path

from adapters.console import ConsoleSession
from tests.harness import Harness, said, sync_program_text

KILN = """
slug: kiln-firing
title: "Kiln firing"
weeks:
  - title: "First firing"
    steps:
      - key: glazed
        type: choice
        prompt: "Have you glazed a pot before?"
        options:
          - {label: "Yes, I have", value: glazed}
          - {label: "No, not yet", value: fresh}
          - {label: "Not sure", value: unsure}
      - key: cone
        type: question
        prompt: "Which cone do you plan to fire to, and why?"
  - title: "Second firing"
    steps:
      - key: again
        type: question
        prompt: "What will you change next time?"
"""
GLAZED = "Have you glazed a pot before?"
CONE = "Which cone do you plan to fire to"


async def _kiln(harness: Harness, tmp_path: Path, name: str) -> ConsoleSession:
    await sync_program_text(harness, tmp_path / "kiln.yaml", KILN)
    person = harness.person(name)
    assert GLAZED in said(await person.send("start kiln-firing"))
    return person


async def _choices(harness: Harness) -> list[tuple[str, str]]:
    rows = await harness.rows(
        "SELECT answer, classification FROM step_attempts WHERE step_key = 'glazed' ORDER BY id"
    )
    return [(str(r["answer"]), str(r["classification"])) for r in rows]


async def test_a_mistyped_yes_picks_the_yes_option(harness: Harness, tmp_path: Path) -> None:
    ivy = await _kiln(harness, tmp_path, "ivy")
    assert CONE in said(await ivy.send("yse"))
    assert await _choices(harness) == [("Yes, I have", "glazed")]


async def test_a_no_in_another_language_picks_the_no_option(
    harness: Harness, tmp_path: Path
) -> None:
    jon = await _kiln(harness, tmp_path, "jon")
    assert CONE in said(await jon.send("Nein."))
    assert await _choices(harness) == [("No, not yet", "fresh")]


async def test_a_mistyped_yes_confirms_a_restart(harness: Harness, tmp_path: Path) -> None:
    kim = await _kiln(harness, tmp_path, "kim")
    assert "Sure? (yes / no)" in said(await kim.send("restart"))
    assert "Starting over" in said(await kim.send("Yse!"))
    statuses = await harness.rows("SELECT status FROM enrolments ORDER BY id")
    assert [str(r["status"]) for r in statuses] == ["abandoned", "active"]


async def test_an_unclear_answer_is_asked_again_and_a_yes_then_counts(
    harness: Harness, tmp_path: Path
) -> None:
    lea = await _kiln(harness, tmp_path, "lea")
    await lea.send("restart")
    assert "(yes / no)" in said(await lea.send("ues"))  # neither: asked again, not a no
    assert "Starting over" in said(await lea.send("yeah"))


async def test_a_mistyped_yes_deletes_nothing_and_says_how_to_confirm(
    harness: Harness, tmp_path: Path
) -> None:
    max_ = await _kiln(harness, tmp_path, "max")
    await max_.send("delete my data")
    reply = said(await max_.send("yse"))
    assert "Nothing was deleted" in reply and "`yes delete`" in reply, reply
    assert await harness.scalar("SELECT count(*) FROM users") == 1
    await max_.send("delete my data")
    assert "deleted" in said(await max_.send("yes delete")).lower()
    assert await harness.scalar("SELECT count(*) FROM users") == 0
