"""Opening the console shows where the person is; it is not their activity, and it asks
before starting a finished program again.

Console sessions against PostgreSQL through `bot.chat.open_chat` (what `coachbot chat`
and `coachbot chat --program X` do on opening), with a program written here.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from adapters.console import ConsoleSession
from bot.chat import open_chat
from bot.console_nudges import console_advance
from engine.programs.loader import LoadedProgram, content_hash, parse_program
from tests.harness import ConsoleApp, console_app
from tests.integration.test_person_settings_and_follow_ups import _text
from tests.integration.test_week_opens_with_the_check_in import _batches

MONDAY = datetime(2026, 6, 8, 10, 0, tzinfo=UTC)


def _program() -> LoadedProgram:
    data = {
        "slug": "harbour-walk",
        "title": "Harbour Walk",
        "schedule": {"checkin_days": ["sun"], "checkin_time": "09:30", "reengage_after_days": 2},
        "weeks": [
            {
                "title": "The quay",
                "steps": [
                    {"key": "boots", "type": "yes_no", "prompt": "Boots on?"},
                    {"key": "coat", "type": "yes_no", "prompt": "Coat on?"},
                ],
            }
        ],
    }
    spec = parse_program(data, source="harbour-walk.yaml")
    return LoadedProgram(spec=spec, path=Path("harbour-walk.yaml"), content_hash=content_hash(spec))


@pytest.fixture
async def app(pg_url: str) -> AsyncIterator[ConsoleApp]:
    async with console_app(pg_url, [_program()], start=MONDAY) as app:
        yield app


def _session(app: ConsoleApp, user: str) -> ConsoleSession:
    return ConsoleSession(app.coachbot, app.clock, user=user, timezone="UTC")


async def test_reopening_the_chat_does_not_end_a_silence(app: ConsoleApp) -> None:
    session = _session(app, "u-reopen")
    assert "Boots on?" in _text(await session.send("start harbour-walk"))
    app.clock.advance(timedelta(days=1))
    # Tuesday: the chat is opened again and shows the waiting question; nothing is typed.
    assert "Boots on?" in _text(await open_chat(session, None))
    assert "Boots on?" in _text(await open_chat(session, "harbour-walk"))
    lines = await console_advance(app, session, app.clock, timedelta(days=2))
    nudges = {
        moment: batch
        for moment, batch in _batches(lines).items()
        if any("It's been a little while" in line for line in batch)
    }
    # Two days after the last message (Monday 10:00), not after the openings.
    assert list(nudges) == ["Wed 10 Jun 10:00"], lines
    await open_chat(session, None)
    assert await _reengagements(app, "u-reopen") == 1  # still counted: no activity
    await session.send("yes")
    assert await _reengagements(app, "u-reopen") == 0  # a message ends the silence


async def _reengagements(app: ConsoleApp, user: str) -> int:
    async with app.db.transaction() as conn:
        cur = await conn.execute(
            "SELECT e.reengage_count FROM enrolments e"
            " JOIN platform_identities pi ON pi.user_id = e.user_id"
            " WHERE pi.platform_user_id = %s",
            (user,),
        )
        row = await cur.fetchone()
    assert row is not None
    return int(row["reengage_count"])


async def test_a_finished_program_is_not_started_again_without_asking(app: ConsoleApp) -> None:
    session = _session(app, "u-done")
    await session.send("start harbour-walk")
    await session.send("yes")
    await session.send("yes")  # the program is finished on Monday 8 June
    app.clock.advance(timedelta(days=3))
    asked = _text(await open_chat(session, "harbour-walk"))
    assert "You finished *Harbour Walk* on Monday 8 June. Start it again from week 1?" in asked
    assert "Boots on?" not in asked
    kept = _text(await session.send("no"))
    assert "*Harbour Walk* stays finished" in kept and "Boots on?" not in kept
    assert "You completed *Harbour Walk*" in _text(await session.send("status"))
    await open_chat(session, "harbour-walk")
    # Neither a yes nor a no: asked once more, nothing changes (like every confirmation).
    assert "nothing has changed" in _text(await session.send("the weather is nice"))
    assert "You completed *Harbour Walk*" in _text(await session.send("status"))
    await open_chat(session, "harbour-walk")
    again = _text(await session.send("yes"))
    assert "Welcome to *Harbour Walk*" in again and "Boots on?" in again, again
