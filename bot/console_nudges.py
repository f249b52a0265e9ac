"""The console's nudges: one console person's reminders, delivered at their virtual time.

`/advance 3d` walks the skipped time so that each reminder arrives at its own moment,
and a console shows only its own person's nudges (other people's wait for their own
console or live at real time).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.nudges import drain
from engine.messages import Platform, PlatformIdentity, Reply
from engine.nudges import current_nudge, plan_due_nudges
from engine.ports import Delivery, DeliveryDeferred
from engine.store.identities import user_id_of
from engine.store.nudges.upcoming import next_moment

_LABELS = {
    "check_in": "reminder",
    "week_unlocked": "week unlocked",
    "re_engage": "nudge",
    "goal_deadline": "goal",
    "connection_intro": "introduction",
    "connection_reveal": "introduction",
    "connection_met": "introduction",
}


class ConsoleGateway:
    """Turns one console person's nudges into printable lines."""

    def __init__(self, session: Any) -> None:
        self.session = session
        self.lines: list[str] = []
        self._count = 0

    async def send(self, *, identity: PlatformIdentity, replies: Sequence[Reply]) -> Delivery:
        nudge = current_nudge.get()
        label = _LABELS.get(nudge.kind, "reminder") if nudge else "reminder"
        if identity != self.session.identity:
            # Another console person's (an intro, a reminder): it waits for their console.
            # A 429-like deferral, so it costs no attempt.
            raise DeliveryDeferred("for another console user", rate_limited=True)
        for reply in replies:
            self.lines.append(f"🔔 ({label}) {reply.as_plain_text()}")
        self.session.remember(list(replies))
        self._count += 1
        return Delivery(platform_message_id=f"console-{self._count}")


async def console_tick(app: Any, session: Any) -> list[str]:
    """Plan and deliver, at the console's virtual time, what is due for this console's person.

    Only that person's enrolments are planned and only their nudges claimed: other
    people (another console, Slack, Discord) live at real time and keep theirs.

    Args:
        app: `bot.bootstrap.Application` (`db`, `clock`).
        session: `adapters.console.ConsoleSession`; reminder buttons become answerable by number.

    Returns:
        Lines to print, e.g. "🔔 (reminder) Time for your check-in …".
    """
    async with app.db.transaction() as conn:
        user_id = await user_id_of(conn, session.identity)
        if user_id is None:  # has never written: nothing to plan or deliver
            return []
        await plan_due_nudges(conn, app.clock.now(), wait=True, user_id=user_id)
    gateway = ConsoleGateway(session)
    await drain(
        app.db,
        {Platform.CONSOLE: gateway},
        app.clock,
        worker=f"console:{os.getpid()}",
        platforms=(Platform.CONSOLE,),
        user_id=user_id,
    )
    return gateway.lines


async def console_advance(
    app: Any, session: Any, clock: Any, delta: timedelta, *, step: timedelta = timedelta(hours=1)
) -> list[str]:
    """Move the console's clock by `delta`, delivering what falls due on the way, in order.

    A single jump would find a check-in 3 days late and expire it (the outbox's rule
    for real outages). The console instead walks through the skipped time: to every
    whole `step` (an hour) and to each moment this person has something due (a snooze,
    a check-in at 09:30, a week that unlocks), so each reminder arrives at its own
    (virtual) moment, as the worker's minute ticks would deliver it; each batch is
    headed by that moment, e.g. "— Wed 10 Jun 09:30 UTC —".
    """
    if step <= timedelta(0):
        raise ValueError("the walk's step must be positive")
    lines: list[str] = []
    target = clock.now() + delta
    # Plan at the start first: a new enrolment's next check-in is stored by the planner.
    if delivered := await console_tick(app, session):
        lines += [f"— {clock.now():%a %d %b %H:%M} UTC —", *delivered]
    while (now := clock.now()) < target:
        stop = min(_next_multiple(now, step), target)
        due = await _next_due(app, session, after=now, until=stop)
        clock.advance((due or stop) - now)
        delivered = await console_tick(app, session)
        if delivered:
            lines += [f"— {clock.now():%a %d %b %H:%M} UTC —", *delivered]
    return lines


def _next_multiple(now: datetime, step: timedelta) -> datetime:
    """The first whole multiple of `step` (since the epoch, in UTC) after `now`."""
    epoch = datetime(1970, 1, 1, tzinfo=UTC)
    return epoch + ((now - epoch) // step + 1) * step


async def _next_due(app: Any, session: Any, *, after: datetime, until: datetime) -> datetime | None:
    async with app.db.transaction() as conn:
        user_id = await user_id_of(conn, session.identity)
        if user_id is None:
            return None
        return await next_moment(conn, user_id, after=after, until=until)
