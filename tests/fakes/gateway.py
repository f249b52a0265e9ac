"""`CountingGateway`: a `ChatGateway` recording every delivery per nudge (exactly-once checks).

Deliveries are kept in memory and, when `deliveries_url` is given, also
inserted into the `test_deliveries` table (autocommit, one row per delivery,
no unique constraint: duplicates must stay visible), so several processes can
share one record. Failures can be scripted per platform user id.
"""

from __future__ import annotations

import asyncio
import itertools
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import psycopg

from engine.messages import PlatformIdentity, Reply
from engine.nudges import current_nudge
from engine.ports import Delivery

DELIVERIES_TABLE = """
CREATE TABLE IF NOT EXISTS test_deliveries (
    id bigserial PRIMARY KEY,
    idempotency_key text,
    worker text NOT NULL,
    platform_user_id text NOT NULL,
    text text NOT NULL,
    delivered_at timestamptz NOT NULL DEFAULT clock_timestamp()
)
"""


@dataclass(frozen=True)
class Delivered:
    idempotency_key: str | None
    identity: PlatformIdentity
    replies: tuple[Reply, ...]


@dataclass
class CountingGateway:
    """Records deliveries; raises what `script` says for a user (popping one exception per send).

    Args:
        worker: Written with each shared delivery row.
        deliveries_url: libpq URL; deliveries also go to `test_deliveries` there.
        script: platform user id → exceptions to raise on that user's next sends.
        delay: Seconds each send takes.
        before_send: Called (and awaited if async) before each delivery, e.g. to hang.
    """

    worker: str = "test"
    deliveries_url: str | None = None
    script: dict[str, list[BaseException]] = field(default_factory=dict)
    delay: float = 0.0
    before_send: Callable[[PlatformIdentity], object] | None = None
    delivered: list[Delivered] = field(default_factory=list)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _conn: psycopg.AsyncConnection[object] | None = None

    async def send(self, *, identity: PlatformIdentity, replies: Sequence[Reply]) -> Delivery:
        if self.before_send is not None:
            result = self.before_send(identity)
            if asyncio.iscoroutine(result):
                await result
        if self.delay:
            await asyncio.sleep(self.delay)
        pending = self.script.get(identity.user_id)
        if pending:
            raise pending.pop(0)
        nudge = current_nudge.get()
        # One message may carry several nudges due together: one delivery row for each.
        keys: tuple[str | None, ...] = (
            (nudge.keys or (nudge.idempotency_key,)) if nudge else (None,)
        )
        if self.deliveries_url is not None:
            if self._conn is None:
                self._conn = await psycopg.AsyncConnection.connect(
                    self.deliveries_url, autocommit=True
                )
            for key in keys:
                await self._conn.execute(
                    "INSERT INTO test_deliveries (idempotency_key, worker, platform_user_id, text)"
                    " VALUES (%s, %s, %s, %s)",
                    (key, self.worker, identity.user_id, replies[0].text if replies else ""),
                )
        for key in keys:
            self.delivered.append(Delivered(key, identity, tuple(replies)))
        return Delivery(platform_message_id=f"{self.worker}-{next(self._ids)}")

    def counts(self) -> Counter[str | None]:
        """Deliveries per nudge idempotency key (in this process)."""
        return Counter(d.idempotency_key for d in self.delivered)

    async def aclose(self) -> None:
        if self._conn is not None:
            await self._conn.close()
            self._conn = None
