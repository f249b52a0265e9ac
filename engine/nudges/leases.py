"""Giving back a worker's claims when it stops, so the outbox need not wait for the leases.

A claim normally ends in sent/failed/released by the dispatcher itself; a worker that
stops gracefully (SIGTERM) after its in-flight sends had their chance returns whatever
it still holds to `pending` at once. Other workers take them on their next claim
instead of after `lease_expires_at`. The remaining window is the one of any crash: a
send the platform accepted before the stop, but not yet marked sent, is sent again.
"""

from __future__ import annotations

from engine.store.database import Database
from engine.store.nudges import outbox


async def release_claims(db: Database, *, worker: str) -> int:
    """Return every nudge `worker` still holds to the outbox; the number released."""
    return await outbox.release_all(db, worker=worker)
