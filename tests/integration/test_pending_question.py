"""One pending yes/no question per person: restart, abandon goal, delete my data and the
program switch, each answered yes / no / something else / too late. Console conversations
against PostgreSQL, with programs written for these tests."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest

from adapters.console import ConsoleSession
from engine.commands.confirm import NOTHING_CHANGED, TAKEN_AS_NO
from engine.programs.loader import load_program
from engine.programs.sync import sync_programs
from tests.harness import Harness, add_goal
from tests.integration.test_privacy import _rows_referencing

LOOM = """
slug: loom-start
title: "Loom start"
weeks:
  - title: "Warp"
    steps:
      - key: yarn
        type: question
        prompt: "Which yarn are you warping with first, and what drew you to it?"
      - key: pulse
        type: check_in
        prompt: "A quick pulse before the next pass."
"""
CHOIR = """
slug: choir-breath
title: "Choir breath"
weeks:
  - title: "Breathing"
    steps:
      - key: breath
        type: question
        prompt: "When do you run out of breath in a phrase?"
"""
YARN = "A thick undyed wool from the market, because it forgives uneven tension."
ASKED_AGAIN = "Sorry, I couldn't tell whether that was a yes or a no"
LEFT_AS_IT_WAS = "I couldn't tell that was a yes, so I've left things as they are."


async def _programs(harness: Harness, tmp_path: Path) -> None:
    loaded = []
    for name, text in (("loom", LOOM), ("choir", CHOIR)):
        path = tmp_path / f"{name}.yaml"
        path.write_text(text, encoding="utf-8")
        loaded.append(load_program(path))
    async with harness.db.transaction() as conn:
        await sync_programs(conn, loaded)


@pytest.fixture
async def harness(harness: Harness, tmp_path: Path) -> Harness:
    """The engine with this module's two programs synced as well."""
    await _programs(harness, tmp_path)
    return harness


async def _started(harness: Harness, name: str) -> ConsoleSession:
    """`name`, at the first step of Loom start."""
    person = harness.person(name)
    await person.send("start loom-start")
    return person


def said(replies: list[Any]) -> str:
    return "\n".join(str(getattr(r, "text", r)) for r in replies)


async def _audit(harness: Harness) -> list[tuple[str, str | None]]:
    rows = await harness.rows("SELECT action, detail ->> 'answer' AS a FROM audit_log ORDER BY id")
    return [(str(r["action"]), r["a"] if r["a"] is None else str(r["a"])) for r in rows]


async def _enrolments(harness: Harness) -> list[tuple[str, str]]:
    rows = await harness.rows(
        "SELECT p.slug, e.status FROM enrolments e JOIN programs p ON p.id = e.program_id"
        " ORDER BY e.id"
    )
    return [(str(r["slug"]), str(r["status"])) for r in rows]


async def test_restart_answered_with_something_else_is_asked_again_then_left_as_it_was(
    harness: Harness,
) -> None:
    ana = await _started(harness, "ana")
    assert "Sure? (yes / no)" in said(await ana.send("restart"))
    reply = said(await ana.send(YARN))  # neither a yes nor a no: never guessed to be a no
    assert reply.startswith(ASKED_AGAIN) and "(yes / no)" in reply
    reply = said(await ana.send(YARN))
    assert reply.startswith(LEFT_AS_IT_WAS) and "type `restart`" in reply and "Which yarn" in reply
    # The text went to the question, not to the step: nothing was recorded as the answer.
    assert await harness.scalar("SELECT count(*) FROM step_attempts") == 0
    await ana.send("yes")  # the question is gone: this "yes" restarts nothing
    assert await _enrolments(harness) == [("loom-start", "active")]
    assert await harness.scalar("SELECT count(pending_question) FROM users") == 0


async def test_a_question_asked_again_near_its_end_gets_a_fresh_window(harness: Harness) -> None:
    eli = await _started(harness, "eli")
    await eli.send("restart")
    harness.clock.advance(timedelta(minutes=9, seconds=50))
    assert said(await eli.send(YARN)).startswith(ASKED_AGAIN)  # "Shall I go ahead?"
    harness.clock.advance(timedelta(seconds=20))  # 10m10s after the first asking
    assert "Starting over" in said(await eli.send("yes"))
    assert await _enrolments(harness) == [("loom-start", "abandoned"), ("loom-start", "active")]
    assert await harness.scalar("SELECT count(*) FROM step_attempts") == 0


