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
* late: a check-in whose local day has passed or that is more than
  `late_after` late → `expired` with `missed window: …`; a goal reminder on or
  after its deadline → `expired`; week unlocks and re-engagements are still
  sent however late (still meaningful);
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
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from engine.connections import CONNECTION_KINDS, Hold, Later, connection_verdict
from engine.messages import Platform, PlatformIdentity, Reply
from engine.nudges import _dispatch_sql as sql
from engine.nudges._outcomes import DispatchResult, NudgeRef, current_nudge
from engine.nudges.pacing import PlatformPacer
from engine.nudges.render import render_nudge
from engine.ports import ChatGateway, Clock, DeliveryDeferred, RecipientUnreachable
from engine.store.database import Connection, Database
from engine.timeexpr import in_quiet_hours, local_datetime, quiet_hours_end

log = logging.getLogger(__name__)


_BACKOFF_BASE = timedelta(seconds=30)
_BACKOFF_MAX = timedelta(hours=1)
_MORNING = datetime.min.time().replace(hour=9)


def backoff(attempts: int) -> timedelta:
    """30 s, 1 min, 2 min, … capped at an hour, after `attempts` failed attempts."""
    wait: timedelta = _BACKOFF_BASE * (2 ** max(0, attempts - 1))
    return min(wait, _BACKOFF_MAX)


@dataclass(frozen=True, slots=True)
class _Claimed:
    id: int
    kind: str
    idempotency_key: str
    due_at: datetime
    attempts: int
    payload: dict[str, Any]


