"""The shared piece of every analytics query: the enrolments a `Filters` selects."""

from __future__ import annotations

from typing import Any

from engine.analytics.types import PRIVACY_MIN, Filters

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
