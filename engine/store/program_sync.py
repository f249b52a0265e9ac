"""Syncing program files into the database as content-hashed versions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from psycopg.types.json import Jsonb

from engine.programs.loader import LoadedProgram
from engine.programs.model import WEEKDAYS, ProgramSpec
from engine.store.database import Connection


@dataclass(frozen=True, slots=True)
class SyncResult:
    slug: str
    version: int
    created: bool


async def sync_programs(conn: Connection, programs: Sequence[LoadedProgram]) -> list[SyncResult]:
    """Create a new version for every program whose content changed; others stay as they are."""
    return [await _sync_one(conn, program) for program in programs]


async def _sync_one(conn: Connection, loaded: LoadedProgram) -> SyncResult:
    spec = loaded.spec
    cur = await conn.execute(
        """
        INSERT INTO programs (slug, title, description) VALUES (%s, %s, %s)
        ON CONFLICT (slug) DO UPDATE
            SET title = EXCLUDED.title, description = EXCLUDED.description, deleted_at = NULL
        RETURNING id
        """,
        (spec.slug, spec.title, spec.description),
    )
    program_id = (await cur.fetchone() or {})["id"]
    await conn.execute("SELECT pg_advisory_xact_lock(hashtext('program-sync'), %s)", (program_id,))
    cur = await conn.execute(
        "SELECT version FROM program_versions WHERE program_id = %s AND content_hash = %s",
        (program_id, loaded.content_hash),
    )
    existing = await cur.fetchone()
    if existing is not None:
        return SyncResult(spec.slug, existing["version"], created=False)

    cur = await conn.execute(
        """
        INSERT INTO program_versions (program_id, version, content_hash, source_path, definition,
            weeks_total, checkin_days, checkin_time, reengage_after_days, reengage_max)
        SELECT %(program_id)s, COALESCE(MAX(version), 0) + 1, %(hash)s, %(path)s, %(definition)s,
            %(weeks_total)s, %(days)s, %(time)s, %(reengage_after)s, %(reengage_max)s
        FROM program_versions WHERE program_id = %(program_id)s
        RETURNING id, version
        """,
        {
            "program_id": program_id,
            "hash": loaded.content_hash,
            "path": str(loaded.path),
            "definition": Jsonb(spec.model_dump(mode="json")),
            "weeks_total": len(spec.weeks),
            "days": [WEEKDAYS.index(d) + 1 for d in spec.schedule.checkin_days],
            "time": spec.schedule.checkin_time,
            "reengage_after": spec.schedule.reengage_after_days,
            "reengage_max": spec.schedule.reengage_max,
        },
    )
    row = await cur.fetchone()
    assert row is not None
    await _write_structure(conn, row["id"], spec)
    await _write_prompts(conn, program_id, spec)
    return SyncResult(spec.slug, row["version"], created=True)


async def _write_structure(conn: Connection, version_id: int, spec: ProgramSpec) -> None:
    for number, week in enumerate(spec.weeks, start=1):
        cur = await conn.execute(
            """
            INSERT INTO weeks (program_version_id, number, title, unlock_after_previous,
                unlock_days, unlock_at_local)
            VALUES (%s, %s, %s, %s, %s, %s) RETURNING id
            """,
            (
                version_id,
                number,
                week.title,
                week.unlock.after_previous,
                week.unlock.days,
                week.unlock.at,
            ),
        )
        week_id = (await cur.fetchone() or {})["id"]
        async with conn.cursor() as steps:
            await steps.executemany(
                "INSERT INTO steps (week_id, position, key, kind, definition)"
                " VALUES (%s, %s, %s, %s, %s)",
                [
                    (week_id, pos, step.key, step.type, Jsonb(step.model_dump(mode="json")))
                    for pos, step in enumerate(week.steps)
                ],
            )
    if spec.content_blocks:
        async with conn.cursor() as blocks:
            await blocks.executemany(
                "INSERT INTO content_blocks (program_version_id, key, title, body, links)"
                " VALUES (%s, %s, %s, %s, %s)",
                [
                    (
                        version_id,
                        key,
                        block.title,
                        block.body,
                        Jsonb([link.model_dump() for link in block.links]),
                    )
                    for key, block in spec.content_blocks.items()
                ],
            )


async def _write_prompts(conn: Connection, program_id: int, spec: ProgramSpec) -> None:
    """A prompt whose text changed in the file gets a new version; edits made since stay."""
    for name, prompt in spec.prompts.items():
        cur = await conn.execute(
            """
            INSERT INTO prompt_templates (program_id, name) VALUES (%s, %s)
            ON CONFLICT (program_id, name) DO UPDATE SET name = EXCLUDED.name
            RETURNING id
            """,
            (program_id, name),
        )
        template_id = (await cur.fetchone() or {})["id"]
        bodies = {"A": prompt.body, **prompt.variants}
        cur = await conn.execute(
            """
            SELECT DISTINCT ON (variant) variant, body FROM prompt_versions
            WHERE template_id = %s ORDER BY variant, version DESC
            """,
            (template_id,),
        )
        latest = {row["variant"]: row["body"] for row in await cur.fetchall()}
        if latest == bodies:
            continue
        await conn.execute(
            "UPDATE prompt_versions SET is_active = false WHERE template_id = %s", (template_id,)
        )
        cur = await conn.execute(
            "SELECT COALESCE(MAX(version), 0) + 1 AS v FROM prompt_versions WHERE template_id = %s",
            (template_id,),
        )
        version = (await cur.fetchone() or {})["v"]
        async with conn.cursor() as rows:
            await rows.executemany(
                "INSERT INTO prompt_versions (template_id, version, variant, body, created_by)"
                " VALUES (%s, %s, %s, %s, 'program-sync')",
                [(template_id, version, variant, body) for variant, body in bodies.items()],
            )