class _Dispatch:
    def __init__(
        self,
        db: Database,
        gateways: Mapping[Platform, ChatGateway],
        clock: Clock,
        *,
        worker_id: str,
        lease: timedelta,
        max_attempts: int,
        late_after: timedelta,
        pacer: PlatformPacer,
    ) -> None:
        self.db = db
        self.gateways = gateways
        self.clock = clock
        self.worker_id = worker_id
        self.lease = lease
        self.max_attempts = max_attempts
        self.late_after = late_after
        self.pacer = pacer
        self.result = DispatchResult()

    def _params(self, nudge: _Claimed, **extra: Any) -> dict[str, Any]:
        return {"id": nudge.id, "worker": self.worker_id, "lease": self.lease, **extra}

    async def _write(
        self, sql: str, params: dict[str, Any], conn: Connection | None = None
    ) -> bool:
        if conn is not None:
            cur = await conn.execute(sql, params)
            return cur.rowcount == 1
        async with self.db.transaction() as own:
            cur = await own.execute(sql, params)
            return cur.rowcount == 1

    def _count(self, outcome: str, reason: str | None, written: bool) -> None:
        if not written:
            self.result.lost_lease += 1
            return
        setattr(self.result, outcome, getattr(self.result, outcome) + 1)
        if reason:
            key = reason.split(":", 1)[0]
            self.result.reasons[key] = self.result.reasons.get(key, 0) + 1

    async def finish(self, nudge: _Claimed, status: str, reason: str, *, attempt: int = 0) -> None:
        written = await self._write(
            sql.FINISH, self._params(nudge, status=status, error=reason[:500], attempt=attempt)
        )
        self._count(status if status != "failed" else "failed", reason, written)

    async def release(
        self,
        nudge: _Claimed,
        *,
        outcome: str,
        reason: str,
        due: datetime | None = None,
        next_attempt: datetime | None = None,
        attempt: int = 0,
    ) -> None:
        written = await self._write(
            sql.RELEASE,
            self._params(
                nudge,
                due=due or nudge.due_at,
                next=next_attempt,
                error=reason[:500],
                attempt=attempt,
            ),
        )
        self._count(outcome, reason, written)

    async def process(self, nudge: _Claimed, row: Mapping[str, Any], claimed_at: float) -> None:
        try:
            await self._process(nudge, row, claimed_at)
        except Exception as exc:  # a bug must not strand the row: back to pending, retried later
            log.exception("nudge %s: unexpected error", nudge.idempotency_key)
            await self._defer(nudge, f"error: {exc!r}", 0.0)

    async def _process(self, nudge: _Claimed, row: Mapping[str, Any], claimed_at: float) -> None:
        confirmed_at = claimed_at
        if _time.monotonic() - confirmed_at > self.lease.total_seconds() / 2:
            if not await self._write(sql.EXTEND, self._params(nudge)):
                self.result.lost_lease += 1
                return
            confirmed_at = _time.monotonic()
        now = self.clock.now()
        verdict = self._check(nudge, row, now)
        if verdict is not None:
            await verdict
            return
        if row["platform"] is None:
            await self.finish(nudge, "unreachable", "unreachable: no reachable platform identity")
            return
        platform = Platform(row["platform"])
        gateway = self.gateways.get(platform)
        if gateway is None:  # another replica may serve it; don't use up attempts
            await self.release(
                nudge,
                outcome="deferred",
                reason=f"deferred: no {platform.value} gateway here",
                next_attempt=now + timedelta(minutes=5),
            )
            return
        paused = self.pacer.paused_for(platform)
        if paused > 0:
            await self.release(
                nudge,
                outcome="deferred",
                reason=f"deferred: {platform.value} rate limited",
                next_attempt=now + timedelta(seconds=paused),
            )
            return
        identity = PlatformIdentity(platform, row["workspace_id"], row["platform_user_id"])
        replies = render_nudge(nudge.kind, nudge.payload, row)
        await self.pacer.acquire(platform)
        stale = _time.monotonic() - confirmed_at > self.lease.total_seconds() / 2
        if stale and not await self._write(sql.EXTEND, self._params(nudge)):
            self.result.lost_lease += 1
            return
        await self._send(nudge, gateway, identity, replies, platform)

    def _check(self, nudge: _Claimed, row: Mapping[str, Any], now: datetime) -> Any:
        """The coroutine that settles a nudge that must not be sent now, or None to send it."""
        kind = nudge.kind
        if kind in CONNECTION_KINDS:  # no enrolment: engine.connections has the rules
            return self._settle(nudge, connection_verdict(kind, row, now))
        if row["enrolment_id"] is None or row["deleted_at"] is not None:
            return self.finish(nudge, "cancelled", "cancelled: enrolment deleted")
        if row["status"] != "active":
            return self.finish(nudge, "cancelled", f"cancelled: enrolment {row['status']}")
        if not row["reminders_enabled"]:
            return self.finish(nudge, "cancelled", "cancelled: reminders turned off")
        if row["dormant_at"] is not None and kind in ("check_in", "re_engage"):
            return self.finish(nudge, "cancelled", "cancelled: enrolment dormant")
        if kind == "re_engage" and row["last_activity_at"] > _planned_at(nudge):
            return self.finish(nudge, "cancelled", "cancelled: active again since planned")
        tz = _zone(row["timezone"])
        if kind == "check_in" and row["last_check_in"] is not None:
            checked = str(nudge.payload.get("local_date"))
            if row["last_check_in"].astimezone(tz).date().isoformat() == checked:
                return self.finish(
                    nudge, "cancelled", f"cancelled: already checked in on {checked}"
                )
        if kind == "week_unlocked" and row["week_status"] != "unlocked":
            return self.finish(
                nudge, "cancelled", f"cancelled: week already {row['week_status'] or 'gone'}"
            )
        if kind == "goal_deadline" and row["goal_status"] != "active":
            return self.finish(
                nudge, "cancelled", f"cancelled: goal {row['goal_status'] or 'deleted'}"
            )
        today = now.astimezone(tz).date()
        late = now - nudge.due_at
        if kind == "check_in":
            day = date.fromisoformat(str(nudge.payload["local_date"]))
            if today > day or late > self.late_after:
                return self.finish(
                    nudge,
                    "expired",
                    f"missed window: check-in for {day} due {nudge.due_at:%Y-%m-%d %H:%M} UTC,"
                    f" {_hours(late)} late at {now:%Y-%m-%d %H:%M} UTC",
                )
        if kind == "goal_deadline":
            deadline = date.fromisoformat(str(nudge.payload["deadline"]))
            if today >= deadline:
                return self.finish(
                    nudge, "expired", f"missed window: goal deadline {deadline} already reached"
                )
        away = row["away_until"]
        if away is not None and away >= today:
            if kind == "check_in":
                return self.finish(nudge, "cancelled", f"cancelled: away until {away}")
            back = local_datetime(away + timedelta(days=1), _MORNING, tz)
            return self.release(
                nudge, outcome="rescheduled", reason=f"rescheduled: away until {away}", due=back
            )
        snoozed = row["snoozed_until"]
        if snoozed is not None and snoozed > now:
            return self.release(
                nudge,
                outcome="rescheduled",
                reason=f"rescheduled: snoozed until {snoozed:%Y-%m-%d %H:%M} UTC",
                due=snoozed,
            )
        start, end = row["quiet_start"], row["quiet_end"]
        if (
            start is not None
            and end is not None
            and in_quiet_hours(now.astimezone(tz).time(), start, end)
        ):
            return self.release(
                nudge,
                outcome="rescheduled",
                reason="rescheduled: quiet hours",
                due=quiet_hours_end(now, tz, start, end),
            )
        return None

    def _settle(self, nudge: _Claimed, verdict: Hold | Later | None) -> Any:
        if isinstance(verdict, Hold):
            return self.finish(nudge, verdict.status, verdict.reason)
        if isinstance(verdict, Later):
            return self.release(
                nudge, outcome="rescheduled", reason=verdict.reason, due=verdict.due
            )
        return None

    async def _send(
        self,
        nudge: _Claimed,
        gateway: ChatGateway,
        identity: PlatformIdentity,
        replies: list[Reply],
        platform: Platform,
    ) -> None:
        token = current_nudge.set(NudgeRef(nudge.id, nudge.kind, nudge.idempotency_key))
        heartbeat = asyncio.create_task(self._heartbeat(nudge))
        try:
            delivery = await gateway.send(identity=identity, replies=replies)
        except RecipientUnreachable as exc:
            await self._unreachable(nudge, identity, exc.reason)
            return
        except DeliveryDeferred as exc:
            if exc.retry_after > 0:
                self.pacer.pause(platform, exc.retry_after)
            await self._defer(
                nudge, f"deferred: {exc.reason}", exc.retry_after, counts=not exc.rate_limited
            )
            return
        finally:
            heartbeat.cancel()
            current_nudge.reset(token)
        # Mark at once, alone: the only window for a duplicate is between send and this commit.
        written = await self._write(
            sql.MARK_SENT,
            self._params(nudge, now=self.clock.now(), message_id=delivery.platform_message_id),
        )
        if not written:
            log.warning("nudge %s sent but re-claimed meanwhile", nudge.idempotency_key)
        self._count("sent", None, written)

    async def _heartbeat(self, nudge: _Claimed) -> None:
        """Keep the lease alive while a slow send (retries, Retry-After waits) is in flight.

        Without it a send longer than the lease would let another worker take the
        row over and send it again while we are still alive.
        """
        interval = self.lease.total_seconds() / 3
        while True:
            await asyncio.sleep(interval)
            try:
                if not await self._write(sql.EXTEND, self._params(nudge)):
                    return
            except Exception:  # the send decides the outcome; a failed beat is only logged
                log.warning("nudge %s: lease heartbeat failed", nudge.idempotency_key)

    async def _unreachable(self, nudge: _Claimed, identity: PlatformIdentity, reason: str) -> None:
        async with self.db.transaction() as conn:
            written = await self._write(
                sql.FINISH,
                self._params(
                    nudge, status="unreachable", error=f"unreachable: {reason}"[:500], attempt=1
                ),
                conn,
            )
            await conn.execute(
                sql.MARK_IDENTITY,
                {
                    "reason": reason[:200],
                    "platform": identity.platform.value,
                    "workspace": identity.workspace_id,
                    "user": identity.user_id,
                },
            )
        self._count("unreachable", "unreachable", written)

    async def _defer(
        self, nudge: _Claimed, reason: str, retry_after: float, *, counts: bool = True
    ) -> None:
        """Back to pending. A 429 (`counts=False`) is not a failed attempt: the platform
        asked everyone to wait; the late-nudge rule still bounds how long it can wait."""
        if not counts:
            await self.release(
                nudge,
                outcome="deferred",
                reason=reason,
                next_attempt=self.clock.now() + timedelta(seconds=max(retry_after, 1.0)),
                attempt=0,
            )
            return
        attempts = nudge.attempts + 1
        if attempts >= self.max_attempts:
            await self.finish(
                nudge, "failed", f"failed after {attempts} attempts: {reason}", attempt=1
            )
            return
        wait = max(timedelta(seconds=retry_after), backoff(attempts))
        await self.release(
            nudge,
            outcome="deferred",
            reason=reason,
            next_attempt=self.clock.now() + wait,
            attempt=1,
        )


