"""Program commands for the CLI: sync files into the database, list what is there."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from engine.programs.loader import BUILTIN_DIR, load_program, program_files
from engine.programs.sync import SyncResult, sync_programs
from engine.store.database import Database

TEAM_PROGRAMS_DIR = Path("programs")


def default_program_paths() -> list[Path]:
    """The built-in programs, plus a team's own `./programs` folder when there is one."""
    paths = [BUILTIN_DIR]
    if TEAM_PROGRAMS_DIR.is_dir():
        paths.append(TEAM_PROGRAMS_DIR)
    return paths


async def sync_paths(url: str, paths: Sequence[Path] | None = None) -> list[SyncResult]:
    loaded = [load_program(p) for p in program_files(paths or default_program_paths())]
    async with Database(url, max_size=1) as db, db.transaction() as conn:
        return await sync_programs(conn, loaded)


async def list_programs(url: str) -> list[tuple[object, ...]]:
    async with Database(url, max_size=1) as db, db.transaction() as conn:
        cur = await conn.execute(
            """
            SELECT p.slug, p.title, count(DISTINCT v.id) AS versions, max(v.weeks_total) AS weeks,
                count(DISTINCT e.id) FILTER (WHERE e.status IN ('active', 'paused')) AS active
            FROM programs p
            LEFT JOIN program_versions v ON v.program_id = p.id
            LEFT JOIN enrolments e ON e.program_id = p.id AND e.deleted_at IS NULL
            WHERE p.deleted_at IS NULL GROUP BY p.id ORDER BY p.slug
            """
        )
        return [tuple(row.values()) for row in await cur.fetchall()]
