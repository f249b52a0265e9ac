"""Reads of programs, their versions and active prompts (cached by `engine.programs.catalog`)."""

from __future__ import annotations

from typing import Any

from engine.store.database import Connection

_VERSION = """
    SELECT v.id, v.program_id, v.version, v.definition, p.slug
    FROM program_versions v JOIN programs p ON p.id = v.program_id
"""


async def version_row(conn: Connection, version_id: int) -> dict[str, Any] | None:
    cur = await conn.execute(_VERSION + " WHERE v.id = %s", (version_id,))
    return await cur.fetchone()


async def latest_version_row(conn: Connection, name: str) -> dict[str, Any] | None:
    """The newest version of the program whose slug (or title, or slug prefix) is `name`."""
    cur = await conn.execute(
        """
        SELECT v.id, v.program_id, v.version, v.definition, p.slug
        FROM programs p JOIN program_versions v ON v.program_id = p.id
        WHERE p.deleted_at IS NULL AND (p.slug = lower(%(n)s) OR lower(p.title) = lower(%(n)s)
              OR p.slug LIKE lower(%(n)s) || '%%')
        ORDER BY (p.slug = lower(%(n)s)) DESC, p.slug, v.version DESC LIMIT 1
        """,
        {"n": name.strip()},
    )
    return await cur.fetchone()


async def available_programs(conn: Connection) -> list[tuple[str, str, str]]:
    """(slug, title, description) of every program that can be started."""
    cur = await conn.execute(
        """
        SELECT p.slug, p.title, COALESCE(p.description, '') AS description FROM programs p
        WHERE p.deleted_at IS NULL AND EXISTS
            (SELECT 1 FROM program_versions v WHERE v.program_id = p.id)
        ORDER BY p.slug
        """
    )
    return [(r["slug"], r["title"], r["description"]) for r in await cur.fetchall()]


async def active_prompts(conn: Connection, program_id: int) -> list[dict[str, Any]]:
    """The newest active version of each (prompt name, variant) of a program."""
    cur = await conn.execute(
        """
        SELECT DISTINCT ON (t.name, v.variant) t.name, v.variant, v.body, v.id
        FROM prompt_templates t JOIN prompt_versions v ON v.template_id = t.id
        WHERE t.program_id = %s AND v.is_active
        ORDER BY t.name, v.variant, v.version DESC
        """,
        (program_id,),
    )
    return list(await cur.fetchall())