async def test_a_command_instead_of_an_answer_is_a_no_and_the_command_still_runs(
    harness: Harness,
) -> None:
    ben = await _started(harness, "ben")
    await ben.send("restart")
    reply = said(await ben.send("status"))
    assert reply.startswith(TAKEN_AS_NO) and "Here's where you are" in reply
    await ben.send("yes")
    assert await _enrolments(harness) == [("loom-start", "active")]
    await ben.send("restart")
    reply = said(await ben.send("stop reminders"))  # a command, though "stop" is a no word
    assert reply.startswith(TAKEN_AS_NO)
    assert await harness.scalar("SELECT reminders_enabled FROM users") is False
    await ben.send("restart")
    assert said(await ben.send("later")) == NOTHING_CHANGED  # "later" here is "not now"


async def test_restart_no_cancels_and_yes_in_portuguese_restarts(harness: Harness) -> None:
    cai = await _started(harness, "cai")
    await cai.send("restart")
    assert said(await cai.send("not now")) == NOTHING_CHANGED
    await cai.send("restart")
    again = said(await cai.send("restart"))  # typed twice: simply asked again
    assert not again.startswith(TAKEN_AS_NO) and "Sure? (yes / no)" in again
    assert "Starting over" in said(await cai.send("sim, pode"))
    assert await _enrolments(harness) == [("loom-start", "abandoned"), ("loom-start", "active")]
    assert await _audit(harness) == [
        ("restart_requested", None),
        ("restart_answered", "no"),
        ("restart_requested", None),
        ("restart_requested", None),
        ("restart_answered", "yes"),
    ]


async def test_abandon_goal_is_never_answered_by_a_yes_a_week_later(harness: Harness) -> None:
    dee = await _started(harness, "dee")
    await add_goal(harness, "Weave one scarf by the end of the month")
    assert "Weave one scarf" in said(await dee.send("abandon goal"))
    harness.clock.advance(timedelta(days=7))
    assert "Goal set aside" not in said(await dee.send("yes"))
    assert await harness.scalar("SELECT status FROM goals") == "active"
    assert await harness.scalar("SELECT count(pending_question) FROM users") == 0
    await dee.send("abandon goal")
    reply = said(await dee.send("what would that change?"))
    assert reply.startswith(ASKED_AGAIN)
    assert said(await dee.send("nope")) == NOTHING_CHANGED
    assert await harness.scalar("SELECT status FROM goals") == "active"


async def test_delete_my_data_with_a_plain_yes_deletes_every_row(harness: Harness) -> None:
    eve = await _started(harness, "eve")
    await eve.send(YARN)
    user_id = int(str(await harness.scalar("SELECT id FROM users")))
    enrolments = [int(str(r["id"])) for r in await harness.rows("SELECT id FROM enrolments")]
    asked = await eve.send("delete my data")
    assert "yes delete" in said(asked)
    assert "deleted" in said(await eve.send("Sí")).lower()
    assert await _rows_referencing(harness, user_id, enrolments) == {}
    assert await _audit(harness) == [("user_deleted", None)]


async def test_delete_my_data_answered_no_something_else_or_late_deletes_nothing(
    harness: Harness,
) -> None:
    fay = await _started(harness, "fay")
    await fay.send("delete my data")
    assert said(await fay.send("nein danke")) == "Cancelled — nothing was deleted."
    await fay.send("delete my data")
    unclear = said(await fay.send("what exactly is erased?"))  # asked once only: nothing goes
    assert unclear.startswith(LEFT_AS_IT_WAS) and "Nothing was deleted" in unclear
    assert "type `delete my data`, then `yes delete`" in unclear
    assert "delete my data` first" in said(await fay.send("yes delete"))
    await fay.send("delete my data")
    harness.clock.advance(timedelta(minutes=16))
    assert "delete my data` first" in said(await fay.send("yes delete"))
    assert await harness.scalar("SELECT count(*) FROM users") == 1
    assert await harness.scalar("SELECT count(*) FROM enrolments") == 1
    # Every asking and every answer stays in the audit trail (an expired one has no answer).
    assert await _audit(harness) == [
        ("delete_requested", None),
        ("delete_answered", "no"),
        ("delete_requested", None),
        ("delete_answered", "other"),
        ("delete_requested", None),
    ]


