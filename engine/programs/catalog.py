"""Program versions and prompts, cached in memory (program versions never change once stored)."""

from __future__ import annotations

import time
from dataclasses import dataclass

from engine.llm.types import PromptText
from engine.programs.model import ProgramSpec
from engine.programs.outline import program_outline
from engine.store import programs
from engine.store.database import Connection
from engine.store.port import PromptSource


@dataclass(frozen=True, slots=True)
class ProgramVersionRef:
    version_id: int
    program_id: int
    slug: str
    version: int
    spec: ProgramSpec
    outline: str  # the program as text for the coach; versions never change, nor does this


class ProgramCatalog:
    """Looks up program versions; versions are immutable, so the cache never goes stale."""

    def __init__(self) -> None:
        self._by_version: dict[int, ProgramVersionRef] = {}

    async def version(self, conn: Connection, version_id: int) -> ProgramVersionRef:
        cached = self._by_version.get(version_id)
        if cached is not None:
            return cached
        row = await programs.version_row(conn, version_id)
        if row is None:
            raise LookupError(f"program version {version_id} does not exist")
        return self._remember(row)

    async def latest(self, conn: Connection, name: str) -> ProgramVersionRef | None:
        """The newest version of the program whose slug (or title) is `name`."""
        row = await programs.latest_version_row(conn, name)
        return None if row is None else self._remember(row)

    async def available(self, conn: Connection) -> list[tuple[str, str, str]]:
        """(slug, title, description) of every program that can be started."""
        return await programs.available_programs(conn)

    def _remember(self, row: dict[str, object]) -> ProgramVersionRef:
        version_id = int(str(row["id"]))
        if version_id not in self._by_version:
            spec = ProgramSpec.model_validate(row["definition"])
            self._by_version[version_id] = ProgramVersionRef(
                version_id=version_id,
                program_id=int(str(row["program_id"])),
                slug=str(row["slug"]),
                version=int(str(row["version"])),
                spec=spec,
                outline=program_outline(spec),
            )
        return self._by_version[version_id]


class PromptBook:
    """Active prompt versions per program, re-read every `ttl` seconds so edits need no deploy."""

    def __init__(self, ttl: float = 30.0) -> None:
        self._ttl = ttl
        self._loaded_at: dict[int, float] = {}
        self._prompts: dict[int, dict[tuple[str, str], PromptText]] = {}

    async def get(
        self, source: PromptSource, *, program_id: int, name: str, variant: str
    ) -> PromptText | None:
        prompts = await self._for_program(source, program_id)
        return prompts.get((name, variant)) or prompts.get((name, "A"))

    async def variants(self, source: PromptSource, program_id: int) -> set[str]:
        return {variant for _, variant in await self._for_program(source, program_id)}

    def invalidate(self) -> None:
        self._loaded_at.clear()

    async def _for_program(
        self, source: PromptSource, program_id: int
    ) -> dict[tuple[str, str], PromptText]:
        now = time.monotonic()
        if now - self._loaded_at.get(program_id, -1e9) < self._ttl:
            return self._prompts[program_id]
        found = await source.active_prompts(program_id=program_id)
        self._prompts[program_id] = {(p.name, p.variant): p for p in found}
        self._loaded_at[program_id] = now
        return self._prompts[program_id]
