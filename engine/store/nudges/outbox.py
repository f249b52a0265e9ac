"""The dispatcher's outbox SQL: claim with SKIP LOCKED, lease, mark, release.

Every write after a claim is guarded (`claimed_by = me AND status = 'claimed'`) and
reports whether it still owned the row; the rules are in `engine.nudges`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from engine.store.database import Connection, Database

_CLAIM = """
UPDATE nudges SET status = 'claimed', claimed_by = %(worker)s,
    lease_expires_at = clock_timestamp() + %(lease)s
WHERE id IN (
    SELECT id FROM nudges
    WHERE ((status = 'pending' AND due_at <= %(now)s
            AND (next_attempt_at IS NULL OR next_attempt_at <= %(now)s))
        OR (status = 'claimed' AND lease_expires_at < clock_timestamp()))
    -- a worker serving only some platforms (the console) leaves other people's nudges alone
    AND (%(platforms)s::text[] IS NULL OR EXISTS (
        SELECT 1 FROM platform_identities pi
        WHERE pi.user_id = nudges.user_id AND pi.unreachable_reason IS NULL
          AND pi.platform = ANY (%(platforms)s::text[])))
    -- a console delivers only its own person's nudges, at its own virtual time
    AND (%(user_id)s::bigint IS NULL OR nudges.user_id = %(user_id)s::bigint)
    ORDER BY due_at
    FOR UPDATE SKIP LOCKED
    LIMIT %(batch)s
)
RETURNING id, user_id, kind, idempotency_key, due_at, attempts, payload
"""

# The same people's nudges due within a short window after now: sent with the due ones as
# one message ("Week 3 is open" and the check-in of that morning), not a burst of bubbles.
_CLAIM_COMPANIONS = """
UPDATE nudges SET status = 'claimed', claimed_by = %(worker)s,
    lease_expires_at = clock_timestamp() + %(lease)s