async def test_a_switch_answered_no_keeps_the_current_program_and_shows_its_step(
    harness: Harness,
) -> None:
    gus = await _started(harness, "gus")
    asked = said(await gus.send("start choir-breath"))
    assert "Pause it and start *Choir breath*? (yes / no)" in asked
    kept = said(await gus.send("nah"))
    assert "won't start *Choir breath*" in kept and "Which yarn" in kept
    assert await _enrolments(harness) == [("loom-start", "active")]
    assert await _audit(harness) == [("switch_requested", None), ("switch_answered", "no")]
    assert await harness.scalar("SELECT count(pending_question) FROM users") == 0


async def test_a_switch_answered_with_something_else_or_too_late_switches_nothing(
    harness: Harness,
) -> None:
    hal = await _started(harness, "hal")
    await hal.send("start choir-breath")
    assert said(await hal.send("how long does the choir one take?")).startswith(ASKED_AGAIN)
    reply = said(await hal.send("and is it hard?"))
    assert reply.startswith(LEFT_AS_IT_WAS) and "Which yarn" in reply
    assert "type `start choir-breath`" in reply
    await hal.send("start choir-breath")
    harness.clock.advance(timedelta(minutes=16))
    await hal.send("yes")
    assert await _enrolments(harness) == [("loom-start", "active")]
    await hal.send("start choir-breath")
    started = said(await hal.send("go ahead"))
    assert "*Loom start* is paused" in started and "When do you run out of breath" in started
    assert await _enrolments(harness) == [
        ("loom-start", "paused"),
        ("choir-breath", "active"),
    ]


async def test_an_old_button_of_another_question_answers_nothing(harness: Harness) -> None:
    ivy = await _started(harness, "ivy")
    restart = await ivy.send("restart")
    ref = restart[-1].choice_ref
    assert ref is not None
    switch = said(await ivy.send("start choir-breath"))
    assert switch.startswith(TAKEN_AS_NO) and "Pause it and start" in switch
    assert "moved on" in said(await ivy.click(ref, "yes"))
    assert await _enrolments(harness) == [("loom-start", "active")]
    assert "won't start" in said(await ivy.send("no"))


async def test_after_a_crisis_reply_a_yes_answers_no_earlier_question(harness: Harness) -> None:
    jo = await _started(harness, "jo")
    await jo.send("restart")
    await jo.send("I want to kill myself")
    await jo.send("yes")
    assert await _enrolments(harness) == [("loom-start", "active")]


@pytest.fixture
def queries(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every SQL statement sent while the test runs (psycopg's cursor, counted)."""
    sent: list[str] = []
    execute = psycopg.AsyncCursor.execute

    async def counting(self: psycopg.AsyncCursor[Any], query: Any, *args: Any, **kw: Any) -> Any:
        sent.append(str(query))
        return await execute(self, query, *args, **kw)

    monkeypatch.setattr(psycopg.AsyncCursor, "execute", counting)
    yield sent


def _reads(queries: list[str]) -> list[str]:
    return [q for q in queries if q.lstrip().startswith(("SELECT", "BEGIN"))]


async def test_answering_costs_no_read_of_its_own(harness: Harness, queries: list[str]) -> None:
    kim = await _started(harness, "kim")
    await kim.send("restart")
    queries.clear()
    assert said(await kim.send("no")) == NOTHING_CHANGED
    # Only the turn's own two loads (plan, then under the lock): the question came with them.
    assert len(_reads(queries)) == 2
    await kim.send("delete my data")
    queries.clear()
    assert "nothing was deleted" in said(await kim.send("cancel"))
    assert len(_reads(queries)) == 2
    assert not [q for q in queries if "audit_log" in q and "INSERT" not in q]


async def test_abandon_goal_after_the_program_is_completed_is_answered_on_that_program(
    harness: Harness,
) -> None:
    lia = await _started(harness, "lia")
    await add_goal(harness, "Weave one scarf by the end of the month")
    await lia.send(YARN)
    await lia.send("8")
    assert "completed *Loom start*" in said(await lia.send("60"))
    assert "Sure? (yes / no)" in said(await lia.send("abandon goal"))
    assert "Goal set aside" in said(await lia.send("ok"))
    assert await harness.scalar("SELECT status FROM goals") == "abandoned"
