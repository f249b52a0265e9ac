"""One dispatch run: settle or send each claimed nudge, and write down what happened.

`engine.nudges.dispatcher` explains the guarantees; this module holds the
machinery: guarded writes (`claimed_by = me AND status = 'claimed'`), the lease
heartbeat during a send, and the per-person grouping that sends a person's
nudges due together as one message.
"""

from __future__ import annotations

import asyncio
import logging
import time as _time
from collections.abc import Mapping
from dataclasses import KW_ONLY, dataclass, field
from datetime import datetime, timedelta
from typing import Any

from engine.messages import Platform, PlatformIdentity, Reply
from engine.nudges._outcomes import DispatchResult, NudgeRef, current_nudge
from engine.nudges._rules import Claimed, Settle, verdict
from engine.nudges.pacing import PlatformPacer
from engine.nudges.render import one_message, render_nudge
from engine.ports import ChatGateway, Clock, DeliveryDeferred, RecipientUnreachable
from engine.store.database import Connection, Database
from engine.store.nudges import outbox

log = logging.getLogger(__name__)

_BACKOFF_BASE = timedelta(seconds=30)
_BACKOFF_MAX = timedelta(hours=1)


def backoff(attempts: int) -> timedelta:
    """30 s, 1 min, 2 min, … capped at an hour, after `attempts` failed attempts."""
    wait: timedelta = _BACKOFF_BASE * (2 ** max(0, attempts - 1))
    return min(wait, _BACKOFF_MAX)


