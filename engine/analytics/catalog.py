"""The admin's view of programs and prompts: versions, a validation check, prompt editing.

Saving a prompt writes a new `prompt_versions` row (version + 1, active) and deactivates
the older versions of the same variant; the engine's `PromptBook` picks it up within its
refresh interval, so an edit needs no deploy.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from psycopg.types.json import Jsonb

from engine.analytics._sql import row_of
from engine.analytics.types import PRIVACY_MIN
from engine.programs.loader import ProgramError, load_program, parse_program
from engine.store.database import Connection


@dataclass(frozen=True, slots=True)
class VersionSummary:
    version: int
    content_hash: str
    weeks_total: int
    created_at: datetime
    enrolments: int | None
    running: int | None


@dataclass(frozen=True, slots=True)
class ProgramSummary:
    slug: str
    title: str
    description: str
    versions: tuple[VersionSummary, ...]


@dataclass(frozen=True, slots=True)
class StepOutline:
    key: str
    kind: str


@dataclass(frozen=True, slots=True)
class VersionCheck:
    """A stored version validated again, with its outline and whether its file still matches."""

    slug: str
    version: int
    valid: bool
    problems: tuple[str, ...]
    weeks: tuple[tuple[str, tuple[StepOutline, ...]], ...]
    prompts: tuple[str, ...]
    source_path: str | None
    source_status: str


@dataclass(frozen=True, slots=True)
class PromptVariant:
    version_id: int
    version: int
    variant: str
    body: str
    is_active: bool
    created_by: str | None
    created_at: datetime


@dataclass(frozen=True, slots=True)
class PromptTemplateView:
    template_id: int
    program: str | None
    name: str
    description: str | None
    active: tuple[PromptVariant, ...]
    history: tuple[PromptVariant, ...]


def _count(n: int) -> int | None:
    """A head count, hidden when it is a group of one to four people."""
    return None if 0 < n < PRIVACY_MIN else n


async def list_programs(conn: Connection) -> list[ProgramSummary]:
    """Programs with their versions, newest first, and how many enrolments use each."""
    cur = await conn.execute(
        """
        SELECT p.slug, p.title, COALESCE(p.description, '') AS description, v.version,
            v.content_hash, v.weeks_total, v.created_at,
            (SELECT count(*) FROM enrolments e WHERE e.program_version_id = v.id
                AND e.deleted_at IS NULL) AS enrolments,
            (SELECT count(*) FROM enrolments e WHERE e.program_version_id = v.id
                AND e.deleted_at IS NULL AND e.status IN ('active', 'paused')) AS running
        FROM programs p JOIN program_versions v ON v.program_id = p.id
        WHERE p.deleted_at IS NULL
        ORDER BY p.slug, v.version DESC
        """
    )
    programs: dict[str, ProgramSummary] = {}
    for r in await cur.fetchall():
        counts = {"enrolments": _count(r["enrolments"]), "running": _count(r["running"])}
        version = row_of(VersionSummary, r, **counts)
        known = programs.get(r["slug"])
        versions = (*known.versions, version) if known else (version,)
        programs[r["slug"]] = ProgramSummary(r["slug"], r["title"], r["description"], versions)
    return list(programs.values())


async def check_version(conn: Connection, slug: str, version: int) -> VersionCheck | None:
    """Validate a stored version again, and compare it with its source file if that exists."""
    cur = await conn.execute(
        """
        SELECT v.definition, v.content_hash, v.source_path FROM programs p
        JOIN program_versions v ON v.program_id = p.id WHERE p.slug = %s AND v.version = %s
        """,
        (slug, version),
    )
    row = await cur.fetchone()
    if row is None:
        return None
    source = f"{slug} v{version}"
    try:
        spec = parse_program(row["definition"], source=source)
    except ProgramError as exc:
        return VersionCheck(slug, version, False, tuple(exc.lines), (), (), row["source_path"], "")
    weeks = tuple(
        (week.title, tuple(StepOutline(step.key, step.type) for step in week.steps))
        for week in spec.weeks
    )
    return VersionCheck(
        slug=slug,
        version=version,
        valid=True,
        problems=(),
        weeks=weeks,
        prompts=tuple(sorted(spec.prompts)),
        source_path=row["source_path"],
        source_status=_source_status(row["source_path"], row["content_hash"]),
    )


def _source_status(path: str | None, stored_hash: str) -> str:
    if not path or not Path(path).is_file():
        return "source file not on this machine"
    try:
        loaded = load_program(Path(path))
    except ProgramError as exc:
        return "source file no longer valid: " + "; ".join(exc.lines)
    if loaded.content_hash == stored_hash:
        return "source file matches this version"
    return "source file changed since this version (run `coachbot programs sync`)"


_VARIANT_COLUMNS = "v.id, v.version, v.variant, v.body, v.is_active, v.created_by, v.created_at"


def _variant(r: Mapping[str, Any]) -> PromptVariant:
    return row_of(PromptVariant, r, version_id=r["id"])


async def list_prompts(conn: Connection, program: str | None = None) -> list[PromptTemplateView]:
    """Every prompt template with its active variants (history left empty)."""
    cur = await conn.execute(
        f"""
        SELECT t.id AS template_id, p.slug, t.name, t.description, {_VARIANT_COLUMNS}
        FROM prompt_templates t LEFT JOIN programs p ON p.id = t.program_id
        LEFT JOIN prompt_versions v ON v.template_id = t.id AND v.is_active
        WHERE %(program)s::text IS NULL OR p.slug = %(program)s::text
        ORDER BY p.slug NULLS FIRST, t.name, v.variant, v.version DESC
        """,
        {"program": program},
    )
    views: dict[int, PromptTemplateView] = {}
    for r in await cur.fetchall():
        tid = r["template_id"]
        view = views.get(tid) or PromptTemplateView(
            tid, r["slug"], r["name"], r["description"], (), ()
        )
        if r["id"] is not None and all(a.variant != r["variant"] for a in view.active):
            view = PromptTemplateView(
                tid, view.program, view.name, view.description, (*view.active, _variant(r)), ()
            )
        views[tid] = view
    return list(views.values())


async def prompt_template(conn: Connection, template_id: int) -> PromptTemplateView | None:
    """One template with its active variants and every version ever saved, newest first."""
    cur = await conn.execute(
        f"""
        SELECT t.id AS template_id, p.slug, t.name, t.description, {_VARIANT_COLUMNS}
        FROM prompt_templates t LEFT JOIN programs p ON p.id = t.program_id
        LEFT JOIN prompt_versions v ON v.template_id = t.id
        WHERE t.id = %s ORDER BY v.version DESC, v.variant
        """,
        (template_id,),
    )
    rows = await cur.fetchall()
    if not rows:
        return None
    first = rows[0]
    history = tuple(_variant(r) for r in rows if r["id"] is not None)
    active: dict[str, PromptVariant] = {}
    for v in history:
        if v.is_active and v.variant not in active:
            active[v.variant] = v
    return PromptTemplateView(
        template_id=template_id,
        program=first["slug"],
        name=first["name"],
        description=first["description"],
        active=tuple(active[k] for k in sorted(active)),
        history=history,
    )


async def save_prompt_version(
    conn: Connection, *, template_id: int, variant: str, body: str, author: str
) -> int:
    """Store `body` as the new active version of one variant; returns its version number.

    Raises:
        LookupError: the template does not exist.
        ValueError: the body is empty or the variant is not a capital letter.
    """
    if not body.strip():
        raise ValueError("a prompt cannot be empty")
    if len(variant) != 1 or not ("A" <= variant <= "Z"):
        raise ValueError("a variant is one capital letter, A to Z")
    cur = await conn.execute(
        "SELECT id FROM prompt_templates WHERE id = %s FOR UPDATE", (template_id,)
    )
    if await cur.fetchone() is None:
        raise LookupError(f"prompt template {template_id} does not exist")
    cur = await conn.execute(
        """
        WITH next AS (
            SELECT COALESCE(max(version), 0) + 1 AS version FROM prompt_versions
            WHERE template_id = %(t)s
        ), old AS (
            UPDATE prompt_versions SET is_active = false
            WHERE template_id = %(t)s AND variant = %(variant)s AND is_active
        )
        INSERT INTO prompt_versions (template_id, version, variant, body, is_active, created_by)
        SELECT %(t)s, next.version, %(variant)s, %(body)s, true, %(author)s FROM next
        RETURNING version
        """,
        {"t": template_id, "variant": variant, "body": body, "author": author},
    )
    row = await cur.fetchone()
    assert row is not None
    await conn.execute(
        "INSERT INTO audit_log (actor, action, detail) VALUES (%s, 'prompt.edit', %s)",
        (
            author,
            Jsonb({"template_id": template_id, "variant": variant, "version": row["version"]}),
        ),
    )
    return int(row["version"])