WHERE id IN (
    SELECT id FROM nudges
    WHERE user_id = ANY (%(users)s::bigint[]) AND status = 'pending'
      AND due_at > %(now)s AND due_at <= %(now)s::timestamptz + %(window)s::interval
      AND next_attempt_at IS NULL
    FOR UPDATE SKIP LOCKED
)
RETURNING id, user_id, kind, idempotency_key, due_at, attempts, payload
"""

# What the send depends on, read for the whole batch in the claiming transaction.
_CONTEXT = """
SELECT n.id, e.id AS enrolment_id, e.status, e.deleted_at, e.reminders_enabled, e.timezone,
    e.quiet_start, e.quiet_end, e.snoozed_until, e.away_until, e.dormant_at,
    e.last_activity_at, e.follow_up_until,
    (SELECT max(c.created_at) FROM check_ins c WHERE c.enrolment_id = e.id) AS last_check_in,
    -- one check-in prompt a day per person, whatever the number of programs
    -- (through the person's enrolments: nudges are indexed by enrolment and kind)
    (SELECT max(o.sent_at) FROM enrolments oe
        JOIN nudges o ON o.enrolment_id = oe.id AND o.kind = 'check_in'
        WHERE oe.user_id = n.user_id AND o.status = 'sent' AND o.id <> n.id
    ) AS last_check_in_prompt,
    -- the step left waiting, which a snooze reminds of (none while the week is locked)
    CASE WHEN e.status = 'active' AND NOT (e.step_state ? 'locked_until') THEN
        pv.definition -> 'weeks' -> (e.current_week - 1) -> 'steps' -> e.current_step ->> 'prompt'
    END AS pending_prompt,
    p.title AS program_title, w.title AS week_title, wp.status AS week_status,
    wp.unlocks_at AS week_unlocks_at,
    g.status AS goal_status, g.description AS goal_description,
    i.platform, i.workspace_id, i.platform_user_id,
    -- connection nudges (engine.connections.delivery): suggestion, both people, quiet hours
    u.timezone AS conn_timezone, cs.status AS conn_status, cs.expires_at AS conn_expires_at,
    mine.opt_in AS conn_opt_in, mine.availability AS conn_availability,
    other.opt_in AS other_opt_in, other.availability AS other_availability,
    (CASE WHEN cs.user_a = n.user_id THEN cs.a_met ELSE cs.b_met END) IS NOT NULL
        AS conn_met_answered,
    qe.id IS NOT NULL AS conn_has_enrolment, qe.quiet_start AS conn_quiet_start,
    qe.quiet_end AS conn_quiet_end
FROM nudges n
LEFT JOIN enrolments e ON e.id = n.enrolment_id
LEFT JOIN programs p ON p.id = e.program_id
LEFT JOIN program_versions pv ON pv.id = e.program_version_id
LEFT JOIN weeks w ON n.kind = 'week_unlocked' AND w.program_version_id = e.program_version_id
    AND w.number = (n.payload ->> 'week')::int
-- the week a nudge announces, or that a check-in waits for (`with_week`: sent with its offer)
LEFT JOIN week_progress wp ON n.kind IN ('week_unlocked', 'check_in') AND wp.enrolment_id = e.id
    AND wp.week_number = COALESCE(n.payload ->> 'week', n.payload ->> 'with_week')::int
LEFT JOIN goals g ON n.kind = 'goal_deadline' AND g.id = (n.payload ->> 'goal_id')::bigint
LEFT JOIN LATERAL (
    SELECT platform, workspace_id, platform_user_id FROM platform_identities pi
    WHERE pi.user_id = n.user_id AND pi.unreachable_reason IS NULL
    ORDER BY pi.created_at DESC, pi.id DESC LIMIT 1
) AS i ON true
LEFT JOIN users u ON n.kind LIKE 'connection%%' AND u.id = n.user_id
LEFT JOIN connection_suggestions cs ON n.kind LIKE 'connection%%'
    AND cs.id = (n.payload ->> 'suggestion_id')::bigint
LEFT JOIN connection_profiles mine ON cs.id IS NOT NULL AND mine.user_id = n.user_id
LEFT JOIN connection_profiles other ON cs.id IS NOT NULL
    AND other.user_id = CASE WHEN cs.user_a = n.user_id THEN cs.user_b ELSE cs.user_a END
LEFT JOIN LATERAL (
    SELECT q.id, q.quiet_start, q.quiet_end FROM enrolments q
    WHERE n.kind LIKE 'connection%%' AND q.user_id = n.user_id
      AND q.status IN ('active', 'paused') AND q.deleted_at IS NULL
    ORDER BY q.id DESC LIMIT 1
) AS qe ON true
WHERE n.id = ANY (%(ids)s)
"""

# Confirms we still own the claim and extends the lease (before a send that comes late).
_EXTEND = """
UPDATE nudges SET lease_expires_at = clock_timestamp() + %(lease)s
WHERE id = %(id)s AND claimed_by = %(worker)s AND status = 'claimed'
"""

_MARK_SENT = """
UPDATE nudges SET status = 'sent', sent_at = %(now)s, platform_message_id = %(message_id)s,
    attempts = attempts + 1, lease_expires_at = NULL, last_error = NULL
WHERE id = %(id)s AND claimed_by = %(worker)s AND status = 'claimed'
"""

_FINISH = """
UPDATE nudges SET status = %(status)s, last_error = %(error)s, lease_expires_at = NULL,
    attempts = attempts + %(attempt)s
WHERE id = %(id)s AND claimed_by = %(worker)s AND status = 'claimed'
"""

_RELEASE = """
UPDATE nudges SET status = 'pending', due_at = GREATEST(due_at, %(due)s),
    next_attempt_at = %(next)s, last_error = %(error)s, claimed_by = NULL,
    lease_expires_at = NULL, attempts = attempts + %(attempt)s
WHERE id = %(id)s AND claimed_by = %(worker)s AND status = 'claimed'
"""

_MARK_IDENTITY = """
UPDATE platform_identities SET unreachable_reason = %(reason)s, unreachable_at = now()
WHERE platform = %(platform)s AND workspace_id = %(workspace)s AND platform_user_id = %(user)s
"""

_RELEASE_ALL = """
UPDATE nudges SET status = 'pending', claimed_by = NULL, lease_expires_at = NULL
WHERE claimed_by = %(worker)s AND status = 'claimed'
"""

_GUARDED = {"extend": _EXTEND, "mark_sent": _MARK_SENT, "finish": _FINISH, "release": _RELEASE}
Guarded = Literal["extend", "mark_sent", "finish", "release"]


async def claim(conn: Connection, params: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Claim due nudges (worker, lease, now, batch, platforms, user_id), SKIP LOCKED."""
    cur = await conn.execute(_CLAIM, params)
    return [dict(r) for r in await cur.fetchall()]


async def claim_companions(conn: Connection, params: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Claim the same people's nudges due within `window` after `now` (one message)."""
    cur = await conn.execute(_CLAIM_COMPANIONS, params)
    return [dict(r) for r in await cur.fetchall()]


async def contexts(conn: Connection, ids: list[int]) -> dict[int, Mapping[str, Any]]:
    """What each claimed nudge's send depends on, by nudge id."""
    cur = await conn.execute(_CONTEXT, {"ids": ids})
    return {r["id"]: r for r in await cur.fetchall()}


async def guarded(conn: Connection, which: Guarded, params: Mapping[str, Any]) -> bool:
    """One write on a claimed row (id, worker, …); False when the claim is no longer ours."""
    cur = await conn.execute(_GUARDED[which], params)
    return cur.rowcount == 1


async def mark_identity_unreachable(
    conn: Connection, *, platform: str, workspace: str, user: str, reason: str
) -> None:
    """Record that the platform refused this identity (no further sends to it)."""
    await conn.execute(
        _MARK_IDENTITY,
        {"reason": reason[:200], "platform": platform, "workspace": workspace, "user": user},
    )


async def release_all(db: Database, *, worker: str) -> int:
    """Return every nudge `worker` still holds to `pending`; the number released."""
    async with db.transaction() as conn:
        cur = await conn.execute(_RELEASE_ALL, {"worker": worker})
        return cur.rowcount
