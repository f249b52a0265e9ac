"""The shared pieces of the analytics queries: the enrolments a `Filters` selects, and
turning a query's rows into figures that hide groups under five people."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from engine.analytics.types import PRIVACY_MIN, Filters
from engine.store.database import Connection
from engine.store.rows import row_of

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

Row = TypeVar("Row", bound="DataclassInstance")
__all__ = ["row_of"]  # re-exported: analytics builds its rows with it too

# A CTE body: the enrolments in scope, with their program's slug. Soft-deleted ones are
# gone for analytics as for everything else.
ENROLMENTS = """
    SELECT e.id, e.user_id, e.program_id, e.program_version_id, e.status, e.current_week,
        e.current_step, e.started_at, e.completed_at, e.last_activity_at, e.prompt_variant,
        p.slug AS program
    FROM enrolments e JOIN programs p ON p.id = e.program_id
    WHERE e.deleted_at IS NULL
        AND (%(program)s::text IS NULL OR p.slug = %(program)s::text)
        AND (%(since)s::timestamptz IS NULL OR e.started_at >= %(since)s::timestamptz)
"""

# Enrolments of the selected program whatever their start: for activity in a period
# (nudges, LLM calls), where `since` applies to the events instead.
PROGRAM_ENROLMENTS = """
    SELECT e.id, e.user_id, e.program_id, p.slug AS program
    FROM enrolments e JOIN programs p ON p.id = e.program_id
    WHERE e.deleted_at IS NULL AND (%(program)s::text IS NULL OR p.slug = %(program)s::text)
"""

# The same `since` for events (alias the event time `t`).
EVENT_SINCE = "(%(since)s::timestamptz IS NULL OR {t} >= %(since)s::timestamptz)"


def params(filters: Filters, **extra: Any) -> dict[str, Any]:
    return {"program": filters.program, "since": filters.since, "k": PRIVACY_MIN, **extra}


def opt_int(value: Any, people: int) -> int | None:
    """`value` as an int, or None when the group is too small to show."""
    if people < PRIVACY_MIN or value is None:
        return None
    return int(value)


def opt_float(value: Any, people: int, digits: int = 2) -> float | None:
    if people < PRIVACY_MIN or value is None:
        return None
    return round(float(value), digits)


def ratio(part: int | None, whole: int | None) -> float | None:
    if part is None or whole is None or whole == 0:
        return None
    return round(part / whole, 4)


async def fetch(
    conn: Connection, query: str, filters: Filters, **extra: Any
) -> list[Mapping[str, Any]]:
    """The rows of `query` for the cohort `filters` selects (`extra`: more parameters)."""
    cur = await conn.execute(query, params(filters, **extra))
    return list(await cur.fetchall())


def figures(
    cls: type[Row],
    r: Mapping[str, Any],
    *,
    counts: Sequence[str] = (),
    averages: Mapping[str, int] | None = None,
    rates: Mapping[str, tuple[str, str]] | None = None,
) -> Row:
    """A `cls` row from the query's row `r`, whose `people` is the group's size.

    `counts` are shown as ints, `averages` rounded to their digits, `rates` are part /
    whole of two counted columns; all of them None for a group under `PRIVACY_MIN`.
    Every other field of `cls` is the column of its name, as the query gave it.
    """
    people = int(r["people"])

    def count(column: str) -> int | None:
        return opt_int(r[column], people)

    values: dict[str, Any] = {c: count(c) for c in counts}
    values.update({n: opt_float(r[n], people, d) for n, d in (averages or {}).items()})
    values.update({n: ratio(count(p), count(w)) for n, (p, w) in (rates or {}).items()})
    return row_of(cls, r, people=people, **values)
