"""Reads for the coaching context: the step's attempts so far and the person's background.

Nothing here writes. The engine's context builder (`engine.coaching.context`) turns what
these return into the `CoachRequest` a coach sees.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from engine.store.database import Connection


@dataclass(frozen=True, slots=True)
class StepTry:
    """One recorded attempt at a step: the person's words, the coach's reply, what was missing."""

    answer: str
    reply: str | None
    missing: tuple[str, ...]
    valid: bool


@dataclass(frozen=True, slots=True)
class Background:
    """What the coach may know about the person beyond the current step."""

    profile: dict[str, str] = field(default_factory=dict)
    goal: str | None = None
    last_summary: str | None = None
    last_learnings: tuple[str, ...] = ()
    last_actions: tuple[str, ...] = ()
    week_answers: tuple[tuple[str, str], ...] = ()


# The parts of the read, for any person, enrolment, week and step: SQL expressions (a
# parameter or a column of an enclosing query) go in the braces. `engine.store.turn_reads`
# sends the same parts inside the turn's load.
PROFILE_SQL = """(SELECT coalesce(jsonb_object_agg(field, value), '{{}}'::jsonb)
    FROM profile_fields WHERE user_id = {user})"""
GOAL_SQL = """(SELECT description FROM goals
    WHERE enrolment_id = {enrolment} AND status = 'active' AND deleted_at IS NULL
    ORDER BY created_at DESC LIMIT 1)"""
TRIES_SQL = """(SELECT coalesce(jsonb_agg(jsonb_build_object('answer', x.answer, 'reply', x.reply,
        'missing', x.missing_items, 'valid', x.valid) ORDER BY x.id), '[]'::jsonb)
    FROM (SELECT a.id, a.answer, a.missing_items, a.valid, r.text AS reply
        FROM step_attempts a
        LEFT JOIN messages m ON m.id = a.message_id
        LEFT JOIN LATERAL (
            SELECT o.text FROM messages o
            WHERE m.id IS NOT NULL AND o.user_id = m.user_id AND o.direction = 'out'
              AND o.id > m.id AND o.step_key = a.step_key
              AND o.created_at = m.created_at + interval '1 microsecond'
            ORDER BY o.id LIMIT 1
        ) r ON true
        WHERE a.enrolment_id = {enrolment} AND a.week_number = {week}
          AND a.step_key = {step} AND {count} > 0
        ORDER BY a.id DESC LIMIT {count}) x)"""
# This week's answers, a row a step answered (an attempt valid or forced): the words of
# every attempt at it joined in two orders, `by_id` (as inserted: the coach's context) and
# `by_time` (as said: the step views and the recap, `records.week_answers`), with the first
# attempt's `first_id` and `first_at` to order the steps by. A read names what it uses.
WEEK_ANSWERS_ROWS = """(SELECT step_key, string_agg(answer, ' / ' ORDER BY id) AS by_id,
        string_agg(answer, ' / ' ORDER BY created_at, id) AS by_time,
        min(id) AS first_id, min(created_at) AS first_at
    FROM step_attempts WHERE enrolment_id = {enrolment} AND week_number = {week}
    GROUP BY step_key HAVING bool_or(valid OR forced)) w"""
# The answers as one JSON array of [step key, words], in each order (over `w` above).
WEEK_ANSWERS_BY_ID = """coalesce(jsonb_agg(jsonb_build_array(w.step_key, w.by_id)
        ORDER BY w.first_id), '[]'::jsonb)"""
WEEK_ANSWERS_BY_TIME = """coalesce(jsonb_agg(jsonb_build_array(w.step_key, w.by_time)
        ORDER BY w.first_at, w.first_id), '[]'::jsonb)"""
WEEK_ANSWERS_SQL = f"(SELECT {WEEK_ANSWERS_BY_ID} FROM {WEEK_ANSWERS_ROWS})"
LAST_TAKEAWAYS_SQL = """LEFT JOIN LATERAL (
    SELECT summary, learnings, action_items FROM takeaways
    WHERE enrolment_id = {enrolment} AND week_number < {week}
    ORDER BY week_number DESC LIMIT 1
) t ON true"""

_PARAMS = {
    "user": "%(user)s",
    "enrolment": "%(enrolment)s",
    "week": "%(week)s",
    "step": "%(step)s",
    "count": "%(count)s",
}
_BACKGROUND = f"""
    SELECT {PROFILE_SQL.format(**_PARAMS)} AS profile, {GOAL_SQL.format(**_PARAMS)} AS goal,
        t.summary, t.learnings, t.action_items, {TRIES_SQL.format(**_PARAMS)} AS tries,
        {WEEK_ANSWERS_SQL.format(**_PARAMS)} AS week_answers
    FROM (SELECT 1) one
    {LAST_TAKEAWAYS_SQL.format(**_PARAMS)}
"""


async def load(
    conn: Connection, *, user_id: int, enrolment_id: int, week: int, step_key: str, count: int
) -> tuple[list[StepTry], Background]:
    """In one read: the last `count` attempts at the step (its current run), oldest first,
    each with the coach's reply; the profile, the active goal, the last week's takeaways
    and this week's answers.

    The coach's reply is the first message of the step the bot sent in the same turn:
    stamped one microsecond after the message it answers, and inserted after it.
    """
    cur = await conn.execute(
        _BACKGROUND,
        {
            "user": user_id,
            "enrolment": enrolment_id,
            "week": week,
            "step": step_key,
            "count": max(count, 0),
        },
    )
    row = await cur.fetchone()
    assert row is not None
    return from_row(row)


def from_row(row: Mapping[str, Any]) -> tuple[list[StepTry], Background]:
    """The attempts and the background from a row with the columns `load` reads."""
    profile = row["profile"] if isinstance(row["profile"], dict) else {}
    answers = row["week_answers"] if isinstance(row["week_answers"], list) else []
    tries = [
        StepTry(
            answer=str(t["answer"]),
            reply=t.get("reply"),
            missing=tuple(m for m in (t.get("missing") or ()) if m),
            valid=bool(t.get("valid")),
        )
        for t in (row["tries"] if isinstance(row["tries"], list) else [])
    ]
    return tries, Background(
        profile={str(k): str(v) for k, v in sorted(profile.items())},
        goal=row["goal"],
        last_summary=row["summary"],
        last_learnings=tuple(row["learnings"] or ()),
        last_actions=tuple(row["action_items"] or ()),
        week_answers=tuple((str(k), str(v)) for k, v in answers),
    )
