"""Each migration's downgrade restores, to the letter of `pg_dump --schema-only`, the schema
of the revision below it. The shared DDL helpers (`migrations.ddl`) serve both directions
of several migrations, so a change to one that altered old DDL shows up here."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator

import pytest
from alembic.script import ScriptDirectory

from bot.migrate import alembic_config, downgrade, upgrade
from tests.db import create_fresh_database, drop_database

pytestmark = pytest.mark.skipif(shutil.which("pg_dump") is None, reason="needs pg_dump")


@pytest.fixture(scope="module")
def scratch_url() -> Iterator[str]:
    name = f"coachbot_test_history_{os.getpid()}"
    yield create_fresh_database(name)
    drop_database(name)


def _schema(url: str) -> str:
    dump = subprocess.run(
        ["pg_dump", "--schema-only", "--no-owner", "--exclude-table=alembic_version", url],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    # pg_dump >= 17.6 wraps the dump in a random \restrict key
    lines = [line for line in dump.splitlines() if not line.startswith("\\")]
    return "\n".join(_columns_in_any_order(lines))


def _columns_in_any_order(lines: list[str]) -> list[str]:
    """A column a downgrade adds back lands at the end of its table: compare each
    CREATE TABLE's lines as a set (sorted, trailing commas dropped), not in order."""
    out: list[str] = []
    body: list[str] | None = None
    for line in lines:
        if body is not None and line.startswith(");"):
            out += sorted(part.rstrip(",") for part in body)
            body = None
        if body is not None:
            body.append(line)
            continue
        out.append(line)
        if line.startswith("CREATE TABLE") and line.endswith("("):
            body = []
    return out


def test_every_downgrade_restores_the_schema_below_it(scratch_url: str) -> None:
    script = ScriptDirectory.from_config(alembic_config(scratch_url))
    revisions = [r.revision for r in script.walk_revisions("base", "heads")][::-1]
    going_up = {"base": _schema(scratch_url)}
    for revision in revisions:
        upgrade(scratch_url, revision)
        going_up[revision] = _schema(scratch_url)
    below = ["base", *revisions[:-1]]
    for revision in reversed(below):
        downgrade(scratch_url, revision)
        assert _schema(scratch_url) == going_up[revision], f"downgrade to {revision}"