def _planned_at(nudge: _Claimed) -> datetime:
    """When the planner decided (on the engine's clock, like `last_activity_at`)."""
    planned = nudge.payload.get("planned_at")
    return datetime.fromisoformat(str(planned)) if planned else nudge.due_at


def _zone(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (KeyError, ValueError):
        return ZoneInfo("UTC")


def _hours(delta: timedelta) -> str:
    return f"{delta.total_seconds() / 3600:.1f}h"


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

    Returns:
        Counts of what happened to the claimed nudges.
    """
    now = clock.now()
    async with db.transaction() as conn:
        cur = await conn.execute(
            sql.CLAIM,
            {
                "worker": worker_id,
                "lease": lease,
                "now": now,
                "batch": batch,
                "platforms": None if platforms is None else [p.value for p in platforms],
            },
        )
        rows = await cur.fetchall()
        contexts: dict[int, Mapping[str, Any]] = {}
        if rows:
            cur = await conn.execute(sql.CONTEXT, {"ids": [r["id"] for r in rows]})
            contexts = {r["id"]: r for r in await cur.fetchall()}
    claimed_at = _time.monotonic()
    claimed = [
        _Claimed(
            r["id"], r["kind"], r["idempotency_key"], r["due_at"], r["attempts"], dict(r["payload"])
        )
        for r in sorted(rows, key=lambda r: (r["due_at"], r["id"]))
    ]
    run = _Dispatch(
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

    async def one(nudge: _Claimed) -> None:
        async with limit:
            await run.process(nudge, contexts[nudge.id], claimed_at)

    await asyncio.gather(*(one(n) for n in claimed))
    return run.result
