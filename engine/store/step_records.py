"""Writing what a step's outcome asks for: check-ins, goals, profile fields, takeaways."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

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


async def write_records(
    conn: Connection, enrolment: EnrolmentState, written: Iterable[Record], *, now: datetime
) -> None:
    """Each record of a step outcome, in order, for the enrolment's current week."""
    for record in written:
        match record:
            case CheckInRecord(mood=mood, progress=progress):
                await records.record_check_in(
                    conn,
                    enrolment_id=enrolment.id,
                    user_id=enrolment.user_id,
                    week_number=enrolment.current_week,
                    mood=mood,
                    progress=progress,
                    now=now,
                )
            case GoalRecord(description=description, smart=smart, revises_active=revises):
                await records.create_goal(
                    conn,
                    enrolment_id=enrolment.id,
                    user_id=enrolment.user_id,
                    description=description,
                    smart=smart,
                    now=now,
                    revise_active=revises,
                )
            case ProfileRecord(values=values, confidence=confidence):
                await records.add_profile_fields(
                    conn, user_id=enrolment.user_id, values=values, confidence=confidence, now=now
                )
            case SceneRecord(step_key=step_key, progress=progress):
                await save_scene(
                    conn,
                    enrolment_id=enrolment.id,
                    user_id=enrolment.user_id,
                    step_key=step_key,
                    progress=progress,
                    now=now,
                )
            case ConversationRecord():
                await save_conversation(
                    conn,
                    enrolment_id=enrolment.id,
                    user_id=enrolment.user_id,
                    week_number=enrolment.current_week,
                    record=record,
                    now=now,
                )
            case TimezoneRecord(zone=zone):
                # On the person; a trigger carries it to every enrolment of theirs (0011).
                await delivery.update(conn, enrolment.user_id, timezone=zone)
                enrolment.timezone = zone
            case TakeawaysRecord():
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
