"""Dispatching: claim due nudges, check them again, send each once, record the outcome.

Claiming is `UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED LIMIT n)`,
committed at once, so replicas never take the same row. A claim is a lease:
if the worker dies, the row becomes claimable again when the lease runs out.
Leases are measured on the database's clock (`clock_timestamp()`), the one
clock every replica shares, while due times follow the engine's `Clock` (which
the console and tests move).

Exactly once, and where it can fail: every write after the send is guarded by
`claimed_by = me AND status = 'claimed'`, and once half the lease has passed
since the claim, ownership is confirmed (and the lease extended) right before
sending, so a slow worker whose lease ran out and was re-claimed can neither
send nor mark; while a send is in flight a heartbeat keeps extending the lease,
so a slow send (gateway retries, Retry-After waits) is not taken over either.
The one remaining window is a crash (or a lost database connection) after
the platform accepted the message and before the `sent` mark commits: the
lease then expires and another worker sends it again. The mark therefore runs immediately after the
send, alone, in its own short transaction; nothing else happens in between.
(Closing the window entirely needs the platform's help, e.g. Discord's
message nonce with `enforce_nonce`.)

Rules at send time (the person may have changed things since planning; what
they depend on is read for the whole batch in the claiming transaction, moments
before the sends):
* enrolment gone, not active, or reminders off → `cancelled` with the reason;
  dormant → check-ins and re-engagements cancelled; a re-engagement for someone
  active since it was planned, or a check-in reminder for a day they already
  checked in, → `cancelled`;
* a week already opened in a conversation, a goal no longer active → `cancelled`;
* away → check-ins `cancelled` (they are per day), other kinds moved to the
  morning after; snoozed → moved to `snoozed_until`; quiet hours → moved to
  their end (back to `pending`, attempts unchanged);
* one voice: a person's nudges due within `coalesce` of each other go as one
  message (the week that opened and that morning's check-in); a second
  check-in prompt on the same local day (two programs, a check-in due with a
  snooze reminder) is `cancelled`; a check-in that waits for the week opening with it
  (`with_week`) is moved to the opening while that week is still locked and opens that
  day, within 3 h, outside quiet hours (a minute on once it is due: the planner opens it
  within its minute), and otherwise goes alone (a settings change makes it due again
  at once, to be decided afresh); a snooze reminds of the step left waiting
  and is not cancelled by a check-in made earlier that day;
* late: a check-in whose local day has passed or that is more than
  `late_after` late → `expired` with `missed window: …`; a goal reminder on or
  after its deadline → `expired`; week unlocks and re-engagements are still
  sent however late (still meaningful);
* a `reply` (an answer the platform rate-limited after the turn was saved) skips
  the reminder rules: only a deleted enrolment cancels it;
* `RecipientUnreachable` → `unreachable`, and the identity is marked so;
  `DeliveryDeferred` → back to `pending` with `next_attempt_at = now +
  max(retry_after, backoff)` (and the platform paused for `retry_after`),
  `failed` after `max_attempts`; a 429 (`rate_limited`) does not count as an attempt.
"""

from __future__ import annotations

import asyncio
import logging
import time as _time
from collections.abc import Collection, Mapping
from datetime import timedelta
from typing import Any

from engine.messages import Platform
from engine.nudges._outcomes import DispatchResult
from engine.nudges._rules import Claimed
from engine.nudges._run import Dispatch, backoff
from engine.nudges.pacing import PlatformPacer
from engine.ports import ChatGateway, Clock
from engine.store.database import Database
from engine.store.nudges import outbox

__all__ = ["backoff", "dispatch_due"]

log = logging.getLogger(__name__)


async def dispatch_due(
    db: Database,
    gateways: Mapping[Platform, ChatGateway],
    clock: Clock,
    *,
    worker_id: str,
    batch: int = 100,
    lease: timedelta = timedelta(seconds=60),
    max_attempts: int = 5,
    late_after: timedelta = timedelta(hours=6),
    pacer: PlatformPacer | None = None,
    concurrency: int = 4,
    platforms: Collection[Platform] | None = None,
    user_id: int | None = None,
    coalesce: timedelta = timedelta(minutes=5),
) -> DispatchResult:
    """Claim up to `batch` due nudges and send them (see the module docstring for the rules).

    Args:
        db: The database.
        gateways: The `ChatGateway` of each platform this worker serves.
        clock: Decides what is due (the console and tests move it).
        worker_id: Unique per worker process; written to `claimed_by`.
        batch: How many nudges to claim at once.
        lease: How long a claim lasts before another worker may take the row over.
        max_attempts: Deferred deliveries are `failed` after this many attempts.
        late_after: A check-in more than this late is `expired`.
        pacer: Per-platform rate limits; keep one per process so limits hold
            across calls (a fresh one per call when None).
        concurrency: How many sends may be in flight at once (at most the pool size).
        platforms: Claim only nudges of people reachable on one of these (None: all).
        user_id: Claim only this person's nudges (a console at its virtual time).
        coalesce: A person's nudges due within this much of one another go as one message.

    Returns:
        Counts of what happened to the claimed nudges.
    """
    now = clock.now()
    async with db.transaction() as conn:
        rows = await outbox.claim(
            conn,
            {
                "worker": worker_id,
                "lease": lease,
                "now": now,
                "batch": batch,
                "platforms": None if platforms is None else [p.value for p in platforms],
                "user_id": user_id,
            },
        )
        contexts: dict[int, Mapping[str, Any]] = {}
        if rows:
            # What else those people have due in the next few minutes goes in the same message.
            rows += await outbox.claim_companions(
                conn,
                {
                    "worker": worker_id,
                    "lease": lease,
                    "now": now,
                    "window": coalesce,
                    "users": sorted({r["user_id"] for r in rows}),
                },
            )
            contexts = await outbox.contexts(conn, [r["id"] for r in rows])
    claimed_at = _time.monotonic()
    claimed = [
        Claimed(
            r["id"],
            r["user_id"],
            r["kind"],
            r["idempotency_key"],
            r["due_at"],
            r["attempts"],
            dict(r["payload"]),
        )
        # A reminder the person asked for goes first: a check-in due with it is then the
        # day's second prompt, and gives way.
        for r in sorted(rows, key=lambda r: (r["due_at"], not r["payload"].get("snoozed"), r["id"]))
    ]
    run = Dispatch(
        db,
        gateways,
        clock,
        worker_id=worker_id,
        lease=lease,
        max_attempts=max_attempts,
        late_after=late_after,
        pacer=pacer or PlatformPacer(),
    )
    run.result.claimed = len(claimed)
    if not claimed:
        return run.result
    limit = asyncio.Semaphore(max(1, concurrency))

    people: dict[int, list[tuple[Claimed, Mapping[str, Any]]]] = {}
    for nudge in claimed:
        people.setdefault(nudge.user_id, []).append((nudge, contexts[nudge.id]))

    async def one(group: list[tuple[Claimed, Mapping[str, Any]]]) -> None:
        async with limit:
            await run.process(group, claimed_at)

    await asyncio.gather(*(one(group) for group in people.values()))
    return run.result
