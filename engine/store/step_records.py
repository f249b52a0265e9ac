"""Writing what a step's outcome asks for, through the writer registered for each record
class: check-ins, goals, profile fields, takeaways, scenes, conversations, time zones.

A new step type's record registers its own writer (`register_record` / `@record_writer`)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from datetime import datetime
from typing import Any, TypeVar

from engine.state import EnrolmentState
from engine.steps import (
    CheckInRecord,
    ConversationRecord,
    GoalRecord,
    ProfileRecord,
    Record,
    SceneRecord,
    TakeawaysRecord,
    TimezoneRecord,
)
from engine.store import delivery, records
from engine.store.conversations import save_conversation
from engine.store.database import Connection
from engine.store.scenarios import save_scene

R = TypeVar("R")
RecordWriter = Callable[[Connection, EnrolmentState, R, datetime], Awaitable[None]]
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
    conn: Connection, enrolment: EnrolmentState, written: Iterable[Record], *, now: datetime
) -> None:
    """Each record of a step outcome, in order, by the writer registered for its class."""
    for record in written:
        writer = _WRITERS.get(type(record))
        if writer is None:
            raise LookupError(f"no writer is registered for {type(record).__name__} records")
        await writer(conn, enrolment, record, now)


@record_writer(CheckInRecord)
async def _check_in(
    conn: Connection, enrolment: EnrolmentState, record: CheckInRecord, now: datetime
) -> None:
    await records.record_check_in(
        conn,
        enrolment_id=enrolment.id,
        user_id=enrolment.user_id,
        week_number=enrolment.current_week,
        mood=record.mood,
        progress=record.progress,
        now=now,
    )


@record_writer(GoalRecord)
async def _goal(
    conn: Connection, enrolment: EnrolmentState, record: GoalRecord, now: datetime
) -> None:
    await records.create_goal(
        conn,
        enrolment_id=enrolment.id,
        user_id=enrolment.user_id,
        description=record.description,
        smart=record.smart,
        now=now,
        revise_active=record.revises_active,
    )


@record_writer(ProfileRecord)
async def _profile(
    conn: Connection, enrolment: EnrolmentState, record: ProfileRecord, now: datetime
) -> None:
    await records.add_profile_fields(
        conn, user_id=enrolment.user_id, values=record.values, confidence=record.confidence, now=now
    )


@record_writer(SceneRecord)
async def _scene(
    conn: Connection, enrolment: EnrolmentState, record: SceneRecord, now: datetime
) -> None:
    await save_scene(
        conn,
        enrolment_id=enrolment.id,
        user_id=enrolment.user_id,
        step_key=record.step_key,
        progress=record.progress,
        now=now,
    )


@record_writer(ConversationRecord)
async def _conversation(
    conn: Connection, enrolment: EnrolmentState, record: ConversationRecord, now: datetime
) -> None:
    await save_conversation(
        conn,
        enrolment_id=enrolment.id,
        user_id=enrolment.user_id,
        week_number=enrolment.current_week,
        record=record,
        now=now,
    )


@record_writer(TimezoneRecord)
async def _timezone(
    conn: Connection, enrolment: EnrolmentState, record: TimezoneRecord, now: datetime
) -> None:
    # On the person; a trigger carries it to every enrolment of theirs (0011).
    await delivery.update(conn, enrolment.user_id, timezone=record.zone)
    enrolment.timezone = record.zone


@record_writer(TakeawaysRecord)
async def _takeaways(
    conn: Connection, enrolment: EnrolmentState, record: TakeawaysRecord, now: datetime
) -> None:
    await records.save_takeaways(
        conn,
        enrolment_id=enrolment.id,
        user_id=enrolment.user_id,
        week=enrolment.current_week,
        summary=record.summary,
        learnings=record.learnings,
        action_items=record.action_items,
        now=now,
    )


async def active_goal_parts(conn: Connection, enrolment_id: int) -> dict[str, str]:
    """The SMART parts stored with the active goal (a revision starts from them)."""
    cur = await conn.execute(
        """
        SELECT specific, measurable, achievable, relevant, time_bound FROM goals
        WHERE enrolment_id = %s AND status = 'active' AND deleted_at IS NULL
        ORDER BY created_at DESC LIMIT 1
        """,
        (enrolment_id,),
    )
    row = await cur.fetchone()
    return {k: str(v) for k, v in (row or {}).items() if v}
