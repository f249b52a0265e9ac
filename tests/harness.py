"""Plain helpers the tests share (fixtures stay in the conftest.py files, which use these).

Tests import from here, never from a conftest module.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from adapters.console import ConsoleSession
from engine.clock import VirtualClock
from engine.llm.offline import OfflineCoach
from engine.messages import Reply
from engine.ports import Coach
from engine.programs.loader import LoadedProgram, builtin_programs, load_program
from engine.programs.sync import sync_programs
from engine.store import records
from engine.store.database import Database
from engine.turn import Coachbot

START = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)

# The Slack app under test signs and authenticates with these.
SECRET = "test-signing-secret"
TOKEN = "xoxb-test-token"

# The settings that choose the LLM provider: tests that choose one clear these first.
LLM_SETTING_NAMES = (
    "ANTHROPIC_API_KEY",
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
    "GEMINI_API_KEY",
    "COACHBOT_LLM_PROVIDER",
    "COACHBOT_MODEL",
)


@dataclass
class Harness:
    """The engine on the test database: built-in programs synced, a virtual clock."""

    db: Database
    clock: VirtualClock
    bot: Coachbot

    def person(self, user: str = "ada", timezone: str | None = "Europe/Berlin") -> ConsoleSession:
        return ConsoleSession(self.bot, self.clock, user=user, display_name=user, timezone=timezone)

    async def scalar(self, sql: str, *params: object) -> object:
        async with self.db.transaction() as conn:
            cur = await conn.execute(sql, params)
            row = await cur.fetchone()
        return None if row is None else next(iter(row.values()))

    async def rows(self, sql: str, *params: object) -> list[dict[str, object]]:
        async with self.db.transaction() as conn:
            cur = await conn.execute(sql, params)
            return list(await cur.fetchall())


async def make_harness(
    pg_url: str, coach: Coach | None = None, *, builtins: bool = True
) -> Harness:
    """Open the database, sync the built-ins (unless not BUILTINS: a fresh install), and
    build the engine (offline coach unless COACH is given); the caller closes `harness.db`."""
    db = Database(pg_url, max_size=12)
    await db.open()
    if builtins:
        async with db.transaction() as conn:
            await sync_programs(conn, builtin_programs())
    clock = VirtualClock(start=START)
    offline = OfflineCoach()
    bot = Coachbot(db=db, coach=coach or offline, offline=offline, clock=clock)
    return Harness(db=db, clock=clock, bot=bot)


async def settle(seconds: float = 0.3) -> None:
    """Give lazy listeners time to do something they should not do."""
    await asyncio.sleep(seconds)


@dataclass
class ConsoleApp:
    """What the console's nudge commands (`console_tick`, `console_advance`) work on."""

    db: Database
    clock: VirtualClock
    coachbot: Coachbot

    async def started(self, user: str, slug: str) -> ConsoleSession:
        """`user` (in UTC, on the app's clock) after `start SLUG`."""
        session = ConsoleSession(self.coachbot, self.clock, user=user, timezone="UTC")
        await session.send(f"start {slug}")
        return session


@asynccontextmanager
async def console_app(
    pg_url: str,
    programs: Sequence[LoadedProgram],
    start: datetime = datetime(2026, 6, 8, 7, 0, tzinfo=UTC),
) -> AsyncIterator[ConsoleApp]:
    """The console's engine on the test database with `programs` synced, on a virtual
    clock at `start` (07:00 UTC on Monday 8 June 2026)."""
    async with Database(pg_url, max_size=4) as db:
        async with db.transaction() as conn:
            await sync_programs(conn, programs)
        clock = VirtualClock(start=start)
        coachbot = Coachbot(db=db, coach=OfflineCoach(), offline=OfflineCoach(), clock=clock)
        yield ConsoleApp(db, clock, coachbot)


@dataclass
class Site:
    """The admin site under test: its base URL and the database it reads."""

    url: str
    pg_url: str

    def admin(self, path: str = "/") -> str:
        return f"{self.url}/admin{path}"


def said(replies: list[Reply]) -> str:
    """The replies' texts, one per line."""
    return "\n".join(r.text for r in replies)


def shown_goal(reply: str) -> str:
    """The drafted goal in a "Here's your goal: … Keep it?" reply (it must be one)."""
    assert "Keep it?" in reply, reply
    return reply.rpartition("goal: ")[2].partition(". Keep it?")[0]


async def sync_program_text(h: Harness, path: Path, text: str) -> Harness:
    """Write a test's program YAML to `path` and sync it into `h`'s database."""
    await asyncio.to_thread(path.write_text, text, encoding="utf-8")
    async with h.db.transaction() as conn:
        await sync_programs(conn, [load_program(path)])
    return h


async def position(h: Harness) -> tuple[int, int]:
    """(current_week, current_step) of the one enrolment in `h`."""
    rows = await h.rows("SELECT current_week, current_step FROM enrolments")
    return int(str(rows[0]["current_week"])), int(str(rows[0]["current_step"]))


async def attempts(h: Harness) -> int:
    """How many step attempts are stored."""
    return int(str(await h.scalar("SELECT count(*) FROM step_attempts")))


async def add_goal(h: Harness, description: str) -> None:
    """An active goal with `description` on the one active enrolment in `h`."""
    [row] = await h.rows("SELECT id, user_id FROM enrolments WHERE status = 'active'")
    async with h.db.transaction() as conn:
        await records.create_goal(
            conn,
            enrolment_id=int(str(row["id"])),
            user_id=int(str(row["user_id"])),
            description=description,
            smart={},
            now=h.clock.now(),
        )


async def at_demo_mood(h: Harness, user: str) -> ConsoleSession:
    """`user` started the demo and said their name (`user`, capitalised): the mood scale
    is asked next."""
    session = h.person(user)
    await session.send("start demo")
    await session.send(user.capitalize())
    return session
