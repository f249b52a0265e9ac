"""Which function stores each kind of step record: the registry `write_records` goes through.

A step outcome's records are plain dataclasses; each class has one writer, registered by
`engine.steps.registry.register` from the step type's `writers` (the built-in records'
writers are in `engine.store.step_records`). No step module is imported here.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from engine.store.database import Connection

if TYPE_CHECKING:  # engine.state imports the step types, which import this registry
    from engine.state import EnrolmentState

R = TypeVar("R")
RecordWriter = Callable[[Connection, "EnrolmentState", R, datetime], Awaitable[None]]
"""Stores one record of a step outcome for the enrolment's current week."""

_WRITERS: dict[type[Any], RecordWriter[Any]] = {}


def register_record(kind: type[R], writer: RecordWriter[R]) -> None:
    """`write_records` stores each `kind` record with `writer` (one writer per record class)."""
    known = _WRITERS.get(kind)
    if known is not None and known is not writer:
        raise ValueError(f"{kind.__name__} records already have a writer")
    _WRITERS[kind] = writer


def unregister_record(kind: type[Any]) -> None:
    _WRITERS.pop(kind, None)


def record_writer(kind: type[R]) -> Callable[[RecordWriter[R]], RecordWriter[R]]:
    """Decorator: register the function as the writer of `kind` records."""

    def register(writer: RecordWriter[R]) -> RecordWriter[R]:
        register_record(kind, writer)
        return writer

    return register


async def write_records(
    conn: Connection, enrolment: EnrolmentState, written: Iterable[object], *, now: datetime
) -> None:
    """Each record of a step outcome, in order, by the writer registered for its class."""
    for record in written:
        writer = _WRITERS.get(type(record))
        if writer is None:
            raise LookupError(f"no writer is registered for {type(record).__name__} records")
        await writer(conn, enrolment, record, now)
