"""Settings belong to the person; promises after a program are data; one program at a time.

Console sessions against PostgreSQL, with programs written here (not the built-in ones):
the follow-ups a program declares arrive on the declared (or the person's) days until
they end, a program without them falls silent after one closing message, and starting
a second program asks before pausing the first.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest

from adapters.console import ConsoleSession
from bot.console_nudges import console_advance
from engine.programs.loader import LoadedProgram, content_hash, parse_program
from tests.harness import ConsoleApp, console_app


def _program(slug: str, title: str, *, weeks: int = 1, **extra: Any) -> LoadedProgram:
    """A small program: a yes/no about keeping in touch, a last yes/no; a locked week two."""
    first = {
        "title": "The only week",
        "steps": [
            {
                "key": "carry_on",
                "type": "yes_no",
                "prompt": "Shall we keep in touch afterwards?",
                "on_yes": "Lovely.",
                "on_no": "Fair enough.",
            },
            {"key": "last_word", "type": "yes_no", "prompt": "Ready to finish?"},
        ],
    }
    later = {
        "title": "Week two",
        "unlock": {"after_previous": True, "days": 30},
        "steps": [{"key": "more", "type": "yes_no", "prompt": "Still there?"}],
    }
    data = {
        "slug": slug,
        "title": title,
        "schedule": {"checkin_days": ["mon"], "checkin_time": "09:30"},
        "weeks": [first, later][:weeks],
        **extra,
    }
    spec = parse_program(data, source=f"{slug}.yaml")
    return LoadedProgram(spec=spec, path=Path(f"{slug}.yaml"), content_hash=content_hash(spec))


PROGRAMS = [
    _program(
        "stretch-club",
        "Stretch Club",
        follow_up={"every": ["tue", "thu"], "at": "10:15", "for_weeks": 2, "ask": "carry_on"},
    ),
    _program(
        "own-days",
        "Own Days",
        follow_up={"every": "check-in days", "for_weeks": 1},
    ),
    _program("quiet-finish", "Quiet Finish"),
    _program("long-haul", "Long Haul", weeks=2),
    _program("side-quest", "Side Quest", runs_alongside=True),
]


@pytest.fixture
async def app(pg_url: str) -> AsyncIterator[ConsoleApp]:
    async with console_app(pg_url, PROGRAMS) as app:
        yield app


def _text(replies: list[Any]) -> str:
    return "\n".join(r.text for r in replies)


def _reminder_days(lines: list[str], marker: str) -> list[str]:
    """The day ("Tue 09 Jun") each reminder containing `marker` was delivered on."""
    days = []
    header = ""
    for line in lines:
        if line.startswith("— "):
            header = " ".join(line.strip("— ").split()[:3])
        elif marker in line:
            days.append(header)
    return days


def _due_times(pg_url: str, marker: str) -> list[str]:
    """The due times (UTC, "Tue 09 Jun 10:15") of the check-ins whose payload has `marker`."""
    with psycopg.connect(pg_url) as conn:
        rows = conn.execute(
            "SELECT to_char(due_at AT TIME ZONE 'UTC', 'Dy DD Mon HH24:MI') FROM nudges"
            " WHERE kind = 'check_in' AND payload ? %s ORDER BY due_at",
            (marker,),
        ).fetchall()
    return [r[0] for r in rows]


async def test_a_declared_follow_up_arrives_on_its_days_until_it_ends_and_not_after(
    app: ConsoleApp, pg_url: str
) -> None:
    session = await app.started("ines", "stretch-club")
    agreed = _text(await session.send("yes"))
    assert "Lovely." in agreed
    assert "on Tuesdays and Thursdays at 10:15 for 2 weeks" in agreed  # from the declaration
    done = _text(await session.send("yes"))
    assert "You've completed *Stretch Club*" in done
    # The promise names exactly what is planned: days, time, zone, last day.
    assert "on Tuesdays and Thursdays at 10:15 (UTC) until Monday 22 June" in done
    lines = await console_advance(app, session, app.clock, timedelta(weeks=4))
    days = _reminder_days(lines, "Checking in after *Stretch Club*")
    assert days == ["Tue 09 Jun", "Thu 11 Jun", "Tue 16 Jun", "Thu 18 Jun"]
    assert _due_times(pg_url, "follow_up") == [
        "Tue 09 Jun 10:15",
        "Thu 11 Jun 10:15",
        "Tue 16 Jun 10:15",
        "Thu 18 Jun 10:15",
    ]
    assert [line for line in lines if line.startswith("🔔") and "Checking in" not in line] == []


async def test_a_follow_up_check_in_is_answered_after_the_program_ended(app: ConsoleApp) -> None:
    session = await app.started("jon", "stretch-club")
    await session.send("yes")
    await session.send("yes")
    lines = await console_advance(app, session, app.clock, timedelta(days=1, hours=4))
    assert _reminder_days(lines, "Checking in after") == ["Tue 09 Jun"]
    replies = await session.send("6")
    # The program set no goal, so the follow-up check-in asks only for the mood.
    assert "Check-in saved" in _text(replies) and "6/10" in _text(replies)


async def test_declining_the_follow_up_means_nothing_after_the_end(app: ConsoleApp) -> None:
    session = await app.started("kai", "stretch-club")
    declined = _text(await session.send("no"))
    assert "reminders stop when the program ends" in declined
    done = _text(await session.send("yes"))
    assert "No more reminders" in done and "I'll check in" not in done
    lines = await console_advance(app, session, app.clock, timedelta(weeks=3))
    assert [line for line in lines if line.startswith("🔔")] == []


async def test_follow_ups_on_the_persons_own_days_and_time(app: ConsoleApp, pg_url: str) -> None:
    session = ConsoleSession(app.coachbot, app.clock, user="lea", timezone="Asia/Bangkok")
    await session.send("schedule wed,sat 08:45")  # before any program: the person's
    await session.send("start own-days")
    await session.send("yes")
    done = _text(await session.send("yes"))
    assert "on Wednesdays and Saturdays at 08:45 (Asia/Bangkok)" in done
    lines = await console_advance(app, session, app.clock, timedelta(weeks=2))
    # 08:45 in Bangkok is 01:45 UTC; one week of follow-ups, then nothing.
    assert _reminder_days(lines, "Checking in after *Own Days*") == ["Wed 10 Jun", "Sat 13 Jun"]
    assert _due_times(pg_url, "follow_up") == ["Wed 10 Jun 01:45", "Sat 13 Jun 01:45"]


async def test_a_program_without_follow_up_ends_with_one_message_then_silence(
    app: ConsoleApp,
) -> None:
    session = await app.started("max", "quiet-finish")
    await session.send("yes")
    done = _text(await session.send("yes"))
    assert "You've completed *Quiet Finish*" in done
    assert "`start quiet-finish`" in done  # how to come back
    assert "I'll check in" not in done
    lines = await console_advance(app, session, app.clock, timedelta(weeks=3))
    assert [line for line in lines if line.startswith("🔔")] == []


async def test_settings_are_the_persons_and_survive_a_second_program(
    app: ConsoleApp, pg_url: str
) -> None:
    session = await app.started("noa", "long-haul")
    await session.send("timezone Europe/Berlin")
    await session.send("quiet hours 22:00-07:00")
    await session.send("schedule tue,fri 10:00")
    await session.send("start side-quest")  # may run alongside: no question
    shown = _text(await session.send("settings"))
    assert "Europe/Berlin" in shown and "22:00-07:00" in shown
    assert "Tue, Fri at 10:00" in shown
    assert "Tue, Fri at 10:00" in _text(await session.send("status"))
    with psycopg.connect(pg_url) as conn:
        rows = conn.execute(
            "SELECT p.slug, e.status, e.timezone, e.quiet_start::text, e.checkin_days,"
            " e.checkin_time::text FROM enrolments e JOIN programs p ON p.id = e.program_id"
            " ORDER BY p.slug"
        ).fetchall()
    assert rows == [
        ("long-haul", "active", "Europe/Berlin", "22:00:00", [2, 5], "10:00:00"),
        ("side-quest", "active", "Europe/Berlin", "22:00:00", [2, 5], "10:00:00"),
    ]
    # Both programs check in on the person's days; one prompt a day between them.
    lines = await console_advance(app, session, app.clock, timedelta(days=7))
    assert _reminder_days(lines, "Time for your check-in") == ["Tue 09 Jun", "Fri 12 Jun"]
    with psycopg.connect(pg_url) as conn:
        planned = conn.execute(
            "SELECT DISTINCT to_char(due_at AT TIME ZONE 'UTC', 'Dy HH24:MI') FROM nudges"
            " WHERE kind = 'check_in' ORDER BY 1"
        ).fetchall()
    assert planned == [("Fri 08:00",), ("Tue 08:00",)]  # 10:00 in Berlin, for both programs
    await session.send("stop reminders")
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT DISTINCT reminders_enabled FROM enrolments").fetchall() == [
            (False,)
        ]
    # With reminders off for the person, nothing promises a reminder that would not come.
    assert "reminders are off" in _text(await session.send("remind me in 2 hours"))


async def test_starting_a_second_program_asks_and_pausing_stops_the_first_ones_nudges(
    app: ConsoleApp, pg_url: str
) -> None:
    session = await app.started("oli", "long-haul")
    asked = _text(await session.send("start stretch-club"))
    assert "You're in *Long Haul* (week 1). Pause it and start *Stretch Club*? (yes / no)" in asked
    kept = _text(await session.send("no"))
    assert "won't start *Stretch Club*" in kept
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT count(*) FROM enrolments").fetchone() == (1,)
    await session.send("start stretch-club")
    started = _text(await session.send("yes"))
    assert "*Long Haul* is paused" in started and "Welcome to *Stretch Club*" in started
    with psycopg.connect(pg_url) as conn:
        rows = conn.execute(
            "SELECT p.slug, e.status FROM enrolments e JOIN programs p ON p.id = e.program_id"
            " ORDER BY p.slug"
        ).fetchall()
        long_haul = conn.execute(
            "SELECT e.id FROM enrolments e JOIN programs p ON p.id = e.program_id"
            " WHERE p.slug = 'long-haul'"
        ).fetchone()
    assert rows == [("long-haul", "paused"), ("stretch-club", "active")]
    assert long_haul is not None
    # Monday 09:30 is both programs' check-in time: only the running one's is planned.
    await console_advance(app, session, app.clock, timedelta(days=8))
    with psycopg.connect(pg_url) as conn:
        paused_nudges = conn.execute(
            "SELECT count(*) FROM nudges WHERE enrolment_id = %s AND status = 'sent'",
            (long_haul[0],),
        ).fetchone()
        running_nudges = conn.execute(
            "SELECT count(*) FROM nudges WHERE enrolment_id <> %s AND status = 'sent'",
            (long_haul[0],),
        ).fetchone()
    assert paused_nudges == (0,)
    assert running_nudges is not None and running_nudges[0] >= 1
    back = _text(await session.send("switch long-haul"))
    assert "Back to *Long Haul*" in back and "*Stretch Club* is paused" in back
    with psycopg.connect(pg_url) as conn:
        rows = conn.execute(
            "SELECT p.slug, e.status FROM enrolments e JOIN programs p ON p.id = e.program_id"
            " ORDER BY p.slug"
        ).fetchall()
    assert rows == [("long-haul", "active"), ("stretch-club", "paused")]
