"""One INSERT … ON CONFLICT DO UPDATE builder for the rows a step writes and then updates.

Each statement is built once at import (a module constant) from column names written in
the code: nothing a person sends reaches its text; values go as positional parameters.
"""

from __future__ import annotations

from collections.abc import Mapping

from psycopg import sql


def upsert(
    table: str, columns: str, *, key: str, update: str, expressions: Mapping[str, str] | None = None
) -> sql.Composed:
    """`INSERT INTO table (columns) VALUES (%s, …) ON CONFLICT (key) DO UPDATE SET …`.

    Args:
        columns: the columns inserted, space-separated, in the order of the parameters.
        key: the unique columns the conflict is on, space-separated.
        update: the columns a conflict sets to the new row's value (`EXCLUDED.column`).
        expressions: SQL written in the code, for columns a conflict sets otherwise.
    """
    names = columns.split()
    sets = [sql.SQL("{0} = EXCLUDED.{0}").format(sql.Identifier(c)) for c in update.split()]
    sets += [
        sql.SQL("{} = {}").format(sql.Identifier(c), sql.SQL(e))
        for c, e in (expressions or {}).items()
    ]
    return sql.SQL("INSERT INTO {} ({}) VALUES ({}) ON CONFLICT ({}) DO UPDATE SET {}").format(
        sql.Identifier(table),
        sql.SQL(", ").join(map(sql.Identifier, names)),
        sql.SQL(", ").join(sql.Placeholder() for _ in names),
        sql.SQL(", ").join(map(sql.Identifier, key.split())),
        sql.SQL(", ").join(sets),
    )
