"""Analytics fixtures written straight into the tables.

`seed_pilot` makes a small cohort whose every figure is worked out by hand in
tests/integration/test_analytics.py; `seed_demo` makes a larger, plausible data set for the
dashboard screenshots.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from engine.programs.loader import LoadedProgram, content_hash, parse_program
from engine.programs.sync import sync_programs
from engine.store.database import Connection

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
START = NOW - timedelta(days=20)  # Tuesday 3 November 2026, 09:00 UTC

PILOT = {
    "slug": "pilot",
    "title": "Pilot program",
    "description": "Two weeks to try analytics on.",
    "prompts": {
        "system": {"body": "You are a pilot coach.", "variants": {"B": "You are a brisk coach."}},
        "follow_up": {"body": "Ask for what is missing."},
    },
    "weeks": [
        {
            "title": "Getting started",
            "steps": [
                {
                    "key": "profile",
                    "type": "extract",
                    "prompt": "Tell me about you.",
                    "fields": [
                        {"name": "name", "description": "their name"},
                        {"name": "role", "description": "their job"},
                    ],
                },
                {"key": "mood", "type": "scale", "prompt": "Mood?", "records": "mood"},
                {"key": "goal", "type": "question", "prompt": "What do you want to change?"},
            ],
        },
        {
            "title": "Keeping going",
            "steps": [
                {"key": "check", "type": "check_in", "prompt": "How is it going?"},
                {"key": "reflect", "type": "reflection", "prompt": "What did you learn?"},
            ],
        },
    ],
}


def program(data: dict[str, object], *, slug: str | None = None) -> LoadedProgram:
    spec = parse_program({**data, "slug": slug or data["slug"]}, source="seed")
    return LoadedProgram(
        spec=spec, path=Path(f"/nonexistent/{spec.slug}.yaml"), content_hash=content_hash(spec)
    )


async def _ids(conn: Connection, slug: str) -> tuple[int, int]:
    cur = await conn.execute(
        "SELECT p.id, max(v.id) AS v FROM programs p JOIN program_versions v"
        " ON v.program_id = p.id WHERE p.slug = %s GROUP BY p.id",
        (slug,),
    )
    row = await cur.fetchone()
    assert row is not None
    return row["id"], row["v"]


@dataclass
class Person:
    user_id: int
    enrolment_id: int


async def enrol(
    conn: Connection,
    slug: str,
    name: str,
    *,
    status: str,
    week: int,
    step: int,
    started: datetime,
    last_activity: datetime,
    variant: str = "A",
    weeks_total: int = 2,
    completed_at: datetime | None = None,
) -> Person:
    program_id, version_id = await _ids(conn, slug)
    cur = await conn.execute("INSERT INTO users (display_name) VALUES (%s) RETURNING id", (name,))
    user_id = (await cur.fetchone() or {})["id"]
    await conn.execute(
        "INSERT INTO platform_identities (user_id, platform, workspace_id, platform_user_id)"
        " VALUES (%s, 'console', 'local', %s)",
        (user_id, name),
    )
    cur = await conn.execute(
        """
        INSERT INTO enrolments (user_id, program_id, program_version_id, status, current_week,
            current_step, prompt_variant, started_at, last_activity_at, completed_at)
        VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s) RETURNING id
        """,
        (
            user_id,
            program_id,
            version_id,
            status,
            week,
            step,
            variant,
            started,
            last_activity,
            completed_at,
        ),
    )
    enrolment_id = (await cur.fetchone() or {})["id"]
    for n in range(1, weeks_total + 1):
        state = (
            "completed"
            if n < week or status == "completed"
            else ("in_progress" if n == week else "locked")
        )
        await conn.execute(
            "INSERT INTO week_progress (enrolment_id, week_number, status, unlocked_at,"
            " started_at) VALUES (%s, %s, %s, %s, %s)",
            (
                enrolment_id,
                n,
                state,
                started if state != "locked" else None,
                started if state != "locked" else None,
            ),
        )
    return Person(user_id, enrolment_id)


async def complete_week(
    conn: Connection, p: Person, week: int, started: datetime, hours: float
) -> None:
    await conn.execute(
        "UPDATE week_progress SET status = 'completed', started_at = %s, completed_at = %s"
        " WHERE enrolment_id = %s AND week_number = %s",
        (started, started + timedelta(hours=hours), p.enrolment_id, week),
    )


async def attempt(
    conn: Connection, p: Person, week: int, key: str, no: int, *, valid: bool, forced: bool = False
) -> None:
    await conn.execute(
        "INSERT INTO step_attempts (enrolment_id, week_number, step_key, attempt_no, answer,"
        " valid, forced) VALUES (%s, %s, %s, %s, 'an answer', %s, %s)",
        (p.enrolment_id, week, key, no, valid, forced),
    )


async def check_in(
    conn: Connection, p: Person, week: int, at: datetime, mood: int | None, progress: int | None
) -> None:
    await conn.execute(
        "INSERT INTO check_ins (enrolment_id, user_id, week_number, mood, progress, created_at)"
        " VALUES (%s, %s, %s, %s, %s, %s)",
        (p.enrolment_id, p.user_id, week, mood, progress, at),
    )


async def message(
    conn: Connection,
    p: Person,
    direction: str,
    at: datetime,
    *,
    enrolment: bool = True,
    llm: tuple[int, int, int, int, Decimal] | None = None,
) -> None:
    tokens = llm or (None, None, None, None, None)
    await conn.execute(
        "INSERT INTO messages (user_id, enrolment_id, direction, text, llm_model, input_tokens,"
        " output_tokens, cache_read_tokens, cache_write_tokens, cost_usd, created_at)"
        " VALUES (%s, %s, %s, 'text', %s, %s, %s, %s, %s, %s, %s)",
        (
            p.user_id,
            p.enrolment_id if enrolment else None,
            direction,
            "claude-test" if llm else None,
            *tokens,
            at,
        ),
    )


async def nudge(
    conn: Connection, p: Person, kind: str, status: str, due: datetime, key: str
) -> None:
    await conn.execute(
        "INSERT INTO nudges (enrolment_id, user_id, kind, idempotency_key, due_at, status,"
        " sent_at) VALUES (%s, %s, %s, %s, %s, %s, %s)",
        (p.enrolment_id, p.user_id, kind, key, due, status, due if status == "sent" else None),
    )


LLM_CALL = (100, 50, 300, 100, Decimal("0.01"))
REPLY_MINUTES = (30, 90, 240)


async def seed_pilot(conn: Connection) -> dict[str, Person]:
    """Thirteen people in `pilot` and two in `tiny` (see test_analytics.py for the story)."""
    await sync_programs(conn, [program(PILOT), program(PILOT, slug="tiny")])
    people: dict[str, Person] = {}
    done = START + timedelta(days=10)
    for i in range(1, 7):  # u1-u6 completed
        people[f"u{i}"] = await enrol(
            conn,
            "pilot",
            f"u{i}",
            status="completed",
            week=2,
            step=2,
            started=START,
            last_activity=done,
            variant="A" if i <= 3 else "B",
            completed_at=done,
        )
    for i in range(7, 12):  # u7-u11 abandoned at the first step
        people[f"u{i}"] = await enrol(
            conn,
            "pilot",
            f"u{i}",
            status="abandoned",
            week=1,
            step=0,
            started=START,
            last_activity=START,
            variant="A" if i <= 9 else "B",
        )
    people["u12"] = await enrol(  # silent for 30 days at the goal question
        conn,
        "pilot",
        "u12",
        status="active",
        week=1,
        step=2,
        started=START,
        last_activity=NOW - timedelta(days=30),
        variant="A",
    )
    people["u13"] = await enrol(  # active in week 2
        conn,
        "pilot",
        "u13",
        status="active",
        week=2,
        step=0,
        started=START,
        last_activity=NOW - timedelta(days=1),
        variant="B",
    )
    for i in (1, 2):
        people[f"t{i}"] = await enrol(
            conn,
            "tiny",
            f"t{i}",
            status="active",
            week=1,
            step=0,
            started=NOW - timedelta(days=2),
            last_activity=NOW - timedelta(days=1),
        )

    for i, hours in zip(range(1, 7), (10, 20, 30, 40, 50, 60), strict=True):
        await complete_week(conn, people[f"u{i}"], 1, START, hours)
    await complete_week(conn, people["u13"], 1, START, 70)
    for i, hours in zip(range(1, 7), (24, 48, 72, 96, 120, 144), strict=True):
        await complete_week(conn, people[f"u{i}"], 2, START + timedelta(days=7), hours)

    for name in ("u7", "u8"):
        await conn.execute(
            "INSERT INTO profile_fields (user_id, field, value, confidence)"
            " VALUES (%s, 'name', 'Someone', 0.9)",
            (people[name].user_id,),
        )

    await attempt(conn, people["u1"], 1, "goal", 1, valid=False)
    await attempt(conn, people["u1"], 1, "goal", 2, valid=False)
    await attempt(conn, people["u1"], 1, "goal", 3, valid=False, forced=True)
    for i in range(2, 7):
        await attempt(conn, people[f"u{i}"], 1, "goal", 1, valid=True)
    for i in range(1, 4):
        await attempt(conn, people[f"u{i}"], 1, "mood", 1, valid=True)

    for i in range(1, 5):
        await check_in(conn, people[f"u{i}"], 1, START + timedelta(days=1), 6, None)
    for i, (mood, progress) in enumerate(
        ((5, 10), (6, 20), (7, 30), (8, 40), (9, 50), (7, 60)), start=1
    ):
        await check_in(conn, people[f"u{i}"], 2, START + timedelta(days=8), mood, progress)

    for i in range(1, 7):
        p = people[f"u{i}"]
        asked = (START, START + timedelta(hours=1), START + timedelta(days=1))
        for at, minutes in zip(asked, REPLY_MINUTES, strict=True):
            await message(conn, p, "out", at, llm=LLM_CALL)
            await message(conn, p, "in", at + timedelta(minutes=minutes))

    sent = NOW - timedelta(days=3)
    for i in range(1, 7):
        p = people[f"u{i}"]
        await nudge(conn, p, "check_in", "sent", sent, f"ci-{i}")
        if i <= 4:
            await message(conn, p, "in", sent + timedelta(hours=2), enrolment=False)
        elif i == 5:
            await message(conn, p, "in", sent + timedelta(hours=30), enrolment=False)
    for i, status in zip(
        range(7, 12), ("unreachable", "expired", "sent", "sent", "sent"), strict=True
    ):
        await nudge(conn, people[f"u{i}"], "re_engage", status, sent, f"re-{i}")
    for i in (1, 2):
        await nudge(conn, people[f"u{i}"], "week_unlocked", "sent", sent, f"wu-{i}")
    return people


async def seed_demo(
    conn: Connection, *, now: datetime = NOW, people: int = 240, seed: int = 7
) -> None:
    """A few hundred made-up people in `pilot` (and three in `tiny`), for screenshots."""
    rng = random.Random(seed)
    await sync_programs(conn, [program(PILOT), program(PILOT, slug="tiny")])
    steps = [(1, 0), (1, 1), (1, 2), (2, 0), (2, 1)]
    for n in range(people):
        started = now - timedelta(days=rng.randint(3, 40), hours=rng.randint(0, 23))
        reach = min(len(steps), int(rng.triangular(0, len(steps) + 1.5, len(steps) + 1)))
        completed = reach >= len(steps)
        week, step = (2, 2) if completed else steps[reach]
        quiet = rng.random() < 0.35
        status = (
            "completed"
            if completed
            else ("abandoned" if quiet and rng.random() < 0.5 else "active")
        )
        last = started + timedelta(days=rng.uniform(0.2, 12))
        last = min(last, now - timedelta(hours=1))
        p = await enrol(
            conn,
            "pilot",
            f"person{n}",
            status=status,
            week=week,
            step=step,
            started=started,
            last_activity=(now - timedelta(days=20)) if quiet else last,
            variant=rng.choice("AB"),
            completed_at=last if completed else None,
        )
        if week == 2 or completed:
            await complete_week(conn, p, 1, started, rng.uniform(8, 90))
        if completed:
            await complete_week(conn, p, 2, started + timedelta(days=7), rng.uniform(20, 160))
        for w, key in ((1, "goal"), (1, "mood")):
            if (week, step) > (w, 1 if key == "mood" else 2) or completed:
                tries = rng.choice((1, 1, 1, 2, 2, 3))
                for no in range(1, tries + 1):
                    await attempt(conn, p, w, key, no, valid=no == tries, forced=no == tries == 3)
        for w in range(1, (3 if completed else week + 1)):
            mood = max(1, min(10, round(rng.gauss(5.5 + w * 0.8, 1.6))))
            progress = max(0, min(100, round(rng.gauss(25 + w * 25, 15))))
            await check_in(conn, p, w, started + timedelta(days=w * 6 - 4), mood, progress)
        at = started
        for _ in range(rng.randint(1, 9)):
            at += timedelta(hours=rng.uniform(2, 40))
            if at >= now:
                break
            cost = Decimal(rng.randint(40, 140)) / Decimal(10000)
            await message(
                conn,
                p,
                "out",
                at,
                llm=(
                    rng.randint(80, 400),
                    rng.randint(60, 250),
                    rng.randint(0, 1800),
                    rng.randint(0, 400),
                    cost,
                ),
            )
            await message(conn, p, "in", at + timedelta(minutes=rng.expovariate(1 / 90)))
        due = started + timedelta(days=rng.randint(1, 6))
        if due < now:
            status = rng.choices(("sent", "unreachable", "expired", "pending"), (80, 6, 10, 4))[0]
            await nudge(
                conn,
                p,
                rng.choice(("check_in", "check_in", "re_engage", "week_unlocked")),
                status,
                due,
                f"demo-{n}",
            )
            if status == "sent" and rng.random() < 0.6:
                await message(
                    conn, p, "in", due + timedelta(hours=rng.uniform(0.1, 30)), enrolment=False
                )
    for n in range(3):
        await enrol(
            conn,
            "tiny",
            f"tiny{n}",
            status="active",
            week=1,
            step=1,
            started=now - timedelta(days=2),
            last_activity=now - timedelta(hours=5),
        )
