"""Writing what a step's outcome asks for, through the writer registered for each record
class: check-ins, goals, profile fields, takeaways, scenes, conversations, time zones.

The registry is `engine.store.record_writers`; a new step type names its records' writers
in its `writers` and `engine.steps.registry.register` registers them."""

from __future__ import annotations

from datetime import datetime

from engine.state import EnrolmentState
from engine.steps import (
    CheckInRecord,
    ConversationRecord,
    GoalRecord,
    ProfileRecord,
    SceneRecord,
    TakeawaysRecord,
    TimezoneRecord,
)
from engine.store import delivery, records
from engine.store.conversations import save_conversation
from engine.store.database import Connection
from engine.store.record_writers import record_writer, register_record, write_records
from engine.store.scenarios import save_scene

__all__ = ["active_goal_parts", "write_records"]

# The store functions that take the enrolment and the record as they are: their writers.
register_record(CheckInRecord, records.record_check_in)
register_record(ConversationRecord, save_conversation)
register_record(TakeawaysRecord, records.save_takeaways)


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


@record_writer(TimezoneRecord)
async def _timezone(
    conn: Connection, enrolment: EnrolmentState, record: TimezoneRecord, now: datetime
) -> None:
    # On the person; a trigger carries it to every enrolment of theirs (0011).
    await delivery.update(conn, enrolment.user_id, timezone=record.zone)
    await delivery.recheck_held_check_ins(conn, enrolment.user_id, now)
    enrolment.timezone = record.zone


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