@dataclass(slots=True, eq=False)  # a run is itself, not equal to another with its settings
class Dispatch:
    db: Database
    gateways: Mapping[Platform, ChatGateway]
    clock: Clock
    _: KW_ONLY
    worker_id: str
    lease: timedelta
    max_attempts: int
    late_after: timedelta
    pacer: PlatformPacer
    result: DispatchResult = field(default_factory=DispatchResult, init=False)

    def _params(self, nudge: Claimed, **extra: Any) -> dict[str, Any]:
        return {"id": nudge.id, "worker": self.worker_id, "lease": self.lease, **extra}

    async def _write(
        self, which: outbox.Guarded, params: dict[str, Any], conn: Connection | None = None
    ) -> bool:
        if conn is not None:
            return await outbox.guarded(conn, which, params)
        async with self.db.transaction() as own:
            return await outbox.guarded(own, which, params)

    def _count(self, outcome: str, reason: str | None, written: bool) -> None:
        if not written:
            self.result.lost_lease += 1
            return
        setattr(self.result, outcome, getattr(self.result, outcome) + 1)
        if reason:
            key = reason.split(":", 1)[0]
            self.result.reasons[key] = self.result.reasons.get(key, 0) + 1

    async def finish(self, nudge: Claimed, status: str, reason: str, *, attempt: int = 0) -> None:
        written = await self._write(
            "finish", self._params(nudge, status=status, error=reason[:500], attempt=attempt)
        )
        self._count(status, reason, written)

    async def release(
        self,
        nudge: Claimed,
        *,
        outcome: str,
        reason: str,
        due: datetime | None = None,
        next_attempt: datetime | None = None,
        attempt: int = 0,
    ) -> None:
        written = await self._write(
            "release",
            self._params(
                nudge,
                due=due or nudge.due_at,
                next=next_attempt,
                error=reason[:500],
                attempt=attempt,
            ),
        )
        self._count(outcome, reason, written)

    async def settle(self, nudge: Claimed, settle: Settle) -> None:
        if settle.action == "finish":
            await self.finish(nudge, settle.status, settle.reason)
        else:
            await self.release(nudge, outcome=settle.status, reason=settle.reason, due=settle.due)

    async def process(
        self, group: list[tuple[Claimed, Mapping[str, Any]]], claimed_at: float
    ) -> None:
        """Settle or send one person's claimed nudges, those due together as one message."""
        try:
            await self._process(group, claimed_at)
        except Exception as exc:  # a bug must not strand the rows: back to pending, retried later
            log.exception("nudges %s: unexpected error", [n.idempotency_key for n, _ in group])
            for nudge, _ in group:
                await self._defer(nudge, f"error: {exc!r}", 0.0)

    async def _extend(self, nudges: list[Claimed]) -> list[Claimed]:
        """Confirm ownership (and extend the lease) of each; the ones lost are dropped."""
        kept = []
        for nudge in nudges:
            if await self._write("extend", self._params(nudge)):
                kept.append(nudge)
            else:
                self.result.lost_lease += 1
        return kept

    async def _process(
        self, group: list[tuple[Claimed, Mapping[str, Any]]], claimed_at: float
    ) -> None:
        rows = {nudge.id: row for nudge, row in group}
        nudges = [nudge for nudge, _ in group]
        if _time.monotonic() - claimed_at > self.lease.total_seconds() / 2:
            nudges = await self._extend(nudges)
            claimed_at = _time.monotonic()
        now = self.clock.now()
        sendable: list[Claimed] = []
        for nudge in nudges:
            settle = verdict(nudge, rows[nudge.id], now, late_after=self.late_after)
            if settle is None and nudge.kind == "check_in" and _asks_again(nudge, sendable):
                settle = Settle("finish", "cancelled", "cancelled: one check-in prompt a day")
            if settle is not None:
                await self.settle(nudge, settle)
            else:
                sendable.append(nudge)
        if not sendable:
            return
        row = rows[sendable[0].id]  # one person: the same identity for every row
        if row["platform"] is None:
            for nudge in sendable:
                await self.finish(
                    nudge, "unreachable", "unreachable: no reachable platform identity"
                )
            return
        platform = Platform(row["platform"])
        gateway = self.gateways.get(platform)
        paused = self.pacer.paused_for(platform) if gateway is not None else 0.0
        if gateway is None or paused > 0:  # another replica may serve it; don't use up attempts
            reason = (
                f"deferred: no {platform.value} gateway here"
                if gateway is None
                else (f"deferred: {platform.value} rate limited")
            )
            wait = timedelta(minutes=5) if gateway is None else timedelta(seconds=paused)
            for nudge in sendable:
                await self.release(
                    nudge, outcome="deferred", reason=reason, next_attempt=now + wait
                )
            return
        identity = PlatformIdentity(platform, row["workspace_id"], row["platform_user_id"])
        replies = one_message(
            [
                r
                for nudge in sendable
                for r in render_nudge(nudge.kind, nudge.payload, rows[nudge.id])
            ]
        )
        await self.pacer.acquire(platform)
        if _time.monotonic() - claimed_at > self.lease.total_seconds() / 2:
            sendable = await self._extend(sendable)
            if not sendable:
                return
        await self._send(sendable, gateway, identity, replies, platform)

    async def _send(
        self,
        nudges: list[Claimed],
        gateway: ChatGateway,
        identity: PlatformIdentity,
        replies: list[Reply],
        platform: Platform,
    ) -> None:
        first = nudges[0]
        keys = tuple(n.idempotency_key for n in nudges)
        token = current_nudge.set(NudgeRef(first.id, first.kind, first.idempotency_key, keys))
        heartbeat = asyncio.create_task(self._heartbeat(nudges))
        try:
            delivery = await gateway.send(identity=identity, replies=replies)
        except RecipientUnreachable as exc:
            await self._unreachable(nudges, identity, exc.reason)
            return
        except DeliveryDeferred as exc:
            if exc.retry_after > 0:
                self.pacer.pause(platform, exc.retry_after)
            for nudge in nudges:
                await self._defer(
                    nudge, f"deferred: {exc.reason}", exc.retry_after, counts=not exc.rate_limited
                )
            return
        finally:
            heartbeat.cancel()
            current_nudge.reset(token)
        # Mark at once, alone: the only window for a duplicate is between send and this commit.
        async with self.db.transaction() as conn:
            for nudge in nudges:
                written = await self._write(
                    "mark_sent",
                    self._params(
                        nudge, now=self.clock.now(), message_id=delivery.platform_message_id
                    ),
                    conn,
                )
                if not written:
                    log.warning("nudge %s sent but re-claimed meanwhile", nudge.idempotency_key)
                self._count("sent", None, written)

    async def _heartbeat(self, nudges: list[Claimed]) -> None:
        """Keep the lease alive while a slow send (retries, Retry-After waits) is in flight.

        Without it a send longer than the lease would let another worker take the
        row over and send it again while we are still alive.
        """
        interval = self.lease.total_seconds() / 3
        while True:
            await asyncio.sleep(interval)
            try:
                for nudge in nudges:
                    if not await self._write("extend", self._params(nudge)):
                        return
            except Exception:  # the send decides the outcome; a failed beat is only logged
                log.warning("nudge %s: lease heartbeat failed", nudges[0].idempotency_key)

    async def _unreachable(
        self, nudges: list[Claimed], identity: PlatformIdentity, reason: str
    ) -> None:
        async with self.db.transaction() as conn:
            written = []
            for nudge in nudges:
                written.append(
                    await self._write(
                        "finish",
                        self._params(
                            nudge,
                            status="unreachable",
                            error=f"unreachable: {reason}"[:500],
                            attempt=1,
                        ),
                        conn,
                    )
                )
            await outbox.mark_identity_unreachable(
                conn,
                platform=identity.platform.value,
                workspace=identity.workspace_id,
                user=identity.user_id,
                reason=reason,
            )
        for one in written:
            self._count("unreachable", "unreachable", one)

    async def _defer(
        self, nudge: Claimed, reason: str, retry_after: float, *, counts: bool = True
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


def _asks_again(nudge: Claimed, sending: list[Claimed]) -> bool:
    """A second check-in prompt for the same local day (two programs, a snooze)."""
    day = nudge.payload.get("local_date")
    return any(n.kind == "check_in" and n.payload.get("local_date") == day for n in sending)
