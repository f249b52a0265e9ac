"""A week's opening check-in step is skipped only for a check-in given today *in that program*:
a check-in of another program leaves this one's step (and its record) to be answered."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from engine.store.database import Database
from engine.store.pending import checked_in_since
from tests.integration.test_nudges_seed import seed_enrolments, seed_program

NOON = datetime(2026, 6, 9, 12, 0, tzinfo=UTC)


async def test_a_check_in_counts_for_its_own_enrolment_only(db: Database, sync: Any) -> None:
    [first] = seed_enrolments(sync, seed_program(sync, slug="first"), count=1, started_at=NOON)
    [second] = seed_enrolments(
        sync, seed_program(sync, slug="second"), count=1, started_at=NOON, user_prefix="V"
    )
    [(user,)] = sync.execute("SELECT user_id FROM enrolments WHERE id = %s", (first,)).fetchall()
    # The same person in both programs (the second one paused, as starting it would ask).
    sync.execute(
        "UPDATE enrolments SET user_id = %s, status = 'paused' WHERE id = %s", (user, second)
    )
    sync.execute(
        "INSERT INTO check_ins (enrolment_id, user_id, week_number, mood, created_at)"
        " VALUES (%s, %s, 1, 7, %s)",
        (first, user, NOON),
    )
    midnight = NOON - timedelta(hours=12)
    async with db.transaction() as conn:
        assert await checked_in_since(conn, user_id=user, enrolment_id=first, since=midnight)
        assert not await checked_in_since(conn, user_id=user, enrolment_id=second, since=midnight)
        later = NOON + timedelta(minutes=1)
        assert not await checked_in_since(conn, user_id=user, enrolment_id=first, since=later)
