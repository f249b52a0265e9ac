"""Differencing resistance for cohort filters: coarse cut points and neighbour checks.

Hiding groups under five people is not enough once a cohort can be chosen: the cohort
"started since day N" minus the cohort "since day N+1" is the people who started on
day N, perhaps one person, and subtracting two aggregates recovers that person's mood.
Two rules close the cheap form of that attack:

1. Cut points are coarse: `coarse_filters` moves `since` back to the Monday (00:00
   UTC) of its week, so day-by-day cohorts collapse into weekly ones.
2. A row computed for a cohort is suppressed when the same row for a neighbouring
   cohort (one week earlier, one week later) or for the unfiltered cohort has 1 to 4
   people more or fewer: the difference between the two would be a group under five.

What remains: two cohorts further apart than a week (say week 1 vs week 4, where the
sizes step 20, 20, 17, 17) can still differ by 1-4 people while each differs from its
immediate neighbours by 0. Figures are therefore also compared with the unfiltered
cohort, and the filter offers weeks, not arbitrary dates; a stricter release policy
(only cut points whose cohorts differ pairwise by 0 or >= 5) is the next step.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING, Any, Concatenate, TypeVar

from engine.analytics.types import PRIVACY_MIN, EngagementDistribution, Filters
from engine.store.database import Connection

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

Row = TypeVar("Row", bound="DataclassInstance")
STEP = timedelta(weeks=1)

# Fields that name a row (what it is about) rather than report a figure about people.
_KEY_FIELDS = frozenset(
    {"program", "week", "position", "step_key", "step_type", "field", "kind", "variant", "day"}
    | {"scene_key", "scope", "reason_type"}  # scenario practice, colleague connections
)
_PEOPLE_FIELDS = ("people", "active_people")


def coarse_filters(filters: Filters) -> Filters:
    """`filters` with `since` moved back to the start (Monday 00:00, its zone) of its week."""
    if filters.since is None:
        return filters
    day = filters.since.date() - timedelta(days=filters.since.weekday())
    return dataclasses.replace(
        filters, since=datetime.combine(day, time(0), tzinfo=filters.since.tzinfo)
    )


def neighbours(filters: Filters) -> tuple[Filters, ...]:
    """The cohorts an attacker would subtract: a week either side, and no filter at all."""
    if filters.since is None:
        return ()
    return (
        dataclasses.replace(filters, since=filters.since - STEP),
        dataclasses.replace(filters, since=filters.since + STEP),
        dataclasses.replace(filters, since=None),
    )


def _people(row: DataclassInstance) -> int:
    for name in _PEOPLE_FIELDS:
        value = getattr(row, name, None)
        if isinstance(value, int):
            return value
    return 0


def _key(row: DataclassInstance) -> tuple[Any, ...]:
    fields = dataclasses.fields(row)
    return tuple(getattr(row, f.name) for f in fields if f.name in _KEY_FIELDS)


def suppress(row: Row) -> Row:
    """`row` with every figure hidden and its people count 0, so every renderer that
    hides small groups (`row.suppressed`, `people < 5`) hides this one too."""
    if isinstance(row, EngagementDistribution):
        buckets = tuple(dataclasses.replace(b, people=None) for b in row.buckets)
        return dataclasses.replace(row, people=0, p25=None, median=None, p75=None, buckets=buckets)
    figures: dict[str, Any] = {
        f.name: 0 if f.name in _PEOPLE_FIELDS else None
        for f in dataclasses.fields(row)
        if f.name not in _KEY_FIELDS
    }
    return dataclasses.replace(row, **figures)


def differencing_safe(rows: Sequence[Row], others: Sequence[Sequence[Row]]) -> list[Row]:
    """Suppress each row whose people count differs by 1-4 from the same row elsewhere."""
    counts = [{_key(r): _people(r) for r in other} for other in others]
    safe: list[Row] = []
    for row in rows:
        mine = _people(row)
        risky = any(0 < abs(mine - c.get(_key(row), 0)) < PRIVACY_MIN for c in counts)
        safe.append(suppress(row) if risky else row)
    return safe


async def guarded(
    query: Callable[Concatenate[Connection, Filters, ...], Awaitable[list[Row]]],
    conn: Connection,
    filters: Filters,
    **kwargs: Any,
) -> list[Row]:
    """Run `query` for the coarse cohort and suppress rows a neighbour would expose."""
    filters = coarse_filters(filters)
    rows = await query(conn, filters, **kwargs)
    others = [await query(conn, other, **kwargs) for other in neighbours(filters)]
    return differencing_safe(rows, others)


async def guarded_one(
    query: Callable[Concatenate[Connection, Filters, ...], Awaitable[Row]],
    conn: Connection,
    filters: Filters,
    **kwargs: Any,
) -> Row:
    """`guarded` for queries that answer one figure set (the overview, the distribution)."""

    async def as_list(c: Connection, f: Filters, **kw: Any) -> list[Row]:
        return [await query(c, f, **kw)]

    (row,) = await guarded(as_list, conn, filters, **kwargs)
    return row
